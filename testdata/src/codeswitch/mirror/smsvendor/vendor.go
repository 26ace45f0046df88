// Package smsvendor is another vendor's SMS gateway, whose statuses look
// like SurePassID's names but are not filled from its codes.
package smsvendor

// Status is the gateway's delivery status.
type Status string

const (
	OTP_INVALID  Status = "OTP_INVALID"
	OTP_EXPIRED  Status = "OTP_EXPIRED"
	OTP_REUSED   Status = "OTP_REUSED"
	DELIVERED    Status = "DELIVERED"
	ACCOUNT_LOCK Status = "ACCOUNT_LOCK"
)

// Reply is the gateway's answer.
type Reply struct{ Status Status }
