// Package aws is a test stub of github.com/aws/aws-sdk-go-v2/aws (v1.30):
// the pointer helpers, with the real signatures and bodies.
package aws

// String returns a pointer value for the string value passed in.
func String(v string) *string { return &v }

// ToString returns string value dereferenced if the passed
// in pointer was not nil. Returns a string zero value if the
// pointer was nil.
func ToString(p *string) (v string) {
	if p == nil {
		return v
	}
	return *p
}

// Int64 returns a pointer value for the int64 value passed in.
func Int64(v int64) *int64 { return &v }

// ToInt64 returns int64 value dereferenced if the passed
// in pointer was not nil. Returns a int64 zero value if the
// pointer was nil.
func ToInt64(p *int64) (v int64) {
	if p == nil {
		return v
	}
	return *p
}

// ToInt32 returns int32 value dereferenced if the passed
// in pointer was not nil.
func ToInt32(p *int32) (v int32) {
	if p == nil {
		return v
	}
	return *p
}
