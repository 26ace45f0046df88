package plugin

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

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

// TestRealNamesUnambiguous guards the project: every shared flag, check and
// check flag must give a setting key of its own.
func TestRealNamesUnambiguous(t *testing.T) {
	if err := checkNames(sharedFlags(), all.Analyzers()); err != nil {
		t.Fatal(err)
	}
}
