// Package strfmt is a test stub of github.com/go-openapi/strfmt (v0.23): the
// format registry generated models validate against.
package strfmt

import "time"

// Registry is a registry of string formats.
type Registry interface {
	ContainsName(string) bool
}

type defaultFormats struct{}

func (defaultFormats) ContainsName(string) bool { return true }

// Default is the default formats registry.
var Default Registry = defaultFormats{}

// DateTime is a time but it serializes to ISO8601 format with millis.
type DateTime time.Time
