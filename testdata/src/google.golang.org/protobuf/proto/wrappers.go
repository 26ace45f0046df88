// Test stub of google.golang.org/protobuf/proto (v1.34): the pointer
// helpers for proto2 optional fields.

package proto

// String stores v in a new string value and returns a pointer to it.
func String(v string) *string { return &v }

// Int64 stores v in a new int64 value and returns a pointer to it.
func Int64(v int64) *int64 { return &v }

// Int32 stores v in a new int32 value and returns a pointer to it.
func Int32(v int32) *int32 { return &v }
