// Package tokens binds hardware tokens to accounts through SurePassID's
// REST interface. Every binding comes to a Result; some calls keep the
// server's wording in it, others explain a refusal in our own words.
package tokens

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

type apiReply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// State is where a binding stands.
type State string

const (
	Bound   State = "bound"
	Refused State = "refused"
	Queued  State = "queued"
)

// Result is what a binding comes to.
type Result struct {
	State  State  `json:"state"`
	Serial string `json:"serial"`
	Note   string `json:"note,omitempty"` // want Note:`raw errorMessage`
	// Reason is for the audit log only: encoders leave it out.
	Reason string `json:"-"` // want Reason:`raw errorMessage`
}

// Binder talks to SurePassID.
type Binder struct {
	HTTP *http.Client
	Base string
}

func (b *Binder) call(ctx context.Context, op, user, serial string) (apiReply, error) {
	var r apiReply
	form := url.Values{"user": {user}, "psn": {serial}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://sandbox.surepassid.com/AuthServer/REST/"+op+"?"+form.Encode(), nil)
	if err != nil {
		return r, err
	}
	resp, err := b.HTTP.Do(req)
	if err != nil {
		return r, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&r)
	return r, err
}

// BindVerbose keeps the server's wording for the dashboard.
func (b *Binder) BindVerbose(ctx context.Context, user, serial string) (Result, error) { // want BindVerbose:`result 0 raw errorMessage` BindVerbose:`result 0 raw only with State in "refused"`
	r, err := b.call(ctx, "add_oath_device", user, serial)
	if err != nil {
		return Result{}, err
	}
	if r.ErrorCode != 0 {
		return Result{State: Refused, Serial: serial, Note: r.ErrorMessage}, nil
	}
	return Result{State: Bound, Serial: serial}, nil
}

// Bind explains a refusal in our own words.
func (b *Binder) Bind(ctx context.Context, user, serial string) (Result, error) {
	r, err := b.call(ctx, "add_oath_device", user, serial)
	if err != nil {
		return Result{}, err
	}
	if r.ErrorCode != 0 {
		return Result{State: Refused, Serial: serial, Note: "This token could not be bound to your account."}, nil
	}
	return Result{State: Bound, Serial: serial}, nil
}

// BindLogged fills the server's wording in after building its result: no
// return says by a constant which results carry it.
func (b *Binder) BindLogged(ctx context.Context, user, serial string) (Result, error) { // want BindLogged:`result 0 raw errorMessage`
	out := Result{State: Bound, Serial: serial}
	r, err := b.call(ctx, "add_oath_device", user, serial)
	if err != nil {
		return Result{}, err
	}
	if r.ErrorCode != 0 {
		out.State = Refused
		out.Note = r.ErrorMessage
	}
	return out, nil
}

// ServeBind answers a binding in this package: only a refusal quotes the
// server.
func (b *Binder) ServeBind(w http.ResponseWriter, req *http.Request) {
	res, err := b.BindVerbose(req.Context(), req.FormValue("user"), req.FormValue("serial"))
	if err != nil {
		http.Error(w, "token service unavailable", http.StatusBadGateway)
		return
	}
	switch res.State {
	case Bound:
		_ = json.NewEncoder(w).Encode(res)
	case Refused:
		w.WriteHeader(http.StatusUnprocessableEntity)
		_ = json.NewEncoder(w).Encode(res) // want `raw SurePassID errorMessage`
	}
}

// Pending is a queued binding, built fresh.
func (b *Binder) Pending(serial string) *Result {
	return &Result{State: Queued, Serial: serial, Note: "Waiting for the first code from this token."}
}

// Explain fills in the server's reason for a binding it refused.
func (b *Binder) Explain(ctx context.Context, res *Result) {
	r, err := b.call(ctx, "get_device_status", "", res.Serial)
	if err == nil && r.ErrorCode != 0 {
		res.Note = r.ErrorMessage
	}
}

// Audit keeps the server's reason where encoders do not look.
func (b *Binder) Audit(ctx context.Context, user, serial string) Result {
	r, _ := b.call(ctx, "get_device_status", user, serial)
	return Result{State: Refused, Serial: serial, Reason: r.ErrorMessage}
}

// ServeQueued answers for a queued binding, in this package.
func (b *Binder) ServeQueued(w http.ResponseWriter, req *http.Request) {
	p := b.Pending(req.FormValue("serial"))
	if p == nil {
		http.NotFound(w, req)
		return
	}
	http.Error(w, p.Note, http.StatusConflict)
}
