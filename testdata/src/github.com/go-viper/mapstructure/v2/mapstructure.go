// Package mapstructure is a stub of github.com/go-viper/mapstructure/v2.
package mapstructure

// Decode decodes a map into a struct by its mapstructure tags.
func Decode(input interface{}, output interface{}) error { return nil }

// WeakDecode is Decode with weakly typed conversions.
func WeakDecode(input, output interface{}) error { return nil }
