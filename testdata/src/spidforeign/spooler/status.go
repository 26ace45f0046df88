// Package spooler feeds the label printers of the warehouse.
package spooler

// The printer firmware's status words, as its manual lists them.
const (
	STATUS_OK             = 0
	STATUS_DATABASE_ERROR = 9010
	STATUS_QUEUE_LOCKED   = 9015
	STATUS_JOB_REPLAYED   = 9002
	STATUS_TONER_LOW      = 9044
)

// Retry reports whether a job may be sent again.
func Retry(status int) bool {
	switch status {
	case STATUS_QUEUE_LOCKED, STATUS_TONER_LOW:
		return false
	}
	return true
}
