package main_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// parityFixtures are modules every driver must read alike: the demo, the
// configuration-by-directives fixture, and testdata/parity (a client
// configured only by directives, a client whose test file stores the raw
// message where production code stores a safe one, a vendored SurePassID
// client, test files). Their // want comments say what must be reported;
// the demo, which users read, says it here (as README and demotest do).
var parityFixtures = []struct {
	dir  string
	want []string // nil: the // want comments
}{
	{"../../testdata/demo", []string{"web/login.go:25 codeswitch", "web/login.go:48 rawexposure"}},
	{"../../testdata/config", nil},
	{"../../testdata/parity", nil},
}

// TestVetParity: the command's findings (position, check, message, fixes,
// related locations) are go vet -vettool's, and they are what the fixtures'
// // want comments say. The golangci-lint plugin and gopls are held to the
// same comments in plugin.TestGolangciLint and goplstest.TestGopls.
func TestVetParity(t *testing.T) {
	for _, fx := range parityFixtures {
		dir, err := filepath.Abs(fx.dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			cliOut := runIn(t, dir, bin, "-json", "./...")
			vetOut := runIn(t, dir, "go", "vet", "-vettool="+bin, "-json", "./...")
			got, vet := jsonFindings(t, dir, cliOut), jsonFindings(t, dir, vetOut)
			if !slices.Equal(got, vet) {
				t.Errorf("surepasslint -json:\n  %s\ngo vet -vettool -json:\n  %s", strings.Join(got, "\n  "), strings.Join(vet, "\n  "))
			}
			keys := jsonKeys(t, dir, string(cliOut))
			want := fx.want
			if want == nil {
				want = wantedKeys(t, dir)
			}
			if !slices.Equal(keys, want) {
				t.Errorf("findings:\n  %s\nwant (the // want comments):\n  %s", strings.Join(keys, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

// runIn runs a command in dir with the user's module settings (the
// fixtures' vendor directory and replace directives apply) and returns its
// standard output.
func runIn(t *testing.T, dir, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=", "GOTOOLCHAIN=local")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// jsonFindings reads go vet's JSON (one object per package, or the
// command's one merged object) as sorted lines "file:line:col check
// message | fixes | related", file relative to the module; a finding
// reported under a package and its test variant counts once.
func jsonFindings(t *testing.T, dir string, out []byte) []string {
	t.Helper()
	var lines []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("JSON: %v\n%s", err, out)
		}
		for _, checks := range tree {
			for check, raw := range checks {
				var diags []struct {
					Posn, Message  string
					SuggestedFixes json.RawMessage `json:"suggested_fixes"`
					Related        json.RawMessage
				}
				if err := json.Unmarshal(raw, &diags); err != nil {
					t.Fatalf("%s: %s", check, raw)
				}
				for _, d := range diags {
					lines = append(lines, fmt.Sprintf("%s %s %s | %s | %s", strings.TrimPrefix(d.Posn, dir+string(filepath.Separator)), check, d.Message, d.SuggestedFixes, d.Related))
				}
			}
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}
