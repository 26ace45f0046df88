package authapix

import "k8s.io/utils/ptr"

// Names for the codes we branch on.
const (
	Success         = StatusN0
	UserLoginFailed = StatusN9001
	OTPInvalid      = StatusN9003
	DeviceNotFound  = StatusN9021
)

// Detail reads the server's text through the pointer helper.
func (d *DeviceReply) Detail() string { // want Detail:`result 0 raw errorMessage from authapix.Detail`
	if d == nil {
		return ""
	}
	return ptr.Deref(d.ErrorMessage, "")
}

// Status reads the code through the pointer helper.
func (d *DeviceReply) Status() Status { // want Status:`result 0 raw return code from authapix.Status`
	if d == nil {
		return -1
	}
	return Status(ptr.Deref(d.ErrorCode, -1))
}
