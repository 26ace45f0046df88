// Package mailcheck declares the codes of the address-verification
// service the storefront also calls: they borrow the 9000 range.
package mailcheck

const (
	Deliverable     = 0
	MailboxNotFound = 9001
	DomainNoMX      = 9002
	MailboxFull     = 9003
)
