package spid_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/codes"
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
		// Both checks' shares, each once however often asked, with the
		// owner's name in front so that the testdata can assert it.
		for _, check := range []string{"codeswitch", "rawexposure", "codeswitch"} {
			named := *pass
			named.Report = func(d analysis.Diagnostic) {
				d.Message = check + ": " + d.Message
				pass.Report(d)
			}
			r.ReportDirectives(&named, check)
		}
		if req, ign := r.PackageCodes(); len(req)+len(ign) > 0 {
			for _, f := range pass.Files {
				if f.Doc != nil {
					pass.Reportf(f.Package, "require %s; ignore %s", codeNames(req), codeNames(ign))
				}
			}
		}
		if !r.Relevant() {
			return nil, nil
		}
		for _, f := range pass.Files {
			pass.Reportf(f.Name.Pos(), "relevant package")
			ast.Inspect(f, func(n ast.Node) bool {
				switch e := n.(type) {
				case *ast.SwitchStmt:
					// Only what the Result adds to the package-level test:
					// constants that are codes by their values.
					var exprs []ast.Expr
					for _, st := range e.Body.List {
						if cc, ok := st.(*ast.CaseClause); ok {
							exprs = append(exprs, cc.List...)
						}
					}
					if r.CodeConstants(pass.TypesInfo, exprs) && !spid.CodeConstants(pass.TypesInfo, exprs) {
						pass.Reportf(e.Pos(), "cases are codes by value")
					}
				case *ast.CallExpr:
					if role := r.ExprRole(pass.TypesInfo, e); role != spid.RoleNone {
						pass.Reportf(e.Lparen, "call is %s", role)
					}
					if roles := r.OperationResults(typeutil.Callee(pass.TypesInfo, e)); roles != nil {
						names := make([]string, len(roles))
						for i, role := range roles {
							names[i] = role.String()
						}
						pass.Reportf(e.Lparen, "operation %s", strings.Join(names, ","))
					}
					if fn, ok := typeutil.Callee(pass.TypesInfo, e).(*types.Func); ok {
						if args, variadic, ok := r.Sink(fn); ok {
							pass.Reportf(e.Pos(), "sink %s", sinkText(args, variadic))
						}
					}
				case *ast.SelectorExpr:
					if role := r.ExprRole(pass.TypesInfo, e); role != spid.RoleNone {
						pass.Reportf(e.Pos(), "role %s", role)
					}
					return false
				case *ast.IndexExpr, *ast.TypeAssertExpr:
					if role := r.ExprRole(pass.TypesInfo, e.(ast.Expr)); role != spid.RoleNone {
						pass.Reportf(e.Pos(), "value is %s", role)
					}
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

func codeNames(set map[codes.ReturnCode]bool) string {
	var names []string
	for c := range set {
		names = append(names, c.String())
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

func sinkText(args []int, variadic bool) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprint(a)
	}
	s := strings.Join(parts, ",")
	if variadic {
		s += "..."
	}
	return s
}

// TestDirectives: a gateway package marks its code type and reply fields with
// directives, a ui package its sinks; the consumer package sees both through
// facts. The same shapes without directives are nothing; bad directives are
// reported once each, at the directive.
func TestDirectives(t *testing.T) {
	analysistest.Run(t, analyzertest.TestData(t), probe, "spiddirective/...")
}

// TestFlagsTakePrecedence: -messagefields names a field its directive calls
// a code field; the flag wins.
func TestFlagsTakePrecedence(t *testing.T) {
	if err := spid.Flags.Set("messagefields", "spidextra/precedence.Reply.Outcome"); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = spid.Flags.Set("messagefields", "") }()
	analysistest.Run(t, analyzertest.TestData(t), probe, "spidextra/precedence")
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

// TestRecognitionClasses runs the probe over one testdata tree per class
// of recognition, each with its negatives:
//   - spidshapes: code fields of any numeric or string shape, named by
//     json, xml or protobuf tags or by their Go names, in a client,
//     generated protobuf code and a consumer; the same shapes of another
//     vendor are nothing, nor a lone message or fields whose tags name
//     other things;
//   - spidaccess: protobuf getters and the consumer's own accessor methods
//     and functions have their field's role across packages, a getter
//     handing on a parse with its error (return strconv.Atoi(r.ErrorCode))
//     too; functions that only return constants, mix roles or return two
//     results have none;
//   - spidconv: a code keeps its role through conversions, strconv and
//     json.Number's methods, the message through conversions; len of the
//     message is nothing;
//   - spidnames: published constant names in any convention, typed or
//     untyped; port numbers and look-alikes with conflicting values are
//     nothing;
//   - spidevidence: evidence in function bodies and generated gRPC code;
//     another vendor's endpoint, prose and a view model are not;
//   - spidvendor: a response type named for another vendor the package
//     calls, or for the prefix of its look-alike codes, is not SurePassID's;
//     an oapi-codegen envelope of pointer fields beside codes named by
//     their values (ResultCodeN9003), aliased by the team or not, is; the
//     same generated shape of a provider with no signal is nothing;
//   - spidfilled: the fields of a client's error type filled from the code
//     and the message have their roles across packages; a view model and
//     a field filled with other numbers have none.
//   - spidloose: map lookups, type assertions, gjson getters and their
//     value methods named as the code or the message; the first result of
//     a (code, msg, err) helper; other keys, shapes that cannot hold the
//     value and a package with no signal are nothing.
//   - spidjsonpath: reads by key with jsonparser, fastjson, jsoniter and
//     the team's wrappers, member walks switching on the key, a code and
//     a message kept in private fields behind accessors (across packages),
//     constants named the team's way and valued like the codes; writers,
//     bool reads, lookups without a document, ports beside codes, a group
//     without Success and the same reads and look-alike enum in a package
//     with no signal are nothing.
//   - spidifaces: a client's (code, msg, err) methods, forwarding or with
//     named results, called through the consumer's own interface (across
//     packages) or a func field holding its method value; an interface
//     also implemented by another vendor's client gives nothing; an
//     interface, an interface literal or a func field with no client in
//     view is an operation by its name, its doc or the constants its code
//     is compared with (code, message and struct fields); a generic name,
//     another vendor's constants give nothing.
//   - spidforeign: another domain's enums sharing numbers and a few names
//     with the published list, each giving a published value a name of
//     its own, in packages with no evidence (a rollout's halt reasons, a
//     printer's status words, a replication errno) are nothing; a team's
//     mirror naming every value like its code, a generated enum whose
//     published names outweigh one foreign name, and the same foreign
//     name in a package with evidence or under a doc naming SurePassID
//     are codes.
//   - spidsets: codes kept as the fields of a package-level value (a
//     keyed struct literal, a map keyed by the names), read directly,
//     across packages and through an alias; a struct of timeouts, a value
//     the package writes, a tracking provider's look-alike and a card
//     acquirer's value with published names are nothing.
func TestRecognitionClasses(t *testing.T) {
	for _, tree := range []string{"spidshapes", "spidaccess", "spidconv", "spidnames", "spidevidence", "spidvendor", "spidfilled", "spidloose", "spidjsonpath", "spidifaces", "spidforeign", "spidsets"} {
		t.Run(tree, func(t *testing.T) {
			analysistest.Run(t, analyzertest.TestData(t), probe, tree+"/...")
		})
	}
}
