package explain_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/explain"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// doc is written the way a check's doc.go package comment is.
const doc = `report a switch over SurePassID return codes that fails open

A switch over a SurePassID return code whose default branch lets the
login through treats every code it does not name as success.

# Example

Before:

	switch resp.ErrorCode {
	case codes.OTPInvalid:
		return errDenied
	default:
		return nil
	}

After:

	switch resp.ErrorCode {
	case codes.Success:
		return nil
	default:
		return errDenied
	}
`

func check() *analysis.Analyzer {
	a := &analysis.Analyzer{Name: "codeswitch", Doc: doc, Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	a.Flags.Bool("strict", false, "also report switches with no default")
	return a
}

func TestParse(t *testing.T) {
	d := explain.Parse(doc)
	if want := "report a switch over SurePassID return codes that fails open"; d.Title != want {
		t.Errorf("Title = %q, want %q", d.Title, want)
	}
	if want := "A switch over a SurePassID return code whose default branch lets the login through treats every code it does not name as success."; d.Summary() != want {
		t.Errorf("Summary = %q, want %q", d.Summary(), want)
	}
	md := d.Markdown()
	for _, want := range []string{"### Example", "\tswitch resp.ErrorCode {", "\t\treturn errDenied"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestSummaryOfATitleOnlyDoc(t *testing.T) {
	if got := explain.Parse("report things\n").Summary(); got != "report things" {
		t.Errorf("Summary = %q", got)
	}
}

func TestPage(t *testing.T) {
	page := explain.Page(check())
	for _, want := range []string{
		"codeswitch: report a switch over SurePassID return codes that fails open\n",
		"Before:", "After:", "\tcase codes.Success:\n",
		"-codeswitch.strict", "also report switches with no default",
		"//lint:ignore codeswitch <why this finding is safe>",
		"More: " + explain.URLPrefix + "codeswitch\n",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q:\n%s", want, page)
		}
	}
}

func TestURL(t *testing.T) {
	a := check()
	a.URL = "https://example.com/codeswitch"
	if got := explain.URL(a); got != a.URL {
		t.Errorf("URL = %q, want the Analyzer's own", got)
	}
}

func TestFind(t *testing.T) {
	list := []*analysis.Analyzer{check(), {Name: "rawexposure"}}
	if a, err := explain.Find("rawexposure", list); err != nil || a.Name != "rawexposure" {
		t.Fatalf("Find(rawexposure) = %v, %v", a, err)
	}
	_, err := explain.Find("codeswtich", list)
	if err == nil || err.Error() != `unknown check "codeswtich"; known checks: codeswitch, rawexposure` {
		t.Errorf("Find(codeswtich) error = %v", err)
	}
	if _, err := explain.Find("x", nil); err == nil || !strings.HasSuffix(err.Error(), "known checks: (none)") {
		t.Errorf("Find in an empty list: error = %v", err)
	}
}

func ExamplePage() {
	a := &analysis.Analyzer{Name: "rawexposure", Doc: "report raw SurePassID messages shown to users\n\nThe errorMessage field echoes what the user typed.\n"}
	fmt.Print(explain.Page(a))
	// Output:
	// rawexposure: report raw SurePassID messages shown to users
	//
	// The errorMessage field echoes what the user typed.
	//
	// Suppress one finding, with the reason, on the line before it:
	//
	//   //lint:ignore rawexposure <why this finding is safe>
	//
	// More: https://pkg.go.dev/github.com/surepasslint/surepasslint/analyzer/rawexposure
}

func TestPageOfTheDirectivesThemselves(t *testing.T) {
	page := explain.Page(&analysis.Analyzer{Name: suppress.Category, Doc: suppress.Doc, URL: suppress.URL})
	if strings.Contains(page, "//lint:ignore lintignore") {
		t.Errorf("the lintignore page suggests suppressing lintignore:\n%s", page)
	}
	if !strings.Contains(page, "Before:") || !strings.Contains(page, "//nolint:surepasslint // reason") {
		t.Errorf("the lintignore page lacks its example or the golangci-lint note:\n%s", page)
	}
}

func TestParsePackageCommentTitle(t *testing.T) {
	d := explain.Parse("Package rawexposure reports raw SurePassID messages and return codes reaching\nend users.\n\nBody.\n")
	if want := "reports raw SurePassID messages and return codes reaching end users."; d.Title != want {
		t.Errorf("Title = %q, want %q", d.Title, want)
	}
	if d.Summary() != "Body." {
		t.Errorf("Summary = %q", d.Summary())
	}
}

// TestLimitsLast: a "# Known limits" section is printed last, after the
// flags and the suppression hint, wherever the doc has it.
func TestLimitsLast(t *testing.T) {
	a := check()
	a.Doc = "report things\n\nWhat it does.\n\n# Known limits\n\nIt misses closures.\n\n# Fix\n\nThe fix.\n"
	page := explain.Page(a)
	want := "\n# Known limits\n\nIt misses closures.\n"
	if !strings.HasSuffix(page, want) {
		t.Errorf("page does not end with its known limits %q:\n%s", want, page)
	}
	if !strings.Contains(page, "# Fix\n\nThe fix.\n") || strings.Count(page, "Known limits") != 1 {
		t.Errorf("the other sections are lost or the limits printed twice:\n%s", page)
	}
}

// TestEveryCheckEndsWithItsLimits: the -explain page of every check of
// analyzer/all ends with a non-empty "# Known limits" section.
func TestEveryCheckEndsWithItsLimits(t *testing.T) {
	for _, a := range all.Analyzers() {
		page := explain.Page(a)
		i := strings.LastIndex(page, "\n# ")
		if i < 0 {
			t.Errorf("%s: -explain has no section", a.Name)
			continue
		}
		last := page[i+1:]
		heading, body, _ := strings.Cut(last, "\n")
		if heading != "# "+explain.LimitsHeading || strings.TrimSpace(body) == "" {
			t.Errorf("%s: the last section of -explain is %q, want a non-empty %q:\n%s", a.Name, heading, "# "+explain.LimitsHeading, last)
		}
		for _, s := range []string{"\nFlags:\n", "\nSuppress one finding", "\nMore: "} {
			if strings.Contains(last, s) {
				t.Errorf("%s: %q comes after the known limits", a.Name, strings.TrimSpace(s))
			}
		}
	}
}
