// Package spopt is the oapi-codegen client of the SurePassID REST API
// (U2FServer.aspx): optional fields are pointers, the answer may lack
// its code when a proxy strips the body.
package spopt

import "context"

// DefaultServer is the endpoint the generated client calls.
const DefaultServer = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// ValidateOtpResponse is the body of validate_oath_otp.
type ValidateOtpResponse struct {
	ErrorCode    *int64  `json:"errorCode,omitempty"`
	ErrorMessage *string `json:"errorMessage,omitempty"`
	Type         *string `json:"type,omitempty"`
}

// GetErrorCode returns the code, -1 when there is none.
func (r *ValidateOtpResponse) GetErrorCode() int64 {
	if r == nil || r.ErrorCode == nil {
		return -1
	}
	return *r.ErrorCode
}

// CodeOrDefault returns the code, d when there is none.
func (r *ValidateOtpResponse) CodeOrDefault(d int64) int64 {
	if r == nil || r.ErrorCode == nil {
		return d
	}
	return *r.ErrorCode
}

// PushStatusResponse is the body of the push poll, protobuf-optional style.
type PushStatusResponse struct {
	ErrorCode    *int32  `json:"errorCode,omitempty"`
	ErrorMessage *string `json:"errorMessage,omitempty"`
}

// ValidateOtpHTTPResponse wraps the parsed body as oapi-codegen does.
type ValidateOtpHTTPResponse struct {
	StatusCode int
	JSON200    *ValidateOtpResponse
}

// ClientWithResponses is the generated client.
type ClientWithResponses interface {
	ValidateOtpWithResponse(ctx context.Context, user, otp string) (*ValidateOtpHTTPResponse, error)
	PushStatusWithResponse(ctx context.Context, tx string) (*PushStatusResponse, error)
}
