package spid

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/codes"
)

// DirectivePrefix starts every surepasslint directive comment.
const DirectivePrefix = "//surepasslint:"

// DirectiveCategory is the category of the diagnostics reporting a bad
// directive.
const DirectiveCategory = "directive"

// directiveKind is what a directive configures.
type directiveKind int

const (
	dirCodeType directiveKind = iota
	dirCodeField
	dirMessageField
	dirSink
	dirRequire
	dirIgnore
)

// directiveSpec describes one directive: its name, where it goes (for the
// message when it is somewhere else), whether it takes arguments, and the
// check that reports it when it is bad.
type directiveSpec struct {
	kind  directiveKind
	where string
	args  bool
	owner string
}

// The checks that report bad directives: codeswitch those only it reads
// (require, ignore), rawexposure every other one. A fixed owner, not the
// first check to run, so that a problem is reported once even where a
// driver analyzes a file twice (a package and its test variant) and
// de-duplicates by check.
const (
	ownerCodeSwitch  = "codeswitch"
	ownerRawExposure = "rawexposure"
)

// directiveSpecs is the whole directive language.
var directiveSpecs = map[string]directiveSpec{
	"codetype":     {dirCodeType, "in the doc or line comment of a package-level named integer type (type Code int)", false, ownerRawExposure},
	"codefield":    {dirCodeField, "in the doc or line comment of an integer field of a package-level struct type", false, ownerRawExposure},
	"messagefield": {dirMessageField, "in the doc or line comment of a string field of a package-level struct type", false, ownerRawExposure},
	"sink":         {dirSink, "in the doc comment of a function, a method or an interface method", true, ownerRawExposure},
	"require":      {dirRequire, "in the package doc comment, right above the package clause", true, ownerCodeSwitch},
	"ignore":       {dirIgnore, "in the package doc comment, right above the package clause", true, ownerCodeSwitch},
}

