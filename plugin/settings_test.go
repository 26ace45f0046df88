package plugin

import (
	"flag"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// qualifiedList stands in for a recognition flag: comma-separated
// import/path.Name entries, rejecting anything else, as the real ones do.
type qualifiedList []string

func (l *qualifiedList) String() string { return strings.Join(*l, ",") }

func (l *qualifiedList) Set(s string) error {
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n == "" {
			continue
		}
		if !strings.Contains(n, ".") {
			return fmt.Errorf("%q is not of the form import/path.Name", n)
		}
		out = append(out, n)
	}
	*l = out
	return nil
}

// fakes holds test-only flag sets and analyzers shaped like the real
// ones: shared recognition flags, a check with a string and a bool flag, a
// check with a list flag, and a check with no flags.
type fakes struct {
	shared    *flag.FlagSet
	analyzers []*analysis.Analyzer

	codeTypes, sinks qualifiedList
	require          *string
	strict           *bool
	depth            *int
}

func newFakes() *fakes {
	fx := &fakes{shared: flag.NewFlagSet("shared", flag.ContinueOnError)}
	fx.shared.Var(&fx.codeTypes, "codetypes", "named types holding return codes")

	sw := &analysis.Analyzer{Name: "codeswitch", Doc: "fail-open switches"}
	fx.require = sw.Flags.String("require", "security", "codes a switch must handle")
	fx.strict = sw.Flags.Bool("strict", false, "report switches with a default too")
	fx.depth = sw.Flags.Int("depth", 3, "how far to follow calls")

	raw := &analysis.Analyzer{Name: "rawexposure", Doc: "raw messages reaching users"}
	raw.Flags.Var(&fx.sinks, "sinks", "extra sinks")

	quiet := &analysis.Analyzer{Name: "quiet", Doc: "a check with no flags"}

	fx.analyzers = []*analysis.Analyzer{sw, raw, quiet}
	return fx
}

// yaml-decoded values look like this after golangci-lint's loader and
// register.DecodeSettings: maps of string to any, []any, float64, bool, string.
func TestApply(t *testing.T) {
	tests := []struct {
		name     string
		settings map[string]any
		check    func(t *testing.T, fx *fakes)
		kept     []string
	}{
		{
			name:     "no settings keeps defaults and every check",
			settings: nil,
			check: func(t *testing.T, fx *fakes) {
				if *fx.require != "security" || *fx.strict || len(fx.codeTypes) != 0 || *fx.depth != 3 {
					t.Errorf("defaults changed: require=%q strict=%v codetypes=%v depth=%d", *fx.require, *fx.strict, fx.codeTypes, *fx.depth)
				}
			},
			kept: []string{"codeswitch", "rawexposure", "quiet"},
		},
		{
			name:     "shared list flag, un-prefixed, list joined with commas",
			settings: map[string]any{"codetypes": []any{"example.com/sp.Code", "example.com/legacy.Status"}},
			check: func(t *testing.T, fx *fakes) {
				want := qualifiedList{"example.com/sp.Code", "example.com/legacy.Status"}
				if !reflect.DeepEqual(fx.codeTypes, want) {
					t.Errorf("codetypes = %v, want %v", fx.codeTypes, want)
				}
			},
			kept: []string{"codeswitch", "rawexposure", "quiet"},
		},
		{
			name:     "shared list flag given as one comma-separated string, like the CLI",
			settings: map[string]any{"codetypes": "example.com/sp.Code,example.com/legacy.Status"},
			check: func(t *testing.T, fx *fakes) {
				if len(fx.codeTypes) != 2 {
					t.Errorf("codetypes = %v, want 2 entries", fx.codeTypes)
				}
			},
			kept: []string{"codeswitch", "rawexposure", "quiet"},
		},
		{
			name: "check flags nested under the check's name",
			settings: map[string]any{
				"codeswitch":  map[string]any{"require": "all", "strict": true, "depth": float64(5)},
				"rawexposure": map[string]any{"sinks": []any{"example.com/web.Render"}},
			},
			check: func(t *testing.T, fx *fakes) {
				if *fx.require != "all" || !*fx.strict || *fx.depth != 5 {
					t.Errorf("require=%q strict=%v depth=%d, want all true 5", *fx.require, *fx.strict, *fx.depth)
				}
				if !reflect.DeepEqual(fx.sinks, qualifiedList{"example.com/web.Render"}) {
					t.Errorf("sinks = %v", fx.sinks)
				}
			},
			kept: []string{"codeswitch", "rawexposure", "quiet"},
		},
		{
			name:     "keys match case-insensitively",
			settings: map[string]any{"CodeTypes": []any{"example.com/sp.Code"}, "CodeSwitch": map[string]any{"Strict": true}},
			check: func(t *testing.T, fx *fakes) {
				if len(fx.codeTypes) != 1 || !*fx.strict {
					t.Errorf("codetypes=%v strict=%v", fx.codeTypes, *fx.strict)
				}
			},
			kept: []string{"codeswitch", "rawexposure", "quiet"},
		},
		{
			name:     "disable leaves checks out",
			settings: map[string]any{"disable": []any{"rawexposure", "quiet"}},
			kept:     []string{"codeswitch"},
		},
		{
			name:     "an empty check mapping is allowed",
			settings: map[string]any{"quiet": map[string]any{}},
			kept:     []string{"codeswitch", "rawexposure", "quiet"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fx := newFakes()
			got, err := Apply(tt.settings, fx.shared, fx.analyzers)
			if err != nil {
				t.Fatalf("Apply: %v", err)
			}
			if tt.check != nil {
				tt.check(t, fx)
			}
			if !reflect.DeepEqual(names(got), tt.kept) {
				t.Errorf("analyzers = %v, want %v", names(got), tt.kept)
			}
		})
	}
}

