// Package replica copies ledger partitions between regions.
package replica

// errno is the replication protocol's error number.
type errno int

const (
	errnoReplayed errno = 9002
	errnoLocked   errno = 9015
	errnoDbFenced errno = 9010
	errnoDiskFull errno = 9012
)

// Frame is one message of the protocol.
type Frame struct {
	Errno errno
	Text  string
}

func fatal(f Frame) bool {
	return f.Errno == errnoDiskFull || f.Errno == errnoDbFenced
}
