package plugin

import (
	"flag"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
)

// disableKey is the one setting that is not a flag: the checks to leave out,
// the plugin's form of the CLI's -<check>=false.
const disableKey = "disable"

// A Setting is one plugin setting and the standalone flag with the same
// meaning. Table lists them; docs/golangci-lint.md shows them side by side.
type Setting struct {
	Key     string // path under settings:, e.g. "codetypes" or "codeswitch.require"
	Flag    string // the standalone CLI flag, e.g. "-codetypes" or "-codeswitch.require"
	Kind    string // "bool", or "string or list" (a list is joined with commas)
	Default string
	Usage   string
}

// Table returns every setting: first the shared flags (un-prefixed), then each
// analyzer's own flags (nested under the analyzer's name), then disable.
// It is derived from the flag sets, so a new check or flag needs no edit here.
func Table(shared *flag.FlagSet, analyzers []*analysis.Analyzer) []Setting {
	var rows []Setting
	visit := func(fs *flag.FlagSet, prefix string) {
		fs.VisitAll(func(f *flag.Flag) {
			rows = append(rows, Setting{
				Key:     prefix + f.Name,
				Flag:    "-" + prefix + f.Name,
				Kind:    kind(f),
				Default: f.DefValue,
				Usage:   f.Usage,
			})
		})
	}
	visit(shared, "")
	for _, a := range analyzers {
		visit(&a.Flags, a.Name+".")
	}
	rows = append(rows, Setting{
		Key:   disableKey,
		Flag:  "-<check>=false",
		Kind:  "list of check names",
		Usage: "checks not to run, by name",
	})
	return rows
}

func kind(f *flag.Flag) string {
	if isBool(f) {
		return "bool"
	}
	if isNumber(f) {
		return "number"
	}
	return "string or list"
}

