package fuzzcheck

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Env holds the loaded packages that inputs may import.
type Env struct {
	Analyzers []*analysis.Analyzer

	root  string
	dir   string // where Check writes its input, for checks that read source
	fset  *token.FileSet
	sizes types.Sizes
	pkgs  map[string]*packages.Package // every loaded package, by path
	deps  map[string]map[string]bool   // transitive imports of each loaded package
	local map[string]*packages.Package // testdata packages, with only testdata imports
}

// Load loads, GOPATH-style from testdata/src under root (the analysistest
// layout), the packages named by patterns and the standard library packages
// in stdImports, with everything they import, from source.
func Load(root string, analyzers []*analysis.Analyzer, patterns, stdImports []string) (*Env, error) {
	fset := token.NewFileSet()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(root, "src"),
		Env:  append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOWORK=off", "GOFLAGS=", "GOTOOLCHAIN=local"),
		Fset: fset,
	}
	roots, err := packages.Load(cfg, append(patterns, stdImports...)...)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "fuzzcheck-")
	if err != nil {
		return nil, err
	}
	e := &Env{
		Analyzers: analyzers,
		root:      root,
		dir:       dir,
		fset:      fset,
		sizes:     types.SizesFor("gc", "amd64"),
		pkgs:      map[string]*packages.Package{},
		deps:      map[string]map[string]bool{},
		local:     map[string]*packages.Package{},
	}
	packages.Visit(roots, nil, func(p *packages.Package) {
		if p.Types != nil {
			e.pkgs[p.PkgPath] = p
		}
	})
	for path := range e.pkgs {
		e.transitive(path)
	}
	for path, p := range e.pkgs {
		if e.isLocal(p) {
			e.shallow(path)
		}
	}
	return e, nil
}

func (e *Env) transitive(path string) map[string]bool {
	if d, ok := e.deps[path]; ok {
		return d
	}
	d := map[string]bool{}
	e.deps[path] = d
	p, ok := e.pkgs[path]
	if !ok {
		return d
	}
	for imp := range p.Imports {
		d[imp] = true
		for t := range e.transitive(imp) {
			d[t] = true
		}
	}
	return d
}

// shallow returns a copy of testdata package path whose Imports hold only
// testdata packages: the checker then computes facts on those, not on the
// whole standard library below them, which cannot carry a SurePassID fact.
func (e *Env) shallow(path string) *packages.Package {
	if c, ok := e.local[path]; ok {
		return c
	}
	p := e.pkgs[path]
	c := *p
	c.Imports = map[string]*packages.Package{}
	e.local[path] = &c
	for imp, ip := range p.Imports {
		if _, ok := e.pkgs[imp]; ok && e.isLocal(ip) {
			c.Imports[imp] = e.shallow(imp)
		}
	}
	return &c
}

// isLocal reports whether p is a testdata package (not the standard
// library's).
func (e *Env) isLocal(p *packages.Package) bool {
	for _, f := range p.GoFiles {
		if rel, err := filepath.Rel(e.root, f); err == nil && !strings.HasPrefix(rel, "..") {
			return true
		}
	}
	return false
}

// Seed is one Go file of the testdata, with the import path of its package.
type Seed struct {
	Path, File string
	Src        []byte
}

// Seeds returns the .go files under dir (a GOPATH src directory, or a module
// when modulePath is not empty), with their package paths, sorted.
func Seeds(dir, modulePath string) ([]Seed, error) {
	var out []Seed
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, filepath.Dir(p))
		path := filepath.ToSlash(rel)
		if modulePath != "" {
			path = strings.TrimSuffix(modulePath+"/"+path, "/.")
		}
		out = append(out, Seed{Path: path, File: filepath.Base(p), Src: src})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Path+out[i].File < out[j].Path+out[j].File })
	return out, err
}

