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

	"github.com/surepasslint/surepasslint/internal/sarif"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// writeText is a plain `surepasslint [flags] packages`: the errors, then one
// line per finding ending with the check that reported it, as staticcheck
// does, on standard error:
//
//	web/login.go:48:3: raw SurePassID errorMessage (from surepass.SendOTP) written to the HTTP response (rawexposure)
//	web/login.go:47:12: 	the raw errorMessage comes from here
//	surepasslint: 2 findings, 2 with a suggested fix: surepasslint -fix -diff ./... shows them, -fix applies them
func writeText(c cli, args []string, r *vetRun) int {
	printErrors(os.Stderr, r.errors)
	n, fixable := printFindings(os.Stderr, r.findings, c.context)
	if len(r.errors) > 0 {
		fmt.Fprintf(os.Stderr, "surepasslint: %s above: what it names was not analysed\n", plural(len(r.errors), "error"))
	}
	if fixable > 0 {
		fmt.Fprintf(os.Stderr, "surepasslint: %s, %d with a suggested fix: surepasslint -fix -diff %s shows %s, -fix applies %[4]s\n",
			plural(n, "finding"), fixable, strings.Join(args, " "), cond(fixable == 1, "it", "them"))
	}
	return exitStatus(n, len(r.errors) > 0)
}

// printErrors prints the errors as the go command does: each package's
// under a "# package" line.
func printErrors(w io.Writer, errs []pkgError) {
	for _, e := range errs {
		fmt.Fprintln(w, e)
	}
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
// test variant may be analysed twice), in file and line order, and returns
// how many it printed and how many of those have a suggested fix.
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
			if !pos.IsValid() {
				continue
			}
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
// go vet's -c does.
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
		if r, err := filepath.Rel(wd, pos.Filename); err == nil && filepath.IsLocal(r) {
			pos.Filename = r
		}
	}
	return pos.String()
}
