package plugin

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("surepasslint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatalf("New(nil): %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(analyzers), names(all.Analyzers()); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("BuildAnalyzers() = %v, want every check %v", got, want)
	}
}

// TestNewErrors feeds New what golangci-lint's loader would hand it for a
// wrong settings: block.
func TestNewErrors(t *testing.T) {
	tests := []struct {
		name string
		raw  any
		want string
	}{
		{"settings is a list", []any{"codetypes"}, "surepasslint settings: must be a mapping of setting names to values"},
		{"settings is a string", "codeswitch", "surepasslint settings: must be a mapping of setting names to values"},
		{"unknown setting", map[string]any{"no-such-setting": true}, `surepasslint settings: unknown setting "no-such-setting"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.raw)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New(%v) error = %v, want %q", tt.raw, err, tt.want)
			}
		})
	}
}

// TestBadSettingOneLine: golangci-lint's constructor of the plugin (what
// register.GetPlugin returns) stops the process on a misspelled setting with
// exactly one line on standard error, and golangci-lint's failure status,
// instead of returning an error that golangci-lint would print twice. The
// constructor runs in a child process, this test binary re-executed.
func TestBadSettingOneLine(t *testing.T) {
	if os.Getenv("SUREPASSLINT_PLUGIN_CHILD") == "1" {
		newPlugin, err := register.GetPlugin(Name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = newPlugin(map[string]any{"codetype": []any{"example.com/portal/idp.Result"}})
		fmt.Println("the constructor returned")
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestBadSettingOneLine$")
	cmd.Env = append(os.Environ(), "SUREPASSLINT_PLUGIN_CHILD=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitFailure {
		t.Errorf("child: %v, want exit status %d\nstdout:\n%s", err, exitFailure, stdout.Bytes())
	}
	want := `Error: surepasslint settings: unknown setting "codetype" (known: codefields, codetypes, messagefields, codeswitch, rawexposure, disable)` + "\n"
	if got := stderr.String(); got != want {
		t.Errorf("standard error:\n%q\nwant exactly the line\n%q", got, want)
	}
}

// TestRealNamesUnambiguous guards the project: every shared flag, check and
// check flag must give a setting key of its own.
func TestRealNamesUnambiguous(t *testing.T) {
	if err := checkNames(sharedFlags(), all.Analyzers()); err != nil {
		t.Fatal(err)
	}
}

// TestNoRelatedInformation: golangci-lint makes each related location an
// issue of its own, which `run --fix` cannot fix, so the plugin's checks
// report the same diagnostics (messages, positions, fixes) as the checks
// themselves, without related information.
func TestNoRelatedInformation(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	wrapped, _ := p.BuildAnalyzers()
	for i, orig := range all.Analyzers() {
		pkg := orig.Name + "/web"
		want := analysistest.Run(t, dir, orig, pkg)
		got := analysistest.Run(t, dir, wrapped[i], pkg)
		related := 0
		for _, r := range want {
			for _, d := range r.Diagnostics {
				related += len(d.Related)
			}
		}
		if related == 0 {
			t.Fatalf("%s: the check reports no related information on %s: nothing to test", orig.Name, pkg)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d results, want %d", orig.Name, len(got), len(want))
		}
		for j := range want {
			w, g := want[j].Diagnostics, got[j].Diagnostics
			if len(g) != len(w) {
				t.Errorf("%s: %d diagnostics through the plugin, %d from the check", orig.Name, len(g), len(w))
				continue
			}
			for k := range w {
				if len(g[k].Related) != 0 {
					t.Errorf("%s: %s: related information reaches golangci-lint", orig.Name, want[j].Pass.Fset.Position(g[k].Pos))
				}
				gp, wp := got[j].Pass.Fset.Position(g[k].Pos), want[j].Pass.Fset.Position(w[k].Pos)
				if g[k].Message != w[k].Message || gp != wp || len(g[k].SuggestedFixes) != len(w[k].SuggestedFixes) {
					t.Errorf("%s: %q differs from the check's %q", orig.Name, g[k].Message, w[k].Message)
				}
			}
		}
	}
}
