package main

import (
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/internal/sarif"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// runText is a plain `surepasslint [flags] packages`: the same load and
// analysis as -sarif, printed as text on standard error, one line per
// finding ending with the check that reported it, as staticcheck does:
//
//	web/login.go:48:3: raw SurePassID errorMessage (from surepass.SendOTP) written to the HTTP response (rawexposure)
//	web/login.go:47:12: 	the raw errorMessage comes from here
//	surepasslint: 2 findings, 2 with a suggested fix: surepasslint -fix -diff ./... shows them, -fix applies them
//
// The name is added here, not to the diagnostic: golangci-lint, gopls and
// the language server show it themselves. multichecker still serves -fix,
// -diff, -json, -flags, -V, the debugging flags and go vet.
func runText(args []string, checks []*analysis.Analyzer) int {
	rf, code, ok := parseRun("", args, checks)
	if !ok {
		return code
	}
	findings, problems := analyse(rf.patterns, rf.checks, rf.test)
	if problems != nil {
		fmt.Fprintf(os.Stderr, "surepasslint: %v\n", problems)
	}
	n, fixable := printFindings(os.Stderr, findings, rf.context)
	if fixable > 0 {
		fmt.Fprintf(os.Stderr, "surepasslint: %s, %d with a suggested fix: surepasslint -fix -diff %s shows %s, -fix applies %[4]s\n",
			plural(n, "finding"), fixable, strings.Join(args, " "), cond(fixable == 1, "it", "them"))
	}
	return exitStatus(n, problems)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func cond[T any](c bool, a, b T) T {
	if c {
		return a
	}
	return b
}

// printFindings prints each finding once (a file of a package and of its
// test variant is analysed twice), in file and line order, and returns how
// many it printed and how many of those have a suggested fix.
func printFindings(w io.Writer, findings []sarif.Finding, context int) (n, fixable int) {
	type line struct {
		pos, end token.Position
		check    string
		d        analysis.Diagnostic
		fset     *token.FileSet
	}
	seen := map[string]bool{}
	var lines []line
	for _, f := range findings {
		check := f.Check
		if f.Diagnostic.Category == suppress.Category {
			check = suppress.Category
		}
		l := line{f.Fset.Position(f.Diagnostic.Pos), f.Fset.Position(f.Diagnostic.End), check, f.Diagnostic, f.Fset}
		key := fmt.Sprint(l.pos, l.end, check, f.Diagnostic.Message)
		if seen[key] {
			continue
		}
		seen[key] = true
		lines = append(lines, l)
	}
	sort.SliceStable(lines, func(i, j int) bool {
		a, b := lines[i].pos, lines[j].pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	wd, _ := os.Getwd()
	for _, l := range lines {
		fmt.Fprintf(w, "%s: %s (%s)\n", relPos(wd, l.pos), l.d.Message, l.check)
		printContext(w, l.pos, l.end, context)
		for _, r := range l.d.Related {
			pos := l.fset.Position(r.Pos)
			fmt.Fprintf(w, "%s: \t%s\n", relPos(wd, pos), r.Message)
			printContext(w, pos, l.fset.Position(r.End), context)
		}
		if len(l.d.SuggestedFixes) > 0 {
			fixable++
		}
	}
	return len(lines), fixable
}

// printContext prints the lines of pos..end with n lines around, as
// multichecker's -c does.
func printContext(w io.Writer, pos, end token.Position, n int) {
	if n < 0 || !pos.IsValid() {
		return
	}
	if !end.IsValid() {
		end = pos
	}
	data, _ := os.ReadFile(pos.Filename)
	src := strings.Split(string(data), "\n")
	for i := pos.Line - n; i <= end.Line+n; i++ {
		if 1 <= i && i <= len(src) {
			fmt.Fprintf(w, "%d\t%s\n", i, src[i-1])
		}
	}
}

// relPos spells a position relative to the working directory when the
// file is under it.
func relPos(wd string, pos token.Position) string {
	if wd != "" && filepath.IsAbs(pos.Filename) {
		if r, err := filepath.Rel(wd, pos.Filename); err == nil && !strings.HasPrefix(r, "..") {
			pos.Filename = r
		}
	}
	return pos.String()
}

// printErrors prints the errors of pkgs and their dependencies, each once,
// and returns how many it printed. go list reports a package that does not
// compile as one error holding the compiler's output ("# pkg" and its
// lines), and the type checker reports the same errors again, with
// absolute paths, for the package and for its test variant: the type
// checker's are printed, once, and the compiler's output only when it
// says something they do not.
func printErrors(w io.Writer, pkgs []*packages.Package) int {
	wd, _ := os.Getwd()
	abs := func(pos string) string {
		if pos == "" || pos == "-" || filepath.IsAbs(pos) || wd == "" {
			return pos
		}
		return filepath.Join(wd, pos)
	}
	said := map[string]bool{} // "abs/file.go:3:12: message" of the type checker's errors
	for pkg := range packages.Postorder(pkgs) {
		for _, e := range pkg.Errors {
			if e.Kind != packages.ListError {
				said[abs(e.Pos)+": "+e.Msg] = true
			}
		}
	}
	covered := func(msg string) bool {
		rest, ok := strings.CutPrefix(msg, "# ")
		if !ok {
			return false
		}
		lines := strings.Split(strings.TrimSpace(rest), "\n")[1:]
		for _, l := range lines {
			pos, m, ok := cutPos(l)
			if !ok || !said[abs(pos)+": "+m] {
				return false
			}
		}
		return len(lines) > 0
	}
	n := 0
	printed := map[string]bool{}
	modules := map[*packages.Module]bool{}
	for pkg := range packages.Postorder(pkgs) {
		for _, e := range pkg.Errors {
			if e.Kind == packages.ListError && (e.Pos == "" || e.Pos == "-") && covered(e.Msg) {
				continue
			}
			key := abs(e.Pos) + ": " + e.Msg
			if printed[key] {
				continue
			}
			printed[key] = true
			if e.Pos == "" || e.Pos == "-" {
				fmt.Fprintln(w, e.Msg)
			} else {
				fmt.Fprintf(w, "%s: %s\n", relFile(wd, e.Pos), e.Msg)
			}
			n++
		}
		if m := pkg.Module; m != nil && m.Error != nil && !modules[m] {
			modules[m] = true
			fmt.Fprintln(w, m.Error.Err)
			n++
		}
	}
	return n
}

// cutPos splits a compiler error line "file.go:3:12: message".
func cutPos(l string) (pos, msg string, ok bool) {
	i := strings.Index(l, ".go:")
	if i < 0 {
		return "", "", false
	}
	j := strings.Index(l[i+len(".go:"):], ": ")
	if j < 0 {
		return "", "", false
	}
	j += i + len(".go:")
	return l[:j], l[j+2:], true
}

// relFile is relPos for a "file:line:col" string.
func relFile(wd, pos string) string {
	if wd != "" && filepath.IsAbs(pos) {
		if r, err := filepath.Rel(wd, pos); err == nil && !strings.HasPrefix(r, "..") {
			return r
		}
	}
	return pos
}