// StdImports returns the import paths of the seeds with no dot in their
// first element: the standard library's (and testdata's, loaded anyway).
func StdImports(seeds []Seed) []string {
	set := map[string]bool{}
	for _, s := range seeds {
		f, _ := parser.ParseFile(token.NewFileSet(), s.File, s.Src, parser.ImportsOnly)
		if f == nil {
			continue
		}
		for _, imp := range f.Imports {
			path := strings.Trim(imp.Path.Value, "`\"")
			first, _, _ := strings.Cut(path, "/")
			if !strings.Contains(first, ".") && path != "C" {
				set[path] = true
			}
		}
	}
	var out []string
	for p := range set {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// typeCheck parses and type-checks src as the only file of package path.
// It returns a nil package when the file has no package clause, and the
// token.File it added to the file set (nil if none), which the caller
// removes when done.
func (e *Env) typeCheck(path, name string, src []byte) (*packages.Package, *token.File) {
	base := e.fset.Base()
	f, perr := parser.ParseFile(e.fset, name, src, parser.ParseComments|parser.AllErrors)
	tf := e.fset.File(token.Pos(base))
	if f == nil || f.Name == nil || f.Name.Name == "_" || f.Name.Name == "" {
		return nil, tf
	}
	pkg := &packages.Package{
		ID:              path,
		Name:            f.Name.Name,
		PkgPath:         path,
		Fset:            e.fset,
		GoFiles:         []string{name},
		CompiledGoFiles: []string{name},
		Syntax:          []*ast.File{f},
		TypesSizes:      e.sizes,
		Imports:         map[string]*packages.Package{},
		TypesInfo: &types.Info{
			Types:        map[ast.Expr]types.TypeAndValue{},
			Instances:    map[*ast.Ident]types.Instance{},
			Defs:         map[*ast.Ident]types.Object{},
			Uses:         map[*ast.Ident]types.Object{},
			Implicits:    map[ast.Node]types.Object{},
			Selections:   map[*ast.SelectorExpr]*types.Selection{},
			Scopes:       map[ast.Node]*types.Scope{},
			FileVersions: map[*ast.File]string{},
		},
	}
	var list scanner.ErrorList
	if errors.As(perr, &list) {
		for _, err := range list {
			pkg.Errors = append(pkg.Errors, packages.Error{Pos: err.Pos.String(), Msg: err.Msg, Kind: packages.ParseError})
		}
	} else if perr != nil {
		pkg.Errors = append(pkg.Errors, packages.Error{Msg: perr.Error(), Kind: packages.ParseError})
	}
	conf := types.Config{
		Importer: importerFunc(func(imp string) (*types.Package, error) {
			p, ok := e.pkgs[imp]
			if !ok || imp == path || e.deps[imp][path] {
				return nil, fmt.Errorf("package %q is not loaded", imp)
			}
			if e.isLocal(p) {
				pkg.Imports[imp] = e.local[imp]
			}
			return p.Types, nil
		}),
		Sizes: e.sizes,
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				pkg.TypeErrors = append(pkg.TypeErrors, te)
				pkg.Errors = append(pkg.Errors, packages.Error{Pos: e.fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
			}
		},
	}
	pkg.Types, _ = conf.Check(path, e.fset, pkg.Syntax, pkg.TypesInfo)
	pkg.IllTyped = len(pkg.Errors) > 0
	return pkg, tf
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// With returns a copy of e that runs analyzers instead.
func (e *Env) With(analyzers []*analysis.Analyzer) *Env {
	c := *e
	c.Analyzers = analyzers
	return &c
}

// Close removes the files Check wrote.
func (e *Env) Close() error { return os.RemoveAll(e.dir) }

// Analyze runs e's analyzers over the loaded testdata packages whose paths
// start with prefix, through the x/tools checker, as the CLI does (facts come
// from the testdata packages they import; the standard library cannot carry
// any). It returns the findings, "file:line: check: message" with file
// relative to the GOPATH src directory, and the analyzers' errors other
// than "skipped because the package has errors".
func (e *Env) Analyze(prefix string) (findings, errs []string, err error) {
	var pkgs []*packages.Package
	for path, p := range e.local {
		if strings.HasPrefix(path, prefix) {
			pkgs = append(pkgs, p)
		}
	}
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].PkgPath < pkgs[j].PkgPath })
	g, err := checker.Analyze(e.Analyzers, pkgs, nil)
	if err != nil {
		return nil, nil, err
	}
	src := filepath.Join(e.root, "src")
	for act := range g.All() {
		if act.Err != nil && !isSkip(act.Err) {
			errs = append(errs, fmt.Sprintf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err))
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			pos := e.fset.Position(d.Pos)
			rel, _ := filepath.Rel(src, pos.Filename)
			findings = append(findings, fmt.Sprintf("%s:%d: %s: %s", filepath.ToSlash(rel), pos.Line, act.Analyzer.Name, d.Message))
		}
	}
	sort.Strings(findings)
	return findings, errs, nil
}
