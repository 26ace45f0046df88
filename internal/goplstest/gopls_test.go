package goplstest

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// demoFindings are the demo's two findings (README, internal/demotest):
// rawexposure's comes from a client wrapper in another package, through
// gopls' own fact machinery.
var demoFindings = []string{
	"web/login.go:25:2 codeswitch: fail-open switch over SurePassID return codes",
	"web/login.go:48:3 rawexposure: raw SurePassID errorMessage (from surepass.SendOTP) written to the HTTP response",
}

// TestGopls runs gopls built with the checks (scripts/build-gopls.sh) on
// each fixture module and requires exactly the CLI's findings, with the
// check name, severity, related information, documentation link and one
// quick fix each, through `gopls check`, `gopls codeaction -exec` and an
// LSP session; the "analyses" setting turns each check off; //lint:ignore
// works as in the CLI.
func TestGopls(t *testing.T) {
	bin := gopls(t)
	cli(t)
	if out, err := exec.Command(bin, "version").CombinedOutput(); err != nil || !strings.Contains(string(out), " "+goplsVersion+"+surepasslint") {
		t.Errorf("gopls version: %v %s, want %s+surepasslint", err, out, goplsVersion)
	}
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dir := copyFixture(t, f)
			want := cliFindings(t, dir)
			if len(want) == 0 {
				t.Fatalf("the CLI reports nothing on %s, so it cannot show that gopls runs the checks", f.name)
			}
			if f.name == fixtureDirs[0] {
				var got []string
				for _, w := range want {
					got = append(got, w.String())
				}
				for i, d := range demoFindings {
					if i >= len(got) || !strings.HasPrefix(got[i], d) {
						t.Fatalf("the CLI reports on the demo:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(demoFindings, "\n  "))
					}
				}
			}
			files := goFiles(t, dir)
			if marked := wantComments(t, dir, files); marked != nil {
				// The fixture says what every driver must report: the CLI
				// must agree before it can be the reference.
				var got []string
				for _, w := range want {
					got = append(got, fmt.Sprintf("%s:%d %s", w.file, w.line, w.check))
				}
				slices.Sort(got)
				if !slices.Equal(got, marked) {
					t.Fatalf("the CLI reports on %s:\n  %s\nwant (its // want comments):\n  %s", f.name, strings.Join(got, "\n  "), strings.Join(marked, "\n  "))
				}
			}

			t.Run("gopls check", func(t *testing.T) { goplsCheck(t, bin, dir, files, want) })

			t.Run("diagnostics and quick fixes", func(t *testing.T) {
				s := startGopls(t, bin, dir, nil)
				got := ours(s.diagnose(files))
				matchFindings(t, dir, got, want)
				for _, w := range want {
					d, ok := findDiagnostic(dir, got, w)
					if !ok {
						continue // reported by matchFindings
					}
					var fixes []lspCodeAction
					for _, a := range s.quickFixes(w.file, d) {
						if slices.ContainsFunc(a.Diagnostics, func(x lspDiagnostic) bool { return x.Source == d.Source && x.Message == d.Message }) {
							fixes = append(fixes, a)
						}
					}
					if len(w.fixes) == 0 {
						if len(fixes) > 0 {
							t.Errorf("%v: gopls offers %d quick fixes, the CLI none", w, len(fixes))
						}
						continue
					}
					if len(fixes) != 1 {
						t.Errorf("%v: gopls offers %d quick fixes, want 1: %+v", w, len(fixes), fixes)
						continue
					}
					if fixes[0].Title != w.fixes[0].Message {
						t.Errorf("%v: quick fix %q, want the CLI's %q", w, fixes[0].Title, w.fixes[0].Message)
					}
					path, wantText := cliFixed(t, dir, w)
					edits := s.resolve(fixes[0]).edits()
					if len(edits) != 1 || edits[fileURI(path)] == nil {
						t.Errorf("%v: the quick fix edits %d files, want only %s", w, len(edits), w.file)
						continue
					}
					text, _ := os.ReadFile(path)
					gotText, err := applyLSP(text, edits[fileURI(path)])
					if err != nil {
						t.Errorf("%v: the quick fix's edits: %v", w, err)
					} else if !bytes.Equal(gotText, wantText) {
						t.Errorf("%v: the quick fix yields\n%s\nwant (surepasslint -fix)\n%s", w, gotText, wantText)
					}
				}
				s.shutdown()
			})

			t.Run("analyses turns a check off", func(t *testing.T) {
				// One session, the setting changed as a user changes it in
				// the editor (workspace/didChangeConfiguration): each check
				// off in turn, then all on again. (Explicitly on: gopls
				// keeps an analyses entry a later configuration leaves out.)
				s := startGopls(t, bin, dir, nil)
				for _, a := range append(all.Analyzers(), nil) {
					analyses := map[string]any{}
					var rest []finding
					for _, w := range want {
						if a == nil || w.check != a.Name {
							rest = append(rest, w)
						}
					}
					for _, b := range all.Analyzers() {
						analyses[b.Name] = b != a
					}
					if a != nil {
						t.Logf(`"analyses": {%q: false}: %d of %d findings left`, a.Name, len(rest), len(want))
					}
					s.configure(map[string]any{"analyses": analyses})
					matchFindings(t, dir, ours(s.diagnose(files)), rest)
				}
				s.shutdown()
			})

			t.Run("gopls codeaction -exec", func(t *testing.T) {
				// The first fixable finding of each check, each in a fresh
				// copy (a fix moves the positions of the others).
				seen := map[string]bool{}
				for _, w := range want {
					if len(w.fixes) == 0 || seen[w.check] {
						continue
					}
					seen[w.check] = true
					codeactionExec(t, bin, copyFixture(t, f), w)
				}
			})
		})
	}

	t.Run("lint:ignore", func(t *testing.T) { lintIgnore(t, bin) })
}

