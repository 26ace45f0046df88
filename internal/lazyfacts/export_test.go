package lazyfacts

import "time"

// SetRootWait sets how long importers wait for a root, and returns a
// function restoring it.
func SetRootWait(d time.Duration) (restore func()) {
	old := rootWait
	rootWait = d
	return func() { rootWait = old }
}

// Record calls load with the path of every package loaded from source and
// list with the arguments of every go list of the import graph, and
// returns a function that stops it.
func Record(load func(path string), list func(args []string)) (stop func()) {
	onLoad, onList = load, list
	return func() { onLoad, onList = nil, nil }
}

// UseGoList makes the import graph come from go list only (on) or, where
// it can, from reading go.mod and the files' headers in process.
func UseGoList(on bool) { noLocal = on }
