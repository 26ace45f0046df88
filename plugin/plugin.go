package plugin

import (
	"flag"
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

// Name is the linter's name in golangci-lint: the key under
// linters.settings.custom, and the name //nolint directives use.
const Name = "surepasslint"

func init() {
	register.Plugin(Name, New)
}

// Settings is the decoded settings: block of the custom linter. Its keys are
// the names of the standalone flags (see [Table]); [Apply] checks them.
type Settings map[string]any

type linterPlugin struct {
	analyzers []*analysis.Analyzer
}

// New is the plugin constructor golangci-lint calls with the settings: block
// of .golangci.yml. Every error it returns names the offending setting.
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
