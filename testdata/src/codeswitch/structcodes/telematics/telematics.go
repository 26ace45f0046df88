// Package telematics is the client of the truck-tracking provider. Its
// API answers with the same errorCode/errorMessage envelope, and its
// codes happen to sit in the 9000 range too.
package telematics

import "fmt"

// TT holds the provider's documented return codes.
var TT = struct {
	OK, UnitOffline, UnitUnknown, DriverNotPaired, TabletLocked, GeofenceViolation int
}{0, 9001, 9002, 9003, 9015, 9020}

// Reply is the provider's envelope.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Paired treats an offline unit as paired: it pairs once it reconnects.
func Paired(r *Reply) bool {
	switch r.ErrorCode {
	case TT.UnitUnknown, TT.DriverNotPaired:
		return false
	case TT.TabletLocked:
		return false
	}
	return true
}

// Err turns a failed reply into an error.
func (r *Reply) Err() error {
	if r.ErrorCode == TT.OK {
		return nil
	}
	return fmt.Errorf("telematics: %s", r.ErrorMessage)
}