func TestApplyErrors(t *testing.T) {
	tests := []struct {
		name     string
		settings map[string]any
		want     string // the error must contain this
	}{
		{"unknown top-level key", map[string]any{"codetype": []any{"a.B"}},
			`unknown setting "codetype" (known: codetypes, codeswitch, rawexposure, quiet, disable)`},
		{"unknown check flag", map[string]any{"codeswitch": map[string]any{"requires": "all"}},
			`unknown setting "codeswitch.requires" (codeswitch's settings: depth, require, strict)`},
		{"flag of a check without flags", map[string]any{"quiet": map[string]any{"level": "high"}},
			`unknown setting "quiet.level": check quiet has no settings`},
		{"check given a scalar", map[string]any{"codeswitch": "all"},
			`setting "codeswitch" must be a mapping of codeswitch's flags (depth, require, strict), not "all"`},
		{"bool flag given a string", map[string]any{"codeswitch": map[string]any{"strict": "yes"}},
			`setting "codeswitch.strict" must be true or false, not "yes"`},
		{"bool flag given a list", map[string]any{"codeswitch": map[string]any{"strict": []any{true}}},
			`setting "codeswitch.strict" must be true or false, not a list`},
		{"string flag given a bool", map[string]any{"codeswitch": map[string]any{"require": true}},
			`setting "codeswitch.require" must be a string or a list, not the boolean true`},
		{"list flag given a mapping", map[string]any{"codetypes": map[string]any{"a": "b"}},
			`setting "codetypes" must be a string or a list, not a mapping`},
		{"empty value", map[string]any{"codetypes": nil},
			`setting "codetypes" must be a string or a list, not an empty value`},
		{"list item not a string", map[string]any{"rawexposure": map[string]any{"sinks": []any{"a.B", map[string]any{}}}},
			`setting "rawexposure.sinks": item 2 must be a string, not a mapping`},
		{"value the flag rejects", map[string]any{"codetypes": []any{"Code"}},
			`setting "codetypes": invalid value "Code": "Code" is not of the form import/path.Name`},
		{"int flag given a fraction", map[string]any{"codeswitch": map[string]any{"depth": 1.5}},
			`setting "codeswitch.depth": invalid value "1.5"`},
		{"number flag given a list", map[string]any{"codeswitch": map[string]any{"depth": []any{1.0}}},
			`setting "codeswitch.depth" must be a number, not a list`},
		{"disable an unknown check", map[string]any{"disable": []any{"codeswich"}},
			`setting "disable": unknown check "codeswich" (checks: codeswitch, rawexposure, quiet)`},
		{"disable given a string", map[string]any{"disable": "codeswitch"},
			`setting "disable" must be a list of check names, not "codeswitch"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fx := newFakes()
			_, err := Apply(tt.settings, fx.shared, fx.analyzers)
			if err == nil {
				t.Fatalf("Apply succeeded, want error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %q\nwant it to contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

func TestApplyResetsEarlierSettings(t *testing.T) {
	fx := newFakes()
	if _, err := Apply(map[string]any{"codetypes": "example.com/sp.Code", "codeswitch": map[string]any{"strict": true}}, fx.shared, fx.analyzers); err != nil {
		t.Fatal(err)
	}
	if _, err := Apply(nil, fx.shared, fx.analyzers); err != nil {
		t.Fatal(err)
	}
	if len(fx.codeTypes) != 0 || *fx.strict {
		t.Errorf("second Apply kept the first one's settings: codetypes=%v strict=%v", fx.codeTypes, *fx.strict)
	}
}

func TestApplyRejectsAmbiguousNames(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(fx *fakes)
		want   string
	}{
		{"shared flag named like a check", func(fx *fakes) {
			fx.shared.String("CodeSwitch", "", "")
		}, `setting name "codeswitch" is ambiguous: shared flag -CodeSwitch and check codeswitch`},
		{"check named disable", func(fx *fakes) {
			fx.analyzers[2].Name = "disable"
		}, `setting name "disable" is ambiguous: the disable setting and check disable`},
		{"check flags differing only in case", func(fx *fakes) {
			fx.analyzers[0].Flags.Bool("Strict", false, "")
		}, `setting name "codeswitch.strict" is ambiguous in check codeswitch`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fx := newFakes()
			tt.mutate(fx)
			_, err := Apply(nil, fx.shared, fx.analyzers)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestTable(t *testing.T) {
	fx := newFakes()
	var got []string
	for _, s := range Table(fx.shared, fx.analyzers) {
		got = append(got, fmt.Sprintf("%s %s %s %q", s.Key, s.Flag, s.Kind, s.Default))
	}
	want := []string{
		`codetypes -codetypes string or list ""`,
		`codeswitch.depth -codeswitch.depth number "3"`,
		`codeswitch.require -codeswitch.require string or list "security"`,
		`codeswitch.strict -codeswitch.strict bool "false"`,
		`rawexposure.sinks -rawexposure.sinks string or list ""`,
		`disable -<check>=false list of check names ""`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Table:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