// goplsCheck runs `gopls check` on the module's files: its output holds
// each finding, at the CLI's position, and its related information.
func goplsCheck(t testing.TB, bin, dir string, files []string, want []finding) {
	cmd := exec.Command(bin, append([]string{"check"}, files...)...)
	cmd.Dir, cmd.Env = dir, goplsEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("gopls check: %v\n%s", err, out)
	}
	lines := strings.Split(string(out), "\n")
	for _, w := range want {
		// file:line:col-endcol: message, then "file:line:col: - related".
		at := regexp.QuoteMeta(fmt.Sprintf("%s:%d:%d", filepath.Join(dir, w.file), w.line, w.col))
		re := regexp.MustCompile(`^` + at + `(-[0-9:]+)?: ` + regexp.QuoteMeta(w.message) + `$`)
		i := slices.IndexFunc(lines, re.MatchString)
		if i < 0 {
			t.Errorf("gopls check does not print %v\noutput:\n%s", w, out)
			continue
		}
		for j, r := range w.related {
			rel := regexp.MustCompile(`^` + regexp.QuoteMeta(fmt.Sprintf("%s:%d:", r.file, r.line)) + `.*: - ` + regexp.QuoteMeta(r.message) + `$`)
			if i+1+j >= len(lines) || !rel.MatchString(lines[i+1+j]) {
				t.Errorf("gopls check does not print, after %v, its related %s:%d: %s\noutput:\n%s", w, r.file, r.line, r.message, out)
			}
		}
	}
	if t.Failed() {
		return
	}
	t.Logf("gopls check %s:\n%s", strings.Join(files, " "), out)
}

