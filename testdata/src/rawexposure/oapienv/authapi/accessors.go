package authapi

import "context"

// Code is the result code; a missing one reads -1, never Success.
func (r *OtpResult) Code() ResultCode { // want Code:`result 0 raw return code from authapi.Code`
	if r == nil || r.ErrorCode == nil {
		return -1
	}
	return ResultCode(*r.ErrorCode)
}

// Message is the server's text, "" when absent.
func (r *OtpResult) Message() string { // want Message:`result 0 raw errorMessage from authapi.Message`
	if r == nil || r.ErrorMessage == nil {
		return ""
	}
	return *r.ErrorMessage
}

// GetErrorMessage is Message under the name openapi-generator uses.
func (r *OtpResult) GetErrorMessage() string { // want GetErrorMessage:`result 0 raw errorMessage from authapi.GetErrorMessage`
	if r != nil && r.ErrorMessage != nil {
		return *r.ErrorMessage
	}
	return ""
}

// Text reports the message and whether the server sent one.
func (r *OtpResult) Text() (string, bool) { // want Text:`result 0 raw errorMessage from authapi.Text`
	if r == nil || r.ErrorMessage == nil {
		return "", false
	}
	return *r.ErrorMessage, true
}

// Caller sends a request to the server.
type Caller interface {
	ValidateOtp(ctx context.Context, body ValidateOtpRequest) (*OtpResult, error)
}
