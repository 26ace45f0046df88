package oapinames // want "relevant package"

// The team's names for the generated values: the codes, not another
// vendor's look-alikes named for Status.
const (
	Success         = StatusN0
	UserLoginFailed = StatusN9001
	OTPInvalid      = StatusN9003
	DeviceNotFound  = StatusN9021
)

func detail(d *DeviceReply) string {
	if d.ErrorMessage == nil { // want "role message"
		return ""
	}
	return *d.ErrorMessage // want "role message"
}
