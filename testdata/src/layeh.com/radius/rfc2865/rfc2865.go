// Package rfc2865 is a test stub of layeh.com/radius/rfc2865 (generated
// from the RFC's dictionary): the attributes the tests use, with the real
// signatures and no behaviour.
package rfc2865

import "layeh.com/radius"

// Attribute types.
const (
	UserName_Type       radius.Type = 1
	UserPassword_Type   radius.Type = 2
	FilterID_Type       radius.Type = 11
	ReplyMessage_Type   radius.Type = 18
	State_Type          radius.Type = 24
	Class_Type          radius.Type = 25
	SessionTimeout_Type radius.Type = 27
)

// UserName_GetString returns the first User-Name as a string.
func UserName_GetString(p *radius.Packet) (value string) { return "" }

// UserPassword_GetString returns the first User-Password as a string.
func UserPassword_GetString(p *radius.Packet) (value string) { return "" }

// FilterID_SetString sets Filter-Id.
func FilterID_SetString(p *radius.Packet, value string) (err error) { return nil }

// Class_SetString sets Class.
func Class_SetString(p *radius.Packet, value string) (err error) { return nil }

// State_Set sets State.
func State_Set(p *radius.Packet, value []byte) (err error) { return nil }

// ReplyMessage_Add adds a Reply-Message.
func ReplyMessage_Add(p *radius.Packet, value []byte) (err error) { return nil }

// ReplyMessage_AddString adds a Reply-Message.
func ReplyMessage_AddString(p *radius.Packet, value string) (err error) { return nil }

// ReplyMessage_Set sets Reply-Message.
func ReplyMessage_Set(p *radius.Packet, value []byte) (err error) { return nil }

// ReplyMessage_SetString sets Reply-Message.
func ReplyMessage_SetString(p *radius.Packet, value string) (err error) { return nil }

// ReplyMessage_GetString returns the first Reply-Message as a string.
func ReplyMessage_GetString(p *radius.Packet) (value string) { return "" }

// SessionTimeout is the Session-Timeout attribute's type.
type SessionTimeout uint32

// SessionTimeout_Set sets Session-Timeout.
func SessionTimeout_Set(p *radius.Packet, value SessionTimeout) (err error) { return nil }
