// Package lo is a test stub of github.com/samber/lo (v1.47): the pointer
// helpers, with the real signatures and bodies.
package lo

// ToPtr returns a pointer copy of value.
func ToPtr[T any](x T) *T { return &x }

// FromPtr returns the pointer value or empty.
func FromPtr[T any](x *T) T {
	if x == nil {
		var zero T
		return zero
	}
	return *x
}

// FromPtrOr returns the pointer value or the fallback value.
func FromPtrOr[T any](x *T, fallback T) T {
	if x == nil {
		return fallback
	}
	return *x
}
