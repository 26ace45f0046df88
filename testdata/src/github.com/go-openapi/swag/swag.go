// Package swag is a test stub of github.com/go-openapi/swag (v0.23): the
// pointer helpers generated code and its consumers use, with the real
// signatures and bodies.
package swag

// String returns a pointer to of the string value passed in.
func String(v string) *string { return &v }

// StringValue returns the value of the string pointer passed in or
// "" if the pointer is nil.
func StringValue(v *string) string {
	if v != nil {
		return *v
	}
	return ""
}

// Int64 returns a pointer to of the int64 value passed in.
func Int64(v int64) *int64 { return &v }

// Int64Value returns the value of the int64 pointer passed in or
// 0 if the pointer is nil.
func Int64Value(v *int64) int64 {
	if v != nil {
		return *v
	}
	return 0
}

// Int32 returns a pointer to of the int32 value passed in.
func Int32(v int32) *int32 { return &v }

// Int32Value returns the value of the int32 pointer passed in or
// 0 if the pointer is nil.
func Int32Value(v *int32) int32 {
	if v != nil {
		return *v
	}
	return 0
}

// Int returns a pointer to of the int value passed in.
func Int(v int) *int { return &v }

// IntValue returns the value of the int pointer passed in or
// 0 if the pointer is nil.
func IntValue(v *int) int {
	if v != nil {
		return *v
	}
	return 0
}

// Float64Value returns the value of the float64 pointer passed in or
// 0 if the pointer is nil.
func Float64Value(v *float64) float64 {
	if v != nil {
		return *v
	}
	return 0
}

// BoolValue returns the value of the bool pointer passed in or
// false if the pointer is nil.
func BoolValue(v *bool) bool {
	if v != nil {
		return *v
	}
	return false
}
