// Package surepasssoap calls an on-premises SurePassID server through its
// SOAP interface: the reply carries the WCF names, ErrorCode and ErrorMsg.
package surepasssoap

import "context"

// Reply is the common part of every SOAP answer.
type Reply struct {
	ErrorCode int32  `xml:"ErrorCode"`
	ErrorMsg  string `xml:"ErrorMsg"`
}

// Port is the SOAP port.
type Port interface {
	ValidateUserAndOTP(ctx context.Context, user, password, otp string) (*Reply, error)
}
