// Package tickets files support tickets for the help desk.
package tickets

import "context"

// Ticket is a case the support staff work on.
type Ticket struct {
	UserID  string
	Subject string
	Body    string
}

// Desk is the help desk's queue.
type Desk struct{ open []Ticket }

// Create files t for the staff.
func (d *Desk) Create(ctx context.Context, t Ticket) error {
	d.open = append(d.open, t)
	return nil
}
