package lazyfacts

import "time"

// SetRootWait sets how long importers wait for a root, and returns a
// function restoring it.
func SetRootWait(d time.Duration) (restore func()) {
	old := rootWait
	rootWait = d
	return func() { rootWait = old }
}