func directiveNames() string {
	names := make([]string, 0, len(directiveSpecs))
	for n := range directiveSpecs {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// sinkFact marks a function whose arguments reach the user, from its
// //surepasslint:sink directive.
type sinkFact struct {
	Args     []int // 0-based, receiver excluded
	Variadic bool  // the last of Args and every later argument
}

func (*sinkFact) AFact() {}
func (f *sinkFact) String() string {
	parts := make([]string, len(f.Args))
	for i, a := range f.Args {
		parts[i] = strconv.Itoa(a)
	}
	s := "sink:" + strings.Join(parts, ",")
	if f.Variadic {
		s += "..."
	}
	return s
}

// directive is one //surepasslint: comment.
type directive struct {
	c    *ast.Comment
	name string
	args []string
	spec directiveSpec
}

// problem is a bad directive, reported by its owner check.
type problem struct {
	pos, end token.Pos
	msg      string
	owner    string
}

// directives is what a package's directives say.
type directives struct {
	codeTypes []*types.TypeName
	fields    map[*types.Var]Role
	sinks     map[*types.Func]*sinkFact
	problems  []problem
	// The package's //surepasslint:require and ignore codes (codeswitch).
	require, ignore map[codes.ReturnCode]bool
}

// signal reports whether the directives mark SurePassID code: a configured
// code type or field. A sink alone is not a signal (a UI helper package has
// nothing to do with SurePassID until SurePassID values reach it).
func (d *directives) signal() bool {
	return d != nil && (len(d.codeTypes) > 0 || len(d.fields) > 0)
}

// scanDirectives reads the package's //surepasslint: comments. A file without
// one costs one prefix test per comment line; only files with one are walked,
// and only their package-level declarations.
func scanDirectives(pass *analysis.Pass) *directives {
	var d *directives
	for _, file := range pass.Files {
		var pending map[*ast.Comment]*directive
		first := -1 // this file's first problem
		for _, cg := range file.Comments {
			for _, c := range cg.List {
				if !strings.HasPrefix(c.Text, DirectivePrefix) {
					continue
				}
				if d == nil {
					d = &directives{fields: map[*types.Var]Role{}, sinks: map[*types.Func]*sinkFact{}}
				}
				if first < 0 {
					first = len(d.problems)
				}
				dir, ok := d.parse(c)
				if !ok {
					continue
				}
				if pending == nil {
					pending = map[*ast.Comment]*directive{}
				}
				pending[c] = dir
			}
		}
		if len(pending) > 0 {
			a := &attacher{pass: pass, d: d, pending: pending}
			a.file(file)
			// What is left is not where it can mean anything.
			left := make([]*directive, 0, len(pending))
			for _, dir := range pending {
				left = append(left, dir)
			}
			sort.Slice(left, func(i, j int) bool { return left[i].c.Pos() < left[j].c.Pos() })
			for _, dir := range left {
				d.bad(dir, "//surepasslint:%s is not on a declaration it applies to: write it %s", dir.name, dir.spec.where)
			}
		}
		if first >= 0 && ast.IsGenerated(file) {
			// A generator's directives count, but nothing is reported in
			// generated files, bad directives included.
			d.problems = d.problems[:first]
		}
	}
	return d
}

// problem records a bad directive, reported by rawexposure unless dir says
// otherwise (an unknown directive has no spec: rawexposure reports it).
func (d *directives) problem(c *ast.Comment, format string, args ...any) {
	d.problemOf(c, ownerRawExposure, format, args...)
}

func (d *directives) problemOf(c *ast.Comment, owner, format string, args ...any) {
	d.problems = append(d.problems, problem{pos: c.Pos(), end: c.End(), msg: fmt.Sprintf(format, args...), owner: owner})
}

// bad records a problem with directive dir.
func (d *directives) bad(dir *directive, format string, args ...any) {
	d.problemOf(dir.c, dir.spec.owner, format, args...)
}

// parse splits a directive comment into its name and arguments; a trailing
// "// remark" is not an argument.
func (d *directives) parse(c *ast.Comment) (*directive, bool) {
	text := strings.TrimPrefix(c.Text, DirectivePrefix)
	if i := strings.Index(text, "//"); i >= 0 {
		text = text[:i]
	}
	fields := strings.Fields(text)
	if len(fields) == 0 || !strings.HasPrefix(text, fields[0]) {
		d.problem(c, "malformed surepasslint directive: want //surepasslint:NAME with no space after the colon, NAME one of %s", directiveNames())
		return nil, false
	}
	spec, ok := directiveSpecs[fields[0]]
	if !ok {
		d.problem(c, "unknown surepasslint directive %q: want one of %s", fields[0], directiveNames())
		return nil, false
	}
	dir := &directive{c: c, name: fields[0], args: fields[1:], spec: spec}
	if !spec.args && len(dir.args) > 0 {
		d.bad(dir, "//surepasslint:%s takes no argument, got %q", dir.name, strings.Join(dir.args, " "))
		return nil, false
	}
	return dir, true
}

// attacher matches one file's directives to its package-level declarations.
type attacher struct {
	pass    *analysis.Pass
	d       *directives
	pending map[*ast.Comment]*directive
}

// take removes and returns the directives in the comment groups.
func (a *attacher) take(groups ...*ast.CommentGroup) []*directive {
	var out []*directive
	for _, cg := range groups {
		if cg == nil {
			continue
		}
		for _, c := range cg.List {
			if dir, ok := a.pending[c]; ok {
				delete(a.pending, c)
				out = append(out, dir)
			}
		}
	}
	return out
}

func (a *attacher) file(file *ast.File) {
	if file.Name != nil {
		for _, dir := range a.take(file.Doc) {
			a.onPackage(dir, file.Name.Name)
		}
	}
	for _, decl := range file.Decls {
		switch decl := decl.(type) {
		case *ast.FuncDecl:
			for _, dir := range a.take(decl.Doc) {
				fn, _ := a.pass.TypesInfo.Defs[decl.Name].(*types.Func)
				a.onFunc(dir, fn, decl.Name.Name)
			}
		case *ast.GenDecl:
			single := !decl.Lparen.IsValid()
			for _, spec := range decl.Specs {
				groups := []*ast.CommentGroup{nil, nil, nil}
				if single {
					groups[0] = decl.Doc
				}
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					groups[1], groups[2] = spec.Doc, spec.Comment
					for _, dir := range a.take(groups...) {
						a.onType(dir, spec)
					}
					a.members(spec.Type)
				case *ast.ValueSpec:
					groups[1], groups[2] = spec.Doc, spec.Comment
					for _, dir := range a.take(groups...) {
						a.d.bad(dir, "//surepasslint:%s does not apply to a %s: write it %s", dir.name, decl.Tok, dir.spec.where)
					}
				}
			}
		}
	}
}

// onPackage records a package directive: the codes a switch of this package
// must also handle (require) or need not handle (ignore).
func (a *attacher) onPackage(dir *directive, name string) {
	var set *map[codes.ReturnCode]bool
	switch dir.spec.kind {
	case dirRequire:
		set = &a.d.require
	case dirIgnore:
		set = &a.d.ignore
	default:
		a.d.bad(dir, "//surepasslint:%s does not apply to package %s: write it %s", dir.name, name, dir.spec.where)
		return
	}
	var list []codes.ReturnCode
	for _, arg := range dir.args {
		for _, n := range strings.Split(arg, ",") {
			if n == "" {
				continue
			}
			c, ok := codes.Lookup(n)
			if !ok {
				a.d.bad(dir, "//surepasslint:%s: unknown SurePassID return code %q (use the published name, e.g. SMSSendError)", dir.name, n)
				return
			}
			list = append(list, c)
		}
	}
	if len(list) == 0 {
		a.d.bad(dir, "//surepasslint:%s names no return code: want published names, as in //surepasslint:%s SMSSendError,EmailSendError", dir.name, dir.name)
		return
	}
	if *set == nil {
		*set = map[codes.ReturnCode]bool{}
	}
	for _, c := range list {
		(*set)[c] = true
	}
}

func (a *attacher) onFunc(dir *directive, fn *types.Func, name string) {
	if dir.spec.kind != dirSink {
		a.d.bad(dir, "//surepasslint:%s does not apply to function %s: write it %s", dir.name, name, dir.spec.where)
		return
	}
	if fn == nil {
		return // not type-checked: nothing to check it against
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return
	}
	f, err := parseSinkArgs(dir.args, sig.Params().Len())
	if err != "" {
		a.d.bad(dir, "bad //surepasslint:sink on %s: %s", name, err)
		return
	}
	a.d.sinks[fn] = f
}

// parseSinkArgs reads "N", "N M" or "N..." (0-based argument indexes,
// receiver excluded) against a function with nparams parameters.
func parseSinkArgs(args []string, nparams int) (*sinkFact, string) {
	if len(args) == 0 {
		return nil, "want the index of the argument that reaches the user, as in //surepasslint:sink 1 (0-based, receiver excluded; 1... for it and every later argument)"
	}
	f := &sinkFact{}
	for i, arg := range args {
		for _, part := range strings.Split(arg, ",") {
			if part == "" {
				continue
			}
			rest, variadic := strings.CutSuffix(part, "...")
			n, err := strconv.Atoi(rest)
			if err != nil || n < 0 {
				return nil, fmt.Sprintf("%q is not an argument index (want N or N..., N 0-based, receiver excluded)", part)
			}
			if n >= nparams {
				return nil, fmt.Sprintf("argument %d does not exist: the function has %d parameter(s) (indexes are 0-based, receiver excluded)", n, nparams)
			}
			if variadic && i != len(args)-1 {
				return nil, fmt.Sprintf("%q must come last", part)
			}
			f.Args = append(f.Args, n)
			f.Variadic = f.Variadic || variadic
		}
	}
	if len(f.Args) == 0 {
		return nil, "want the index of the argument that reaches the user"
	}
	return f, ""
}

func (a *attacher) onType(dir *directive, spec *ast.TypeSpec) {
	name := spec.Name.Name
	if dir.spec.kind != dirCodeType {
		a.d.bad(dir, "//surepasslint:%s does not apply to type %s: write it %s", dir.name, name, dir.spec.where)
		return
	}
	tn, _ := a.pass.TypesInfo.Defs[spec.Name].(*types.TypeName)
	if tn == nil {
		return
	}
	if spec.Assign.IsValid() || tn.IsAlias() {
		a.d.bad(dir, "//surepasslint:codetype on alias %s: put it on the named type the alias stands for", name)
		return
	}
	if invalid(tn.Type()) {
		return // a type error, reported by the compiler
	}
	if !isInteger(tn.Type()) {
		a.d.bad(dir, "//surepasslint:codetype on %s, a %s type: SurePassID return codes are integers (type %s int)", name, kindOf(tn.Type()), name)
		return
	}
	a.d.codeTypes = append(a.d.codeTypes, tn)
}

// members attaches the directives on the fields of the struct types and the
// methods of the interface types within a type declaration.
func (a *attacher) members(t ast.Expr) {
	ast.Inspect(t, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.StructType:
			if n.Fields != nil {
				for _, f := range n.Fields.List {
					for _, dir := range a.take(f.Doc, f.Comment) {
						a.onField(dir, f)
					}
				}
			}
		case *ast.InterfaceType:
			if n.Methods != nil {
				for _, m := range n.Methods.List {
					for _, dir := range a.take(m.Doc, m.Comment) {
						if len(m.Names) != 1 {
							a.d.bad(dir, "//surepasslint:%s does not apply to an embedded interface: write it %s", dir.name, dir.spec.where)
							continue
						}
						fn, _ := a.pass.TypesInfo.Defs[m.Names[0]].(*types.Func)
						a.onFunc(dir, fn, m.Names[0].Name)
					}
				}
			}
		case *ast.FuncType:
			return false // parameter lists hold no directives
		}
		return true
	})
}

