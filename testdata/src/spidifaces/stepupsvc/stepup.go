// Package stepupsvc asks the second factor before a payout; it calls the
// authentication server and, for receipts, a mail provider.
package stepupsvc // want "relevant package"

import "context"

const (
	authURL    = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"
	receiptURL = "https://api.postmarkapp.com/email"
)

// Factor is the second factor, wired in by main.
type Factor interface {
	SendOTP(ctx context.Context, user string) (int, string, error)
}

// Service holds it.
type Service struct{ F Factor }

func (s *Service) challenge(ctx context.Context, user string) string {
	_, msg, _ := s.F.SendOTP(ctx, user) // want "call is code" "operation code,message,none"
	return authURL + receiptURL + msg
}
