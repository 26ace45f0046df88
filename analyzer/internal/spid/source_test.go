package spid

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// MaySignal must never be false where the parsed package has a signal of
// its own or a return-code type: every package of the shared testdata, the
// checks' included, is compared.
func TestMaySignalIsANecessaryCondition(t *testing.T) {
	var mu sync.Mutex
	own := map[string]bool{}
	may := map[string]bool{}
	check := &analysis.Analyzer{
		Name:             "maysignal",
		Doc:              "compare MaySignal with the signal found on the parsed package",
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			var files []string
			for _, f := range pass.Files {
				files = append(files, pass.Fset.File(f.Pos()).Name())
			}
			o := ownSignal(pass) || len(findCodeTypes(pass)) > 0
			m := MaySignal(pass.Pkg.Path(), pass.Pkg.Name(), files)
			mu.Lock()
			own[pass.Pkg.Path()] = own[pass.Pkg.Path()] || o
			may[pass.Pkg.Path()] = may[pass.Pkg.Path()] || m
			mu.Unlock()
			if o && !m {
				t.Errorf("%s has a signal of its own, MaySignal says it cannot", pass.Pkg.Path())
			}
			return nil, nil
		},
	}
	dir := analyzertest.TestData(t)
	var patterns []string
	entries, err := os.ReadDir(filepath.Join(dir, "src"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			patterns = append(patterns, e.Name()+"/...")
		}
	}
	// The testdata's // want comments are the checks' business, not ours.
	analysistest.Run(ignoreWants{}, dir, check, patterns...)

	var with, without []string
	for p, o := range own {
		if o {
			with = append(with, p)
		} else if !may[p] {
			without = append(without, p)
		}
	}
	sort.Strings(with)
	sort.Strings(without)
	t.Logf("own signal: %s", strings.Join(with, " "))
	t.Logf("MaySignal false: %s", strings.Join(without, " "))
	// The comparison must have looked at both kinds: mirror types, request
	// tags and endpoint marks on one side, packages with none on the other
	// (another vendor's errorCode/errorMessage struct among them).
	for _, p := range []string{"spid/mirror", "spid/othervendor"} {
		if _, ok := own[p]; !ok {
			t.Errorf("package %s was not compared", p)
		}
	}
	if !own["spid/mirror"] {
		t.Errorf("spid/mirror: no signal of its own found on the parsed package")
	}
	if may["spid/othervendor"] {
		t.Errorf("spid/othervendor: MaySignal true for another vendor's response type")
	}
}

func TestMaySignalText(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"none", "package p\n\nconst Success = 0\n\ntype Code int\n", false},
		{"request tag", "package p\n\ntype Req struct{ U string `json:\"spAccountLoginName\"` }\n", true},
		{"endpoint in a var", "package p\n\nvar endpoint = \"https://idp.example/U2FServer.aspx\"\n", true},
		{"endpoint mark folded", "package p\n\nconst host = \"api.SurePassID.com\"\n", true},
		{"two published names", "package p\n\ntype Code int\n\nconst (\n\tCodeSuccess Code = 0\n\tCodeOTPInvalid Code = 9003\n)\n", true},
		{"success twice only", "package p\n\nconst Success, success2 = \"Success\", \"Success\"\n", false},
		{"names inside longer identifiers", "package p\n\nconst (\n\tSuccess = 0\n\tAWSProvisionedReadKey = \"aws.provisioned\"\n\tDatabaseErrorRate = 1\n)\n", false},
	} {
		f := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".go")
		if err := os.WriteFile(f, []byte(tc.src), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := MaySignal("example.com/p", "p", []string{f}); got != tc.want {
			t.Errorf("%s: MaySignal = %v, want %v", tc.name, got, tc.want)
		}
	}
	if !MaySignal("example.com/surepassclient", "client", nil) || !MaySignal("example.com/x", "SurePass", nil) {
		t.Error("a path or name mentioning surepass is a signal")
	}
	if !MaySignal("example.com/p", "p", []string{filepath.Join(dir, "missing.go")}) {
		t.Error("an unreadable file must count as a possible signal")
	}
}

// ignoreWants drops analysistest's complaints about // want comments.
type ignoreWants struct{}

func (ignoreWants) Errorf(string, ...any) {}

func TestContainsFoldAcrossChunks(t *testing.T) {
	for _, at := range []int{0, 8<<10 - 5, 8 << 10, 3*(8<<10) - 2} {
		src := []byte(strings.Repeat("x", at) + "U2FServer.ASPX" + strings.Repeat("y", 100))
		if !containsFoldAny(src, endpointMarks) {
			t.Errorf("mark at %d not found", at)
		}
	}
	if containsFoldAny([]byte(strings.Repeat("surepas", 5000)), endpointMarks) {
		t.Error("found a mark that is not there")
	}
}