// isNumber reports whether f is one of package flag's numeric flags.
func isNumber(f *flag.Flag) bool {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	switch g.Get().(type) {
	case int, int64, uint, uint64, float64, time.Duration:
		return true
	}
	return false
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

func names(analyzers []*analysis.Analyzer) []string {
	var ns []string
	for _, a := range analyzers {
		ns = append(ns, a.Name)
	}
	return ns
}

// Apply sets the flags named by settings, exactly as the same flags given to
// the standalone CLI would, and returns the analyzers left after disable.
// Keys match flag and check names case-insensitively (golangci-lint's config
// loader lower-cases keys). Every flag is first reset to its default, so the
// result depends on settings alone. An unknown key, a value of the wrong type
// or a value the flag rejects is an error naming the setting.
func Apply(settings map[string]any, shared *flag.FlagSet, analyzers []*analysis.Analyzer) ([]*analysis.Analyzer, error) {
	if err := checkNames(shared, analyzers); err != nil {
		return nil, err
	}
	if err := reset(shared); err != nil {
		return nil, err
	}
	for _, a := range analyzers {
		if err := reset(&a.Flags); err != nil {
			return nil, fmt.Errorf("%s: %w", a.Name, err)
		}
	}

	disabled := map[string]bool{}
	for _, key := range sortedKeys(settings) {
		value := settings[key]
		if strings.EqualFold(key, disableKey) {
			if err := disable(value, analyzers, disabled); err != nil {
				return nil, err
			}
			continue
		}
		if f := lookup(shared, key); f != nil {
			if err := set(f, key, value); err != nil {
				return nil, err
			}
			continue
		}
		if a := analyzerNamed(analyzers, key); a != nil {
			if err := setAll(a, key, value); err != nil {
				return nil, err
			}
			continue
		}
		return nil, fmt.Errorf("unknown setting %q (known: %s)", key, strings.Join(topKeys(shared, analyzers), ", "))
	}

	var kept []*analysis.Analyzer
	for _, a := range analyzers {
		if !disabled[a.Name] {
			kept = append(kept, a)
		}
	}
	return kept, nil
}

// setAll applies the nested settings of one analyzer.
func setAll(a *analysis.Analyzer, key string, value any) error {
	m, ok := value.(map[string]any)
	if !ok {
		return fmt.Errorf("setting %q must be a mapping of %s's flags (%s), not %s",
			key, a.Name, strings.Join(flagNames(&a.Flags), ", "), describe(value))
	}
	for _, sub := range sortedKeys(m) {
		path := key + "." + sub
		f := lookup(&a.Flags, sub)
		if f == nil {
			known := flagNames(&a.Flags)
			if len(known) == 0 {
				return fmt.Errorf("unknown setting %q: check %s has no settings", path, a.Name)
			}
			return fmt.Errorf("unknown setting %q (%s's settings: %s)", path, a.Name, strings.Join(known, ", "))
		}
		if err := set(f, path, m[sub]); err != nil {
			return err
		}
	}
	return nil
}

// set gives one flag the value a YAML setting holds: a bool for a bool flag;
// a string, a number or a list of them for any other (a list is joined with
// commas, as on the command line).
func set(f *flag.Flag, key string, value any) error {
	var s string
	switch v := value.(type) {
	case bool:
		if !isBool(f) {
			return fmt.Errorf("setting %q must be %s, not %s", key, want(f), describe(value))
		}
		s = strconv.FormatBool(v)
	case string, float64:
		if isBool(f) {
			return fmt.Errorf("setting %q must be %s, not %s", key, want(f), describe(value))
		}
		s = scalar(v)
	case []any:
		if isBool(f) || isNumber(f) {
			return fmt.Errorf("setting %q must be %s, not %s", key, want(f), describe(value))
		}
		parts := make([]string, len(v))
		for i, e := range v {
			switch e.(type) {
			case string, float64:
				parts[i] = scalar(e)
			default:
				return fmt.Errorf("setting %q: item %d must be a string, not %s", key, i+1, describe(e))
			}
		}
		s = strings.Join(parts, ",")
	default:
		return fmt.Errorf("setting %q must be %s, not %s", key, want(f), describe(value))
	}
	if err := f.Value.Set(s); err != nil {
		return fmt.Errorf("setting %q: invalid value %q: %w", key, s, err)
	}
	return nil
}

// want says what a setting for f must hold, for error messages.
func want(f *flag.Flag) string {
	switch {
	case isBool(f):
		return "true or false"
	case isNumber(f):
		return "a number"
	}
	return "a string or a list"
}

func disable(value any, analyzers []*analysis.Analyzer, disabled map[string]bool) error {
	list, ok := value.([]any)
	if !ok {
		return fmt.Errorf("setting %q must be a list of check names, not %s", disableKey, describe(value))
	}
	for _, e := range list {
		name, _ := e.(string)
		a := analyzerNamed(analyzers, name)
		if a == nil {
			return fmt.Errorf("setting %q: unknown check %s (checks: %s)", disableKey, describe(e), strings.Join(names(analyzers), ", "))
		}
		disabled[a.Name] = true
	}
	return nil
}

// checkNames rejects flag and check names that would make a setting key
// ambiguous. It guards the project against itself: a new check named like a
// shared flag must be caught by the tests, not by a user.
func checkNames(shared *flag.FlagSet, analyzers []*analysis.Analyzer) error {
	seen := map[string]string{strings.ToLower(disableKey): "the disable setting"}
	claim := func(name, what string) error {
		k := strings.ToLower(name)
		if prev, ok := seen[k]; ok {
			return fmt.Errorf("setting name %q is ambiguous: %s and %s", k, prev, what)
		}
		seen[k] = what
		return nil
	}
	var err error
	shared.VisitAll(func(f *flag.Flag) {
		if err == nil {
			err = claim(f.Name, "shared flag -"+f.Name)
		}
	})
	for _, a := range analyzers {
		if err == nil {
			err = claim(a.Name, "check "+a.Name)
		}
		inner := map[string]bool{}
		a.Flags.VisitAll(func(f *flag.Flag) {
			k := strings.ToLower(f.Name)
			if err == nil && inner[k] {
				err = fmt.Errorf("setting name %q is ambiguous in check %s", a.Name+"."+k, a.Name)
			}
			inner[k] = true
		})
	}
	return err
}

// reset puts every flag of fs back to its default value.
func reset(fs *flag.FlagSet) error {
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if err == nil && f.Value.String() != f.DefValue {
			if e := f.Value.Set(f.DefValue); e != nil {
				err = fmt.Errorf("resetting -%s to its default: %w", f.Name, e)
			}
		}
	})
	return err
}

func lookup(fs *flag.FlagSet, key string) *flag.Flag {
	var found *flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if strings.EqualFold(f.Name, key) {
			found = f
		}
	})
	return found
}

func analyzerNamed(analyzers []*analysis.Analyzer, name string) *analysis.Analyzer {
	for _, a := range analyzers {
		if strings.EqualFold(a.Name, name) {
			return a
		}
	}
	return nil
}

func flagNames(fs *flag.FlagSet) []string {
	var ns []string
	fs.VisitAll(func(f *flag.Flag) { ns = append(ns, f.Name) })
	return ns
}

func topKeys(shared *flag.FlagSet, analyzers []*analysis.Analyzer) []string {
	keys := append(flagNames(shared), names(analyzers)...)
	return append(keys, disableKey)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func scalar(v any) string {
	if f, ok := v.(float64); ok {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return v.(string)
}

// describe names a decoded YAML/JSON value's type for an error message.
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "an empty value"
	case bool:
		return "the boolean " + strconv.FormatBool(v)
	case float64:
		return "the number " + scalar(v)
	case string:
		return strconv.Quote(v)
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%T", v)
}
