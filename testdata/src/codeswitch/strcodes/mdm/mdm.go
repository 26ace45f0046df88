// Package mdm reads the compliance status of the device management
// vendor, whose status codes are decimal text too, some of the same
// values as SurePassID's codes under names of their own.
package mdm

// Status codes of the MDM vendor.
const (
	Compliant        = "0"
	DiskNotEncrypted = "9001"
	PatchesMissing   = "9002"
	FirewallOff      = "9003"
	CheckInLate      = "9010"
	UnknownDevice    = "9015"
	Rooted           = "9051"
)

// Blocking reports whether status makes the device untrusted.
func Blocking(status string) bool {
	switch status {
	case Rooted, UnknownDevice:
		return true
	}
	return false
}
