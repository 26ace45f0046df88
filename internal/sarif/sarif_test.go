package sarif_test

import (
	"bytes"
	"encoding/json"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	hs "honnef.co/go/tools/sarif"

	"github.com/surepasslint/surepasslint/internal/sarif"
	"github.com/surepasslint/surepasslint/internal/sarif/sariftest"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

const src = `package login

func message(resp Response) string {
	// «Ünïcode» before the finding moves UTF-16 columns away from bytes: 🔐
	s := "🔐" + resp.ErrorMessage
	return s
}
`

const codeswitchDoc = `report a switch over SurePassID return codes that fails open

A default branch that lets the login through treats every unlisted code as
success.

Before:

	default:
		return nil
`

// fixture parses src in a temporary source root and returns the root, the
// file set and the file.
func fixture(t *testing.T) (string, *token.FileSet, *token.File) {
	root := t.TempDir()
	dir := filepath.Join(root, "internal", "login dir")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "login.go")
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	if _, err := parser.ParseFile(fset, name, nil, parser.ParseComments); err != nil {
		t.Fatal(err)
	}
	var tf *token.File
	fset.Iterate(func(f *token.File) bool { tf = f; return false })
	return root, fset, tf
}

// at returns the position of the first occurrence of s in src.
func at(t *testing.T, tf *token.File, s string) token.Pos {
	off := strings.Index(src, s)
	if off < 0 {
		t.Fatalf("fixture lacks %q", s)
	}
	return tf.Pos(off)
}

func build(t *testing.T) (*sarif.Log, []byte) {
	root, fset, tf := fixture(t)
	checks := []*analysis.Analyzer{
		{Name: "codeswitch", Doc: codeswitchDoc},
		{Name: "newcheck", Doc: "report something new", URL: "https://example.com/newcheck"},
	}
	msg := at(t, tf, "resp.ErrorMessage")
	exposure := analysis.Diagnostic{
		Pos:     msg,
		End:     msg + token.Pos(len("resp.ErrorMessage")),
		Message: "raw SurePassID errorMessage reaches the user",
		Related: []analysis.RelatedInformation{{Pos: at(t, tf, "resp Response"), Message: "the response comes from here"}},
		SuggestedFixes: []analysis.SuggestedFix{{
			Message: "show codes.UserMessage instead",
			TextEdits: []analysis.TextEdit{
				{Pos: msg, End: msg + token.Pos(len("resp.ErrorMessage")), NewText: []byte("codes.UserMessage(resp.ErrorCode)")},
				{Pos: at(t, tf, "return s"), NewText: []byte("// reviewed\n\t")},
			},
		}},
	}
	findings := []sarif.Finding{
		{Check: "newcheck", Fset: fset, Diagnostic: exposure},
		{Check: "newcheck", Fset: fset, Diagnostic: exposure}, // the test variant's copy
		{Check: "codeswitch", Fset: fset, Diagnostic: analysis.Diagnostic{
			Pos: at(t, tf, "// «"), Category: suppress.Category,
			Message: "//lint:ignore suppresses no codeswitch finding; remove it",
		}},
	}
	log := sarif.Build(checks, findings, sarif.Options{
		Version:         "v0.1.0",
		SemanticVersion: "0.1.0",
		Root:            root,
		Invocation:      &sarif.Invocation{Arguments: []string{"-sarif", "./..."}, ExecutionSuccessful: false},
		Errors: []sarif.Error{
			{Message: "example.com/shop/web: web/login.go:1:1: expected 'package', found x", Fset: fset, Pos: tf.Pos(0)},
			{Message: "pattern ./nosuch: directory not found"},
		},
	})
	var buf bytes.Buffer
	if err := log.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return log, buf.Bytes()
}

func TestValidUnderTheSchema(t *testing.T) {
	_, data := build(t)
	sariftest.Validate(t, data)
}

