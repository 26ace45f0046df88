// Package ptrutil holds the team's pointer helpers, shared by every
// generated client's wrapper.
package ptrutil

// Value reads a generated pointer, the zero value for nil.
func Value[T any](p *T) (v T) {
	if p != nil {
		v = *p
	}
	return v
}

// Or reads p, def for nil.
func Or[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

// Text reads a *string, "" for nil.
func Text(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Len is no reader: it answers the length of what p points to.
func Len(p *string) int {
	if p == nil {
		return 0
	}
	return len(*p)
}

// Redacted is no reader: it never hands out what p points to.
func Redacted(p *string) string {
	if p == nil {
		return ""
	}
	return "[redacted]"
}
