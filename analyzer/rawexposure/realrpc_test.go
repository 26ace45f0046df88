package rawexposure_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestRealRPCModules lints testdata/realrpc, a module that builds against
// the real connect-go, twirp, gqlgen, gqlparser, graphql-go, huma and
// go-kit at the versions its go.mod pins: the sink rows and handler shapes
// must match the real APIs, not only the stubs. The modules come from the
// module cache (no network); the test is skipped when they are not there
// (cd testdata/realrpc && go mod download fetches them).
func TestRealRPCModules(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules from source")
	}
	dir := filepath.Join(analyzertest.TestData(t), "realrpc")
	list := exec.Command("go", "list", "-deps", "./...")
	list.Dir = dir
	list.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=readonly", "GOWORK=off")
	if out, err := list.CombinedOutput(); err != nil {
		t.Skipf("the pinned modules are not in the module cache (go mod download in testdata/realrpc): %v\n%s", err, out)
	}
	results := analysistest.Run(t, dir, rawexposure.Analyzer, "./...")
	analyzertest.RelatedInPackage(t, results)
}
