// Package labels prints shipping labels.
package labels

// The label printer's status words, as its manual numbers them.
const (
	STATUS_OK             = 0
	STATUS_DATABASE_ERROR = 9010
	STATUS_HEAD_LOCKED    = 9015
	STATUS_JOB_REPLAYED   = 9002
	STATUS_RIBBON_OUT     = 9044
)

// Printable reports whether the printer takes another label: only a locked
// head and an empty ribbon stop it.
func Printable(status int) bool {
	switch status {
	case STATUS_HEAD_LOCKED, STATUS_RIBBON_OUT:
		return false
	}
	return true
}
