package plugin

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

// Name is the linter's name in golangci-lint: the key under
// linters.settings.custom, and the name //nolint directives use.
const Name = "surepasslint"

func init() {
	register.Plugin(Name, newOrExit)
}

// exitFailure is golangci-lint's exit status for a failure
// (pkg/exitcodes.Failure), which it also uses for a bad configuration.
const exitFailure = 3

// newOrExit is [New] as golangci-lint calls it: a bad setting is printed as
// one line on standard error, and golangci-lint exits with exitFailure, as
// golangci-lint's own linters do for a bad setting of theirs. An error
// returned to golangci-lint would be printed twice: by its command
// ("Error: build linters: plugin(surepasslint): newPlugin ...") and again by
// its main function ("The command is terminated due to an error: ...").
func newOrExit(raw any) (register.LinterPlugin, error) {
	p, err := New(raw)
	if err != nil {
		fmt.Fprintf(os.Stderr, "Error: %s\n", strings.ReplaceAll(err.Error(), "\n", " "))
		os.Exit(exitFailure)
	}
	return p, nil
}

// Settings is the decoded settings: block of the custom linter. Its keys are
// the names of the standalone flags (see [Table]); [Apply] checks them.
type Settings map[string]any

type linterPlugin struct {
	analyzers []*analysis.Analyzer
}

// New is the plugin constructor: it builds the linter from the settings:
// block of .golangci.yml. Every error it returns names the offending setting,
// in one line. golangci-lint calls it through newOrExit.
func New(raw any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, fmt.Errorf("%s settings: must be a mapping of setting names to values: %w", Name, err)
	}
	analyzers, err := Apply(s, sharedFlags(), all.Analyzers())
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	return &linterPlugin{analyzers: withoutRelated(analyzers)}, nil
}

// BuildAnalyzers returns every check left after the disable setting,
// configured by the settings, reporting no related information (see
// withoutRelated).
func (p *linterPlugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks for type information: every check needs it.
func (p *linterPlugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// sharedFlags returns the recognition flags every check shares, which the
// standalone CLI registers un-prefixed.
func sharedFlags() *flag.FlagSet { return all.Flags() }
