// Package analyzertest holds what the checks' tests share.
package analyzertest

import (
	"path/filepath"
	"runtime"
	"testing"
)

// TestData returns the absolute path of the repository's shared GOPATH-style
// testdata tree (testdata/src/...), which analysistest needs absolute.
func TestData(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("analyzertest: cannot locate the source file")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata")
}