// codeactionExec applies w's quick fix with `gopls codeaction -exec`: first
// -diff, which changes nothing, then -write; the result is the CLI's fix and
// builds and vets.
func codeactionExec(t testing.TB, bin, dir string, w finding) {
	t.Helper()
	// w as the CLI reports it in this copy of the module.
	fresh := cliFindings(t, dir)
	i := slices.IndexFunc(fresh, func(f finding) bool { return f.String() == w.String() })
	if i < 0 {
		t.Fatalf("the CLI does not report %v in a fresh copy", w)
	}
	w = fresh[i]
	path, wantText := cliFixed(t, dir, w)
	before, _ := os.ReadFile(path)
	count := func() (k int) {
		for _, f := range cliFindings(t, dir) {
			if f.check == w.check {
				k++
			}
		}
		return k
	}
	unfixed := count()
	at := fmt.Sprintf("%s:%d:%d", w.file, w.line, w.col)
	run := func(flag string) string {
		args := []string{"codeaction", "-kind=quickfix", "-title=^" + regexp.QuoteMeta(w.fixes[0].Message) + "$", "-exec", flag, at}
		cmd := exec.Command(bin, args...)
		cmd.Dir, cmd.Env = dir, goplsEnv()
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("gopls %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		t.Logf("gopls %s:\n%s", strings.Join(args, " "), out)
		return string(out)
	}
	diff := run("-diff")
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Fatalf("gopls codeaction -exec -diff changed %s", w.file)
	}
	var added int
	for _, line := range strings.Split(diff, "\n") {
		if strings.HasPrefix(line, "+") && !strings.HasPrefix(line, "+++") {
			added++
			if !bytes.Contains(wantText, []byte(line[1:])) {
				t.Errorf("%v: gopls codeaction -exec -diff adds %q, which surepasslint -fix does not", w, line[1:])
			}
		}
	}
	if added == 0 {
		t.Fatalf("%v: gopls codeaction -exec -diff shows no added line:\n%s", w, diff)
	}
	run("-write")
	if got, _ := os.ReadFile(path); !bytes.Equal(got, wantText) {
		t.Fatalf("%v: gopls codeaction -exec -write yields\n%s\nwant (surepasslint -fix)\n%s", w, got, wantText)
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		if out, err := goCmd(dir, args...); err != nil {
			t.Errorf("go %s after the fix of %v: %v\n%s", strings.Join(args, " "), w, err, out)
		}
	}
	if left := count(); left != unfixed-1 {
		t.Errorf("%v: after the fix the CLI reports %d %s findings, want %d", w, left, w.check, unfixed-1)
	}
}

// lintIgnore: //lint:ignore in gopls as in the CLI. On the demo, a directive
// with a reason suppresses the codeswitch finding, one without a reason
// suppresses nothing and is reported, and one that covers no finding is
// reported as stale; gopls shows exactly what the CLI shows.
func lintIgnore(t testing.TB, bin string) {
	dir := copyFixture(t, fixtures(t)[0])
	path := filepath.Join(dir, "web", "login.go")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	insert := map[int]string{ // before these 1-based lines of the demo
		25: "\t//lint:ignore codeswitch the caller denies every other code; audited in TestVerifyOTP",
		39: "\t\t//lint:ignore codeswitch no switch here any more",
		48: "\t\t//lint:ignore rawexposure",
	}
	for _, n := range []int{25, 39, 48} {
		if !strings.Contains(lines[n-1], map[int]string{25: "switch resp.Code", 39: "http.Error", 48: "http.Error"}[n]) {
			t.Fatalf("testdata/demo/web/login.go:%d changed: %q", n, lines[n-1])
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if d, ok := insert[i+1]; ok {
			b.WriteString(d + "\n")
		}
		b.WriteString(l)
		if i < len(lines)-1 {
			b.WriteString("\n")
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	want := cliFindings(t, dir)
	var keys []string
	for _, w := range want {
		keys = append(keys, fmt.Sprintf("%s:%d %s: %s", w.file, w.line, w.check, w.message))
	}
	wantKeys := []string{
		"web/login.go:40 codeswitch: //lint:ignore suppresses no codeswitch finding; remove it",
		"web/login.go:50 rawexposure: //lint:ignore needs a reason: //lint:ignore rawexposure <why this finding is safe>",
		"web/login.go:51 rawexposure: raw SurePassID errorMessage (from surepass.SendOTP) written to the HTTP response",
	}
	if !slices.Equal(keys, wantKeys) {
		t.Fatalf("the CLI on the demo with directives:\n  %s\nwant:\n  %s", strings.Join(keys, "\n  "), strings.Join(wantKeys, "\n  "))
	}
	s := startGopls(t, bin, dir, nil)
	got := ours(s.diagnose(goFiles(t, dir)))
	s.shutdown()
	matchFindings(t, dir, got, want)
}

var wantComment = regexp.MustCompile(`// want (\w+)$`)

// wantComments returns the "file:line check" of each "// want <check>"
// comment ending a line of files (the convention of testdata/golangci and
// the configuration fixture), sorted; nil if there are none.
func wantComments(t testing.TB, dir string, files []string) []string {
	var out []string
	for _, f := range files {
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			if m := wantComment.FindStringSubmatch(line); m != nil {
				out = append(out, fmt.Sprintf("%s:%d %s", f, i+1, m[1]))
			}
		}
	}
	slices.Sort(out)
	return out
}

// checkURL is the documentation link gopls must show for a diagnostic of
// check with the given code (gopls' code is the diagnostic's category, or
// "default"): the directive rules for reports about //lint:ignore, which
// carry their own URL; else the check's URL, with "#category" resolved
// against it as gopls and the go/analysis drivers do.
func checkURL(check string, code any) string {
	if code == suppress.Category {
		return suppress.URL
	}
	for _, a := range all.Analyzers() {
		if a.Name != check {
			continue
		}
		cat, _ := code.(string)
		if cat == "" || cat == "default" {
			return a.URL
		}
		base, err := url.Parse(a.URL)
		if err != nil {
			return a.URL
		}
		return base.ResolveReference(&url.URL{Fragment: cat}).String()
	}
	return ""
}

// ours keeps the diagnostics of our checks (gopls' own analyzers and the
// type checker report too).
func ours(byFile map[string][]lspDiagnostic) map[string][]lspDiagnostic {
	names := map[string]bool{}
	for _, a := range all.Analyzers() {
		names[a.Name] = true
	}
	out := make(map[string][]lspDiagnostic)
	for f, ds := range byFile {
		for _, d := range ds {
			if names[d.Source] {
				out[f] = append(out[f], d)
			}
		}
	}
	return out
}

// findDiagnostic returns the diagnostic of got that is finding w.
func findDiagnostic(dir string, got map[string][]lspDiagnostic, w finding) (lspDiagnostic, bool) {
	text, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(w.file)))
	for _, d := range got[w.file] {
		if d.Source == w.check && d.Message == w.message && d.Range.Start.Line+1 == w.line && column(text, d.Range.Start) == w.col {
			return d, true
		}
	}
	return lspDiagnostic{}, false
}

