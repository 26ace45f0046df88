// Package linking links authenticators to arcade accounts and tells the // want package:`mailbox.Letter.Body raw errorMessage`
// gamer how it went through the in-game channels.
package linking

import (
	"context"
	"log/slog"
	"net/http"

	"rawexposure/inboxes/audit"
	"rawexposure/inboxes/careportal"
	"rawexposure/inboxes/mailbox"
	"rawexposure/inboxes/notifications"
	"rawexposure/inboxes/outbox"
	"rawexposure/inboxes/staffops"
	"rawexposure/inboxes/tickets"
	"rawexposure/inboxes/tokensvc"
)

// Handler serves the linking endpoints.
type Handler struct {
	Tokens *tokensvc.Client
	Mail   *mailbox.Box
	Portal careportal.Notifier
	Pushes *outbox.Queue
	Staff  *staffops.Channel
	Trail  *audit.Trail
	Bell   notifications.Store
	Desk   *tickets.Desk
	Log    *slog.Logger
}

// LinkApp files the vendor's words in the gamer's mailbox: the recipient
// is a field of the letter, not a parameter.
func (h *Handler) LinkApp(w http.ResponseWriter, r *http.Request) {
	gamer, name := r.Header.Get("X-Gamer"), r.Header.Get("X-Name")
	rep, err := h.Tokens.AddSoftToken(r.Context(), name)
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if rep.Code != 0 {
		_ = h.Mail.Deliver(r.Context(), mailbox.Letter{GamerID: gamer, Topic: "security", Subject: "Authenticator", Body: "Setup failed: " + rep.Text}) // want `raw SurePassID errorMessage`
		http.Error(w, "setup failed", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// LinkAppQuiet tells the gamer in fixed words, the staff channel, the
// trail and the log in the vendor's.
func (h *Handler) LinkAppQuiet(w http.ResponseWriter, r *http.Request) {
	gamer, name := r.Header.Get("X-Gamer"), r.Header.Get("X-Name")
	rep, err := h.Tokens.AddSoftToken(r.Context(), name)
	if err != nil || rep.Code == 0 {
		return
	}
	h.Log.Warn("add_oath_device refused", "gamer", gamer, "code", rep.Code, "msg", rep.Text)
	_ = h.Staff.Send(r.Context(), staffops.Alert{Channel: "#accounts-oncall", Summary: "token setup refused", Detail: rep.Text})
	_ = h.Trail.Send(r.Context(), audit.Item{PlayerID: gamer, Action: "add_oath_device", Detail: rep.Text})
	_ = h.Mail.Deliver(r.Context(), mailbox.Letter{GamerID: gamer, Topic: rep.Text, Subject: "Authenticator", Body: "We could not set up your authenticator."})
	http.Error(w, "setup failed", http.StatusConflict)
}

// NotifyPatient posts the vendor's words to the patient's message centre.
func (h *Handler) NotifyPatient(ctx context.Context, patientID int64, name string) error {
	rep, err := h.Tokens.AddSoftToken(ctx, name)
	if err != nil || rep.Code == 0 {
		return err
	}
	return h.Portal.Notify(ctx, patientID, careportal.Notice{Headline: "Sign-in device", Text: rep.Text}) // want `raw SurePassID errorMessage`
}

// QueuePush queues the vendor's words for the members' phones.
func (h *Handler) QueuePush(ctx context.Context, members []string, name string) error {
	rep, err := h.Tokens.AddSoftToken(ctx, name)
	if err != nil || rep.Code == 0 {
		return err
	}
	return h.Pushes.Enqueue(ctx, &outbox.Push{MemberIDs: members, Text: "Authenticator: " + rep.Text}) // want `raw SurePassID errorMessage`
}

// RingBell files the vendor's words in the user's notification centre,
// and in a support ticket for the staff.
func (h *Handler) RingBell(ctx context.Context, userID, name string) error {
	rep, err := h.Tokens.AddSoftToken(ctx, name)
	if err != nil || rep.Code == 0 {
		return err
	}
	_ = h.Desk.Create(ctx, tickets.Ticket{UserID: userID, Subject: "token setup failed", Body: rep.Text})
	return h.Bell.Create(ctx, &notifications.Item{UserID: userID, Kind: "security", Text: rep.Text}) // want `raw SurePassID errorMessage`
}
