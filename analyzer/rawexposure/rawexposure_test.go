package rawexposure_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRawExposure(t *testing.T) {
	analysistest.Run(t, testdata(t), rawexposure.Analyzer,
		"rawexposure/surepass", "rawexposure/httpx", "rawexposure/web", "rawexposure/flows", "rawexposure/guards",
		"rawexposure/othervendor", "rawexposure/plainclient", "rawexposure/typeerr")
}
