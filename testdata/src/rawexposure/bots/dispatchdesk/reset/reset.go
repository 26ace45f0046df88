// Package reset is a dispatch desk's token service: it looks members up
// and reissues their soft tokens through SurePassID, and hands the Slack
// and Discord front ends errors and outcomes that carry the server's
// own wording.
package reset

import (
	"context"

	"rawexposure/bots/spbot"
)

// LookupError is a failed find_user, with SurePassID's text.
type LookupError struct {
	Op   string
	Text string // want Text:"raw errorMessage from reset.LookupError.Text"
}

func (e *LookupError) Error() string { // want Error:"result 0 raw errorMessage from reset.LookupError.Text"
	return e.Op + ": " + e.Text
}

// Service runs the desk's token operations.
type Service struct {
	SP *spbot.Client
}

// Profile returns the member's account type; a failure carries the
// server's message.
func (s *Service) Profile(ctx context.Context, user string) (string, error) { // want Profile:"result 1 raw errorMessage from reset.Profile"
	res, err := s.SP.Call(ctx, "find_user", user, "")
	if err != nil {
		return "", err
	}
	if res.ErrorCode != 0 {
		return "", &LookupError{Op: "find_user", Text: res.ErrorMessage}
	}
	return res.Type, nil
}

// Outcome is what the front ends show after a reissue.
type Outcome struct {
	Done   bool
	Title  string
	Detail string // want Detail:"raw errorMessage from reset.Outcome.Detail"
}

// Reissue provisions a new soft token; a refusal's Detail is the server's
// message.
func (s *Service) Reissue(ctx context.Context, user string) (Outcome, error) { // want Reissue:"result 0 raw errorMessage from reset.Reissue" Reissue:"result 0 raw only with Done in false"
	res, err := s.SP.Call(ctx, "add_oath_device", user, "")
	if err != nil {
		return Outcome{}, err
	}
	if res.ErrorCode != 0 {
		return Outcome{Title: "A supervisor has to finish this", Detail: res.ErrorMessage}, nil
	}
	return Outcome{Done: true, Title: "New token ready"}, nil
}

// Summary describes the member's token in the desk's own words.
func (s *Service) Summary(ctx context.Context, user string) (string, error) {
	res, err := s.SP.Call(ctx, "find_user", user, "")
	if err != nil {
		return "", err
	}
	return Describe(res.ErrorCode), nil
}

// Describe maps a return code to wording fit for a member.
func Describe(code int) string {
	switch code {
	case 0:
		return "Your token is active."
	default:
		return "We couldn't check your token. Please contact the service desk."
	}
}
