// Package spwire is a warehouse's client of SurePassID's push approvals.
package spwire

import "context"

// Status is SurePassID's errorCode.
type Status int32

const (
	StatusOK                 Status = 0
	StatusOTPInvalid         Status = 9003
	StatusUserLoginDisabled  Status = 9007
	StatusDatabaseError      Status = 9010
	StatusAccountExpired     Status = 9032
	StatusNoDevicesDefined   Status = 9036
	StatusSendOTPExpired     Status = 9043
	StatusNoDevicesAvailable Status = 9083
)

// Reply is every call's answer.
type Reply struct {
	Status  Status `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Pusher sends push approvals.
type Pusher interface {
	Push(ctx context.Context, user string) (*Reply, error)
}
