// Package papi is the payout API's generated server (ogen style): each
// operation answers with a sum type, and an encode function sets the
// status of each of its types.
package papi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

// ApproveRequest is the body of Approve.
type ApproveRequest struct {
	User string `json:"user"`
	Otp  string `json:"otp"`
}

// ApproveRes is the response sum type of Approve.
type ApproveRes interface{ approveRes() } // want ApproveRes:"codeswitch\\(sum\\)"

// ResumeRes is the response sum type of Resume.
type ResumeRes interface{ resumeRes() }

// Approved is Approve's 200.
type Approved struct {
	Batch string `json:"batch"`
}

// Problem is a problem document.
type Problem struct {
	Title  string `json:"title"`
	Detail string `json:"detail,omitempty"`
}

// Pending is Resume's 200 asking to come back later.
type Pending struct {
	Retry int `json:"retry"`
}

func (*Approved) approveRes() {}
func (*Problem) approveRes()  {}
func (*Problem) resumeRes()   {}
func (*Pending) resumeRes()   {}

// Handler is implemented by the service.
type Handler interface {
	Approve(ctx context.Context, req *ApproveRequest) (ApproveRes, error)
	Resume(ctx context.Context, req *ApproveRequest) (ResumeRes, error)
}

func encodeApproveResponse(response ApproveRes, w http.ResponseWriter) error {
	switch response := response.(type) {
	case *Approved:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(200)
		return json.NewEncoder(w).Encode(response)
	case *Problem:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(403)
		return json.NewEncoder(w).Encode(response)
	default:
		return errors.New("unexpected response type")
	}
}

// Resume answers a Problem with 200: the generated spec calls it a
// success body.
func encodeResumeResponse(response ResumeRes, w http.ResponseWriter) error {
	switch response := response.(type) {
	case *Pending:
		w.WriteHeader(200)
		return json.NewEncoder(w).Encode(response)
	case *Problem:
		w.WriteHeader(200)
		return json.NewEncoder(w).Encode(response)
	default:
		return errors.New("unexpected response type")
	}
}