// TestVersionAndErrors: the driver's version is the version alone, with
// semanticVersion; each error is an error notification of the invocation,
// located when it has a position.
func TestVersionAndErrors(t *testing.T) {
	log, _ := build(t)
	run := log.Runs[0]
	if d := run.Tool.Driver; d.Version != "v0.1.0" || d.SemanticVersion != "0.1.0" {
		t.Errorf("driver version %q, semanticVersion %q", d.Version, d.SemanticVersion)
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 2 {
		t.Fatalf("invocation: %+v", inv)
	}
	located, bare := inv.ToolExecutionNotifications[0], inv.ToolExecutionNotifications[1]
	if located.Level != "error" || len(located.Locations) != 1 || located.Locations[0].PhysicalLocation.ArtifactLocation.URI != "internal/login%20dir/login.go" ||
		located.Locations[0].PhysicalLocation.Region.StartLine != 1 {
		t.Errorf("located error: %+v", located)
	}
	if bare.Level != "error" || len(bare.Locations) != 0 || bare.Message.Text != "pattern ./nosuch: directory not found" {
		t.Errorf("error without a position: %+v", bare)
	}
}

func TestRules(t *testing.T) {
	log, _ := build(t)
	rules := log.Runs[0].Tool.Driver.Rules
	if len(rules) != 3 {
		t.Fatalf("got %d rules, want codeswitch, newcheck and lintignore", len(rules))
	}
	cs := rules[0]
	if cs.ID != "codeswitch" || cs.Name != "FailOpenReturnCodeSwitch" ||
		cs.ShortDescription.Text != "Report a switch over SurePassID return codes that fails open" ||
		cs.FullDescription.Text != "A default branch that lets the login through treats every unlisted code as success." ||
		!strings.Contains(cs.Help.Text, "Before:") || !strings.Contains(cs.Help.Markdown, "\tdefault:\n\t\treturn nil") ||
		cs.HelpURI != "https://pkg.go.dev/github.com/surepasslint/surepasslint/analyzer/codeswitch" ||
		cs.DefaultConfiguration.Level != "error" || cs.Properties.SecuritySeverity != "8.1" ||
		cs.Properties.Tags[0] != "security" {
		t.Errorf("codeswitch rule: %+v", cs)
	}
	nc := rules[1]
	if nc.Name != "newcheck" || nc.HelpURI != "https://example.com/newcheck" || nc.Properties.SecuritySeverity == "" ||
		nc.FullDescription.Text != "report something new" {
		t.Errorf("a check with no metadata row should get usable defaults: %+v", nc)
	}
	if li := rules[2]; li.ID != "lintignore" || li.DefaultConfiguration.Level != "note" || li.Properties.SecuritySeverity != "" {
		t.Errorf("lintignore rule: %+v", li)
	}
}

func TestResults(t *testing.T) {
	log, _ := build(t)
	run := log.Runs[0]
	if len(run.Results) != 2 {
		t.Fatalf("got %d results, want 2 (the duplicate dropped)", len(run.Results))
	}
	if got := run.OriginalURIBaseIDs[sarif.SrcRoot].URI; !strings.HasPrefix(got, "file:///") || !strings.HasSuffix(got, "/") {
		t.Errorf("%%SRCROOT%% = %q, want a file URI of a directory", got)
	}

	li, ex := run.Results[0], run.Results[1]
	if li.RuleID != "lintignore" || li.Level != "note" || li.Locations[0].PhysicalLocation.Region.StartLine != 4 {
		t.Errorf("directive report: %+v", li)
	}

	loc := ex.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "internal/login%20dir/login.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifact = %+v, want a relative, escaped URI based on %%SRCROOT%%", loc.ArtifactLocation)
	}
	// `	s := "🔐" + resp.ErrorMessage`: a tab, 6 ASCII, a surrogate pair
	// (2 UTF-16 units, 4 bytes), 4 ASCII, then the finding.
	if r := loc.Region; r.StartLine != 5 || r.StartColumn != 14 || r.EndLine != 5 || r.EndColumn != 31 {
		t.Errorf("region = %+v, want 5:14-5:31 in UTF-16 code units", r)
	}
	if ex.RuleID != "newcheck" || ex.Level != "warning" || ex.Message.Text != "raw SurePassID errorMessage reaches the user" {
		t.Errorf("finding: %+v", ex)
	}
	if len(ex.RelatedLocations) != 1 || ex.RelatedLocations[0].ID != 1 || ex.RelatedLocations[0].Message.Text != "the response comes from here" ||
		ex.RelatedLocations[0].PhysicalLocation.Region.StartLine != 3 {
		t.Errorf("related: %+v", ex.RelatedLocations)
	}
	if len(ex.Fixes) != 1 || len(ex.Fixes[0].ArtifactChanges) != 1 {
		t.Fatalf("fixes: %+v", ex.Fixes)
	}
	fix := ex.Fixes[0]
	reps := fix.ArtifactChanges[0].Replacements
	if fix.Description.Text != "show codes.UserMessage instead" || len(reps) != 2 ||
		reps[0].InsertedContent.Text != "codes.UserMessage(resp.ErrorCode)" || reps[0].DeletedRegion.StartColumn != 14 ||
		reps[1].DeletedRegion != (hs.Region{StartLine: 6, StartColumn: 2, EndLine: 6, EndColumn: 2}) {
		t.Errorf("fix: %+v", fix)
	}
}

func TestFileOutsideTheRootHasAnAbsoluteURI(t *testing.T) {
	_, fset, tf := fixture(t)
	log := sarif.Build(nil, []sarif.Finding{{Check: "x", Fset: fset, Diagnostic: analysis.Diagnostic{Pos: tf.Pos(0), Message: "m"}}},
		sarif.Options{Root: t.TempDir()})
	al := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	if !strings.HasPrefix(al.URI, "file:///") || al.URIBaseID != "" {
		t.Errorf("artifact = %+v, want an absolute file URI", al)
	}
	var buf bytes.Buffer
	if err := log.Write(&buf); err != nil {
		t.Fatal(err)
	}
	sariftest.Validate(t, buf.Bytes())
}

func TestEmptyRunIsValid(t *testing.T) {
	var buf bytes.Buffer
	if err := sarif.Build(nil, nil, sarif.Options{}).Write(&buf); err != nil {
		t.Fatal(err)
	}
	sariftest.Validate(t, buf.Bytes())
	var raw map[string]any
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	if results := raw["runs"].([]any)[0].(map[string]any)["results"]; results == nil {
		t.Error(`an empty run must say "results": [] so code scanning closes fixed alerts`)
	}
}