func (a *attacher) onField(dir *directive, f *ast.Field) {
	var role Role
	switch dir.spec.kind {
	case dirCodeField:
		role = RoleCode
	case dirMessageField:
		role = RoleMessage
	default:
		a.d.bad(dir, "//surepasslint:%s does not apply to a struct field: write it %s", dir.name, dir.spec.where)
		return
	}
	if len(f.Names) == 0 {
		a.d.bad(dir, "//surepasslint:%s on an embedded field: put it on the field of the embedded struct", dir.name)
		return
	}
	for _, id := range f.Names {
		v, _ := a.pass.TypesInfo.Defs[id].(*types.Var)
		if v == nil || invalid(v.Type()) {
			continue // a type error, reported by the compiler
		}
		switch {
		case role == RoleCode && !isInteger(v.Type()):
			a.d.bad(dir, "//surepasslint:codefield on %s, a %s field: a SurePassID return code is an integer", id.Name, kindOf(v.Type()))
			return
		case role == RoleMessage && !isString(v.Type()):
			a.d.bad(dir, "//surepasslint:messagefield on %s, a %s field: the SurePassID errorMessage is a string", id.Name, kindOf(v.Type()))
			return
		}
		if old, ok := a.d.fields[v]; ok && old != role {
			a.d.bad(dir, "//surepasslint:%s on %s, already marked as a %s field", dir.name, id.Name, old)
			return
		}
		a.d.fields[v] = role
	}
}

// invalid reports whether t is missing or did not type-check.
func invalid(t types.Type) bool {
	if t == nil || t.Underlying() == nil {
		return true
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Invalid
}

// kindOf names a type's kind for messages: "string", "struct", "float64".
func kindOf(t types.Type) string {
	if t == nil {
		return "non-integer"
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Name()
	case *types.Struct:
		return "struct"
	case *types.Pointer:
		return "pointer"
	case *types.Slice:
		return "slice"
	case *types.Map:
		return "map"
	case *types.Interface:
		return "interface"
	case *types.Signature:
		return "func"
	}
	return "non-integer"
}
