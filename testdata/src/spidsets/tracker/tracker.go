// Package tracker is the client of a truck-tracking provider whose result
// codes happen to sit in the 9000 range.
package tracker

// TT holds the provider's documented result codes.
var TT = struct {
	OK, UnitOffline, UnitUnknown, DriverNotPaired, TabletLocked, GeofenceViolation int
}{0, 9001, 9002, 9003, 9015, 9020}

// Paired treats an offline unit as paired.
func Paired(code int) bool {
	switch code {
	case TT.UnitUnknown, TT.DriverNotPaired, TT.TabletLocked:
		return false
	}
	return true
}