// matchFindings requires got (our checks' diagnostics, by file) to be
// exactly want, each a warning with its check's documentation link and the
// CLI's related information.
func matchFindings(t testing.TB, dir string, got map[string][]lspDiagnostic, want []finding) {
	t.Helper()
	matched := map[*lspDiagnostic]bool{}
	for _, w := range want {
		d, ok := findDiagnostic(dir, got, w)
		if !ok {
			t.Errorf("gopls does not report %v; it reports in %s: %s", w, w.file, describe(dir, w.file, got[w.file]))
			continue
		}
		for i := range got[w.file] {
			if got[w.file][i].Range == d.Range && got[w.file][i].Message == d.Message {
				matched[&got[w.file][i]] = true
			}
		}
		if d.Severity != 2 {
			t.Errorf("%v: severity %d, want 2 (warning)", w, d.Severity)
		}
		if href := checkURL(w.check, d.Code); d.CodeDescription == nil || d.CodeDescription.Href != href {
			t.Errorf("%v: codeDescription %+v, want href %s", w, d.CodeDescription, href)
		}
		var rel []string
		for _, r := range d.RelatedInformation {
			u, err := url.Parse(r.Location.URI)
			if err != nil {
				t.Fatal(err)
			}
			rel = append(rel, fmt.Sprintf("%s:%d %s", u.Path, r.Location.Range.Start.Line+1, r.Message))
		}
		var wantRel []string
		for _, r := range w.related {
			wantRel = append(wantRel, fmt.Sprintf("%s:%d %s", filepath.ToSlash(r.file), r.line, r.message))
		}
		if !slices.Equal(rel, wantRel) {
			t.Errorf("%v: related information\n  %s\nwant\n  %s", w, strings.Join(rel, "\n  "), strings.Join(wantRel, "\n  "))
		}
	}
	for file, ds := range got {
		for i := range ds {
			if !matched[&ds[i]] {
				t.Errorf("gopls reports %s, which the CLI does not", describe(dir, file, ds[i:i+1]))
			}
		}
	}
}

func describe(dir, file string, ds []lspDiagnostic) string {
	text, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%s:%d:%d %s: %s", file, d.Range.Start.Line+1, column(text, d.Range.Start), d.Source, d.Message))
	}
	if len(out) == 0 {
		return "nothing"
	}
	return strings.Join(out, "; ")
}

// cliCommand runs the CLI in dir.
func cliCommand(t testing.TB, dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(cli(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	return cmd
}
