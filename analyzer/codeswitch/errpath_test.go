package codeswitch_test

import "testing"

// errPathPkgs are the testdata packages of error paths: a return of an
// error the path tested non-nil (if err != nil, errors.As, an early
// if err == nil { return }), and a sentinel if followed by a dispatch over
// the code of the same error.
var errPathPkgs = []string{"codeswitch/errpath/..."}

// TestErrPath checks the // want comments and .golden files of the
// errpath testdata, that every finding has one fix, and that the fixes
// applied together type-check and leave nothing to report.
func TestErrPath(t *testing.T) {
	checkFixedPkgs(t, errPathPkgs)
}
