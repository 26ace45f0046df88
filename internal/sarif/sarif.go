package sarif

import (
	"cmp"
	"encoding/json"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	hs "honnef.co/go/tools/sarif"

	"github.com/surepasslint/surepasslint/internal/explain"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// SrcRoot is the uriBaseId of every file inside the source root.
const SrcRoot = "%SRCROOT%"

// Log is a SARIF log with one run.
type Log struct {
	Version string `json:"version"`
	Schema  string `json:"$schema"`
	Runs    []Run  `json:"runs"`
}

// Run is one run of surepasslint.
type Run struct {
	Tool               Tool                           `json:"tool"`
	Invocations        []Invocation                   `json:"invocations,omitempty"`
	OriginalURIBaseIDs map[string]hs.ArtifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                         `json:"columnKind"`
	Results            []hs.Result                    `json:"results"`
}

// Tool describes surepasslint.
type Tool struct {
	Driver Driver `json:"driver"`
}

// Driver is surepasslint and its rules.
type Driver struct {
	Name            string `json:"name"`
	Version         string `json:"version,omitempty"`
	SemanticVersion string `json:"semanticVersion,omitempty"`
	InformationURI  string `json:"informationUri"`
	Rules           []Rule `json:"rules"`
}

// Invocation is the run's invocation, with an error notification for each
// package that could not be loaded, type-checked or analysed.
type Invocation struct {
	Arguments                  []string            `json:"arguments,omitempty"`
	WorkingDirectory           hs.ArtifactLocation `json:"workingDirectory,omitzero"`
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []Notification      `json:"toolExecutionNotifications,omitempty"`
}

// Notification is an error the tool met: its text, and where it is when the
// text begins with a position ("file.go:3:12: ...").
type Notification struct {
	Level     string        `json:"level"`
	Message   hs.Message    `json:"message"`
	Locations []hs.Location `json:"locations,omitempty"`
}

// Rule is one check.
type Rule struct {
	ID                   string                    `json:"id"`
	Name                 string                    `json:"name"`
	ShortDescription     hs.Message                `json:"shortDescription"`
	FullDescription      hs.Message                `json:"fullDescription"`
	Help                 hs.Message                `json:"help"`
	HelpURI              string                    `json:"helpUri"`
	DefaultConfiguration hs.ReportingConfiguration `json:"defaultConfiguration"`
	Properties           Properties                `json:"properties"`
}

// Properties are the rule properties GitHub code scanning reads.
type Properties struct {
	Tags             []string `json:"tags,omitempty"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
	Precision        string   `json:"precision"`
	ProblemSeverity  string   `json:"problem.severity"`
}

// A Finding is one diagnostic of one check.
type Finding struct {
	Check      string // the analyzer's name
	Fset       *token.FileSet
	Diagnostic analysis.Diagnostic
}

// Options control what Build writes around the findings.
type Options struct {
	Version string // tool version, e.g. v1.2.0 or (devel)
	// SemanticVersion is Version when it is a semantic version (v1.2.0 ->
	// 1.2.0), else empty.
	SemanticVersion string
	Root            string // absolute source root; file URIs are made relative to it
	// Invocation, if not nil, is recorded as the run's invocation.
	Invocation *Invocation
	// Errors become error notifications of the invocation.
	Errors []Error
	// ReadFile reads a source file, to count columns in UTF-16 code units.
	// Nil means os.ReadFile.
	ReadFile func(string) ([]byte, error)
}

// An Error is a package's error: its text, and its position when known
// (Fset nil or Pos invalid otherwise).
type Error struct {
	Message string
	Fset    *token.FileSet
	Pos     token.Pos
}

// InformationURI is the tool's home page.
const InformationURI = "https://github.com/surepasslint/surepasslint"

// Build returns the SARIF log of findings by the given checks. Findings
// repeated with the same check, position and message (a file seen both in a
// package and in its test variant) are kept once; results are sorted by
// file and position.
func Build(checks []*analysis.Analyzer, findings []Finding, opts Options) *Log {
	b := &builder{opts: opts, files: map[string][]byte{}}
	if b.opts.ReadFile == nil {
		b.opts.ReadFile = os.ReadFile
	}
	run := Run{
		Tool: Tool{Driver: Driver{
			Name:            "surepasslint",
			Version:         opts.Version,
			SemanticVersion: opts.SemanticVersion,
			InformationURI:  InformationURI,
			Rules:           rulesFor(checks),
		}},
		ColumnKind: "utf16CodeUnits",
		Results:    []hs.Result{},
	}
	if opts.Root != "" {
		run.OriginalURIBaseIDs = map[string]hs.ArtifactLocation{SrcRoot: {URI: DirURI(opts.Root)}}
	}
	if opts.Invocation != nil {
		inv := *opts.Invocation
		for _, e := range opts.Errors {
			n := Notification{Level: "error", Message: hs.Message{Text: e.Message}}
			if e.Fset != nil && e.Pos.IsValid() {
				n.Locations = []hs.Location{{PhysicalLocation: b.physical(e.Fset, e.Pos, e.Pos)}}
			}
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
		}
		run.Invocations = []Invocation{inv}
	}
	seen := map[string]bool{}
	for _, f := range findings {
		r := b.result(f)
		key, _ := json.Marshal(r)
		if seen[string(key)] {
			continue
		}
		seen[string(key)] = true
		run.Results = append(run.Results, r)
	}
	slices.SortStableFunc(run.Results, func(x, y hs.Result) int {
		px, py := x.Locations[0].PhysicalLocation, y.Locations[0].PhysicalLocation
		return cmp.Or(
			cmp.Compare(px.ArtifactLocation.URI, py.ArtifactLocation.URI),
			cmp.Compare(px.Region.StartLine, py.Region.StartLine),
			cmp.Compare(px.Region.StartColumn, py.Region.StartColumn),
			cmp.Compare(x.RuleID, y.RuleID),
		)
	})
	return &Log{Version: hs.Version, Schema: hs.Schema, Runs: []Run{run}}
}

// Write writes log as indented JSON.
func (log *Log) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// rulesFor returns one rule per check, then the lintignore rule.
func rulesFor(checks []*analysis.Analyzer) []Rule {
	var out []Rule
	for _, a := range checks {
		out = append(out, rule(a.Name, a.Doc, explain.URL(a)))
	}
	return append(out, rule(suppress.Category, suppress.Doc, suppress.URL))
}

func rule(id, doc, helpURI string) Rule {
	m := metaOf(id)
	d := explain.Parse(doc)
	text := sentence(d.Title) + "\n\n" + d.Text()
	md := "**" + sentence(d.Title) + "**\n\n" + d.Markdown()
	problem := map[string]string{"error": "error", "warning": "warning", "note": "recommendation"}[m.level]
	return Rule{
		ID:                   id,
		Name:                 m.name,
		ShortDescription:     hs.Message{Text: sentence(d.Title)},
		FullDescription:      hs.Message{Text: d.Summary()},
		Help:                 hs.Message{Text: strings.TrimSpace(text), Markdown: strings.TrimSpace(md)},
		HelpURI:              helpURI,
		DefaultConfiguration: hs.ReportingConfiguration{Enabled: true, Level: m.level},
		Properties: Properties{
			Tags:             m.tags,
			SecuritySeverity: m.severity,
			Precision:        "high",
			ProblemSeverity:  problem,
		},
	}
}

// sentence capitalizes a title's first letter: "reports x" -> "Reports x".
func sentence(title string) string {
	r, size := utf8.DecodeRuneInString(title)
	return string(unicode.ToUpper(r)) + title[size:]
}

type builder struct {
	opts  Options
	files map[string][]byte // contents read so far; nil if unreadable
}

func (b *builder) result(f Finding) hs.Result {
	d := f.Diagnostic
	id := f.Check
	if d.Category == suppress.Category {
		id = suppress.Category
	}
	r := hs.Result{
		RuleID:       id,
		Kind:         hs.Fail,
		Level:        metaOf(id).level,
		Message:      hs.Message{Text: d.Message},
		Locations:    []hs.Location{{PhysicalLocation: b.physical(f.Fset, d.Pos, d.End)}},
		Suppressions: []hs.Suppression{},
	}
	for i, rel := range d.Related {
		r.RelatedLocations = append(r.RelatedLocations, hs.Location{
			ID:               i + 1,
			Message:          &hs.Message{Text: rel.Message},
			PhysicalLocation: b.physical(f.Fset, rel.Pos, rel.End),
		})
	}
	for _, fix := range d.SuggestedFixes {
		r.Fixes = append(r.Fixes, b.fix(f.Fset, fix))
	}
	return r
}

// fix converts a suggested fix, grouping its edits by file.
func (b *builder) fix(fset *token.FileSet, fix analysis.SuggestedFix) hs.Fix {
	out := hs.Fix{Description: hs.Message{Text: fix.Message}}
	index := map[string]int{}
	for _, e := range fix.TextEdits {
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		loc := b.physical(fset, e.Pos, end)
		key := loc.ArtifactLocation.URI
		i, ok := index[key]
		if !ok {
			i = len(out.ArtifactChanges)
			index[key] = i
			out.ArtifactChanges = append(out.ArtifactChanges, hs.ArtifactChange{ArtifactLocation: loc.ArtifactLocation})
		}
		change := &out.ArtifactChanges[i]
		change.Replacements = append(change.Replacements, hs.Replacement{
			DeletedRegion:   loc.Region,
			InsertedContent: hs.ArtifactContent{Text: string(e.NewText)},
		})
	}
	return out
}

// physical locates [pos, end) in its file. The region is always complete
// (start and end line and column) so an insertion is an empty region.
func (b *builder) physical(fset *token.FileSet, pos, end token.Pos) hs.PhysicalLocation {
	tf := fset.File(pos)
	if tf == nil {
		return hs.PhysicalLocation{ArtifactLocation: hs.ArtifactLocation{URI: "unknown"}, Region: hs.Region{StartLine: 1, StartColumn: 1}}
	}
	if !end.IsValid() || fset.File(end) != tf || end < pos {
		end = pos
	}
	name := tf.Name()
	sl, sc := b.lineCol(tf, pos)
	el, ec := b.lineCol(tf, end)
	return hs.PhysicalLocation{
		ArtifactLocation: b.artifact(name),
		Region:           hs.Region{StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec},
	}
}

// lineCol returns pos's 1-based line and UTF-16 column in its file. Positions
// are taken without //line adjustments: fixes edit the real file.
func (b *builder) lineCol(tf *token.File, pos token.Pos) (line, col int) {
	p := tf.PositionFor(pos, false)
	content, ok := b.files[tf.Name()]
	if !ok {
		content, _ = b.opts.ReadFile(tf.Name())
		b.files[tf.Name()] = content
	}
	start := p.Offset - (p.Column - 1)
	if content == nil || start < 0 || p.Offset > len(content) {
		return p.Line, p.Column // unreadable: bytes are the best we have
	}
	return p.Line, utf16Len(content[start:p.Offset]) + 1
}

func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b) // an invalid byte is one U+FFFD
		n += utf16.RuneLen(r)
		b = b[size:]
	}
	return n
}

// artifact names a file: relative to the source root when inside it,
// otherwise by absolute file URI.
func (b *builder) artifact(name string) hs.ArtifactLocation {
	if b.opts.Root != "" {
		if rel, err := filepath.Rel(b.opts.Root, name); err == nil && filepath.IsLocal(rel) {
			return hs.ArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).EscapedPath(), URIBaseID: SrcRoot}
		}
	}
	return hs.ArtifactLocation{URI: fileURI(name)}
}

func fileURI(name string) string {
	p := filepath.ToSlash(name)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// DirURI is the file URI of a directory, ending in a slash.
func DirURI(dir string) string {
	u := fileURI(dir)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}
