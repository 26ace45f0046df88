// Package rfc2865 is a test stub of layeh.com/radius/rfc2865.
package rfc2865

import "layeh.com/radius"

// UserName_GetString returns the User-Name attribute.
func UserName_GetString(p *radius.Packet) string { return "" }

// UserPassword_GetString returns the User-Password attribute.
func UserPassword_GetString(p *radius.Packet) string { return "" }

// ReplyMessage_SetString sets the Reply-Message attribute.
func ReplyMessage_SetString(p *radius.Packet, value string) error { return nil }

// FilterID_SetString sets the Filter-Id attribute.
func FilterID_SetString(p *radius.Packet, value string) error { return nil }
