package spid_test

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
)

// probe reports what spid recognizes, so that the testdata can assert it
// with // want comments.
var probe = &analysis.Analyzer{
	Name:             "probe",
	Doc:              "report spid's recognition",
	Requires:         []*analysis.Analyzer{spid.Analyzer},
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[spid.Analyzer].(*spid.Result)
		if !r.Relevant() {
			return nil, nil
		}
		for _, f := range pass.Files {
			pass.Reportf(f.Name.Pos(), "relevant package")
			ast.Inspect(f, func(n ast.Node) bool {
				switch e := n.(type) {
				case *ast.SelectorExpr:
					if role := r.ExprRole(pass.TypesInfo, e); role != spid.RoleNone {
						pass.Reportf(e.Pos(), "role %s", role)
					}
					return false
				case *ast.Ident:
					if _, isVar := pass.TypesInfo.Uses[e].(interface{ IsField() bool }); isVar && r.ExprRole(pass.TypesInfo, e) != spid.RoleNone {
						pass.Reportf(e.Pos(), "role %s", r.ExprRole(pass.TypesInfo, e))
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func TestRecognition(t *testing.T) {
	analysistest.Run(t, analyzertest.TestData(t), probe, "spid/...")
}

func TestConfiguredNames(t *testing.T) {
	set := map[string]string{
		"codetypes":     "spidextra/configured.Status",
		"codefields":    "spidextra/configured.GatewayReply.Result",
		"messagefields": "spidextra/configured.GatewayReply.Detail",
	}
	for name, value := range set {
		if err := spid.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	defer func() {
		for name := range set {
			_ = spid.Flags.Set(name, "")
		}
	}()
	analysistest.Run(t, analyzertest.TestData(t), probe, "spidextra/configured")
}

func TestBadFlagValues(t *testing.T) {
	for name, bad := range map[string]string{
		"codetypes":     "Status",
		"codefields":    "example.com/x.Type",
		"messagefields": "example.com/x.Type..",
	} {
		if err := spid.Flags.Set(name, bad); err == nil {
			t.Errorf("-%s=%s: want an error", name, bad)
		}
	}
}

func TestTypeErrors(t *testing.T) {
	analysistest.Run(t, analyzertest.TestData(t), probe, "spidextra/broken")
}
