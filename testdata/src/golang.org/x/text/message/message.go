// Package message is a stub of golang.org/x/text/message.
package message

import (
	"fmt"

	"golang.org/x/text/language"
)

// Reference is a string or a key of a message catalog.
type Reference interface{}

// Option configures a Printer.
type Option func()

// Printer formats messages for one language.
type Printer struct{ tag language.Tag }

// NewPrinter returns a Printer for t.
func NewPrinter(t language.Tag, opts ...Option) *Printer { return &Printer{tag: t} }

// Sprintf formats the message key names with a.
func (p *Printer) Sprintf(key Reference, a ...interface{}) string {
	return fmt.Sprintf(fmt.Sprint(key), a...)
}

// Sprint formats a.
func (p *Printer) Sprint(a ...interface{}) string { return fmt.Sprint(a...) }
