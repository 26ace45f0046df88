// Package mailapi is the contract of the e-mail service; main wires in the
// implementation (the provider's SDK), which this module does not declare.
package mailapi

import "context"

// Sender sends one HTML e-mail.
type Sender interface {
	SendEmail(ctx context.Context, to, subject, html string) error
}
