// Package rpcerr holds the team's shared status helpers.
package rpcerr

import (
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/statusbuild/otpcore"
)

// FromRefusal maps a refusal to a status error quoting the vendor; the
// services returning it send it.
func FromRefusal(r *otpcore.Refusal) error { // want FromRefusal:"result 0 raw errorMessage from otpcore.Refusal.Reason"
	return status.Error(codes.PermissionDenied, r.Reason)
}

// Generic maps a refusal to our own text.
func Generic(r *otpcore.Refusal) error {
	if r.Code == 9002 {
		return status.Error(codes.ResourceExhausted, "too many attempts")
	}
	return status.Error(codes.PermissionDenied, "verification refused")
}
