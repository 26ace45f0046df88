// Package lazyfacts lets a standalone driver run fact-using analyzers without
// loading every dependency from source.
//
// The x/tools checker behind multichecker loads the whole program from source
// (packages.LoadAllSyntax) as soon as one analyzer declares FactTypes. Measured
// here, that alone makes a no-op analyzer 1.6x slower on std net, crypto and
// encoding, and 15x slower with 14x the memory on a three-package consumer
// module: it type-checks all of net/http's dependencies from source. Yet no
// standard-library package can carry a SurePassID fact.
//
// [Wrap] returns copies of the analyzers with FactTypes removed, so the driver
// loads dependencies from export data as if no analyzer used facts. Facts are
// kept in a store instead: when a wrapped analyzer runs on a package, the
// store first analyzes, from source and once per process, each dependency
// that can carry facts — a package of the same module as the package under
// analysis, or one whose import path mentions surepass — then serves facts by
// package path and object path (golang.org/x/tools/go/types/objectpath), so
// they are found whichever copy of the types a driver holds.
//
// [WrapRoots] does better when the driver's packages are known: a dependency
// that is itself one of the packages being analyzed is not loaded again; its
// importers wait for the driver's own pass over it.
//
// The go vet (unitchecker) and golangci-lint drivers keep their own fact
// machinery: use the original analyzers there.
package lazyfacts

import (
	"fmt"
	"go/types"
	"os"
	"reflect"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
)

// Wrap returns fact-free copies of analyzers (and of everything they
// require), backed by one fact store. Dependencies are loaded relative to
// dir ("" for the current directory).
func Wrap(analyzers []*analysis.Analyzer, dir string) []*analysis.Analyzer {
	return WrapRoots(analyzers, dir, nil)
}

// WrapRoots is Wrap for a driver that runs the analyzers on the packages
// matching patterns, all at once (not one after another: with x/tools'
// -debug=s, use Wrap). Facts of those packages come from the driver's own
// passes; only other dependencies are loaded from source. The patterns are
// resolved with one light go list, in the background.
func WrapRoots(analyzers []*analysis.Analyzer, dir string, patterns []string) []*analysis.Analyzer {
	s := &store{
		dir:      dir,
		copies:   map[*analysis.Analyzer]*analysis.Analyzer{},
		objFacts: map[objKey]analysis.Fact{},
		pkgFacts: map[pkgKey]analysis.Fact{},
		deps:     map[string]*depEntry{},
		done:     map[doneKey]chan struct{}{},
		rootsSet: map[string]bool{},
		rootsOK:  make(chan struct{}),
	}
	if len(patterns) > 0 {
		go s.listRoots(patterns)
	} else {
		close(s.rootsOK)
	}
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		out[i] = s.wrap(a)
	}
	for _, a := range analyzers {
		s.collect(a)
	}
	return out
}

type objKey struct {
	pkg  string
	obj  objectpath.Path
	fact reflect.Type
}

type pkgKey struct {
	pkg  string
	fact reflect.Type
}

// doneKey names the driver's pass of one analyzer over one package path.
type doneKey struct {
	a    *analysis.Analyzer
	path string
}

// rootWait bounds how long an importer waits for the driver's pass over a
// root before loading it from source itself (a driver that runs packages
// one after another, or skips one, must not hang us).
var rootWait = 2 * time.Minute

type depEntry struct {
	once sync.Once
	err  error
}

type store struct {
	dir    string
	copies map[*analysis.Analyzer]*analysis.Analyzer // original -> copy
	order  []*analysis.Analyzer                      // originals with facts, requirements first

	mu       sync.Mutex
	objFacts map[objKey]analysis.Fact
	pkgFacts map[pkgKey]analysis.Fact
	deps     map[string]*depEntry
	done     map[doneKey]chan struct{}

	rootsOK  chan struct{}   // closed once rootsSet is final
	rootsSet map[string]bool // import paths the driver analyzes
}

// listRoots resolves the driver's patterns to import paths.
func (s *store) listRoots(patterns []string) {
	defer close(s.rootsOK)
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName, Dir: s.dir}, patterns...)
	if err != nil {
		return // no roots known: every dependency is loaded from source
	}
	for _, p := range pkgs {
		if len(p.Errors) == 0 && p.PkgPath != "" {
			s.rootsSet[p.PkgPath] = true
		}
	}
}

// isRoot reports whether the driver analyzes the package at path.
func (s *store) isRoot(path string) bool {
	<-s.rootsOK
	return s.rootsSet[path]
}

// doneChan returns the channel closed when the driver's pass of a over
// path has finished.
func (s *store) doneChan(a *analysis.Analyzer, path string) chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := doneKey{a, path}
	ch, ok := s.done[k]
	if !ok {
		ch = make(chan struct{})
		s.done[k] = ch
	}
	return ch
}

// finished marks the driver's pass of a over path as finished (the first
// of its variants, e.g. with and without tests, to finish).
func (s *store) finished(a *analysis.Analyzer, path string) {
	ch := s.doneChan(a, path)
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-ch:
	default:
		close(ch)
	}
}

// waitRoot waits for the driver's passes over the root at path of the
// analyzers whose facts a reads, and reports whether they all finished in
// time. The driver runs a on every root, and so what a requires; it skips
// an analyzer without RunDespiteErrors on an ill-typed package, so for such
// analyzers the root is loaded from source instead.
func (s *store) waitRoot(a *analysis.Analyzer, path string) bool {
	sources := factSources(a)
	for _, r := range sources {
		if !r.RunDespiteErrors {
			return false
		}
	}
	timeout := time.After(rootWait)
	for _, r := range sources {
		select {
		case <-s.doneChan(r, path):
		case <-timeout:
			return false
		}
	}
	return true
}

// collect records, requirements first, the original analyzers that must run
// on dependencies: those that declare facts, and what they require.
func (s *store) collect(a *analysis.Analyzer) {
	if len(a.FactTypes) > 0 {
		s.add(a)
	}
	for _, r := range a.Requires {
		s.collect(r)
	}
}

func (s *store) add(a *analysis.Analyzer) {
	for _, o := range s.order {
		if o == a {
			return
		}
	}
	for _, r := range a.Requires {
		s.add(r)
	}
	s.order = append(s.order, a)
}

func (s *store) wrap(a *analysis.Analyzer) *analysis.Analyzer {
	if c, ok := s.copies[a]; ok {
		return c
	}
	c := *a
	c.FactTypes = nil
	c.Requires = make([]*analysis.Analyzer, len(a.Requires))
	for i, r := range a.Requires {
		c.Requires[i] = s.wrap(r)
	}
	orig := a
	c.Run = func(pass *analysis.Pass) (any, error) {
		defer s.finished(orig, pass.Pkg.Path())
		if len(orig.FactTypes) > 0 {
			s.ensureImports(orig, pass.Pkg, modulePath(pass))
		}
		p := *pass
		p.Analyzer = orig
		p.ResultOf = map[*analysis.Analyzer]any{}
		for _, r := range orig.Requires {
			p.ResultOf[r] = pass.ResultOf[s.copies[r]]
		}
		s.bind(&p)
		return orig.Run(&p)
	}
	s.copies[a] = &c
	return &c
}

func modulePath(pass *analysis.Pass) string {
	if pass.Module != nil {
		return pass.Module.Path
	}
	return ""
}

// selfModule is this linter's module.
const selfModule = "github.com/surepasslint/surepasslint"

// candidate reports whether the package at path can carry facts that matter:
// it belongs to module mod, or its path mentions surepass (this linter's own
// packages aside). Standard-library and third-party packages cannot.
func candidate(path, mod string) bool {
	if mod != "" && (path == mod || strings.HasPrefix(path, mod+"/")) {
		return true
	}
	if strings.HasPrefix(path, selfModule+"/") {
		return false // this module's codes package is recognized by path, without facts
	}
	return strings.Contains(strings.ToLower(path), "surepass")
}

// ensureImports analyzes, once per process, every candidate among the
// imports of pkg, so that their facts are in the store.
// a is the analyzer about to run on pkg (nil when analyzing a dependency
// ourselves).
func (s *store) ensureImports(a *analysis.Analyzer, pkg *types.Package, mod string) {
	if pkg == nil {
		return
	}
	for _, imp := range pkg.Imports() {
		if candidate(imp.Path(), mod) {
			s.ensure(a, imp.Path(), mod)
		}
	}
}

// factSources returns the analyzers whose facts a reads: a and everything it
// requires, directly or not, that declares facts.
func factSources(a *analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(*analysis.Analyzer)
	visit = func(x *analysis.Analyzer) {
		if seen[x] {
			return
		}
		seen[x] = true
		if len(x.FactTypes) > 0 {
			out = append(out, x)
		}
		for _, r := range x.Requires {
			visit(r)
		}
	}
	visit(a)
	return out
}

// ensure loads the package at path from source and runs the fact-using
// analyzers on it, after its own candidate imports. Errors are kept, not
// fatal: a dependency that cannot be loaded contributes no facts.
func (s *store) ensure(a *analysis.Analyzer, path, mod string) {
	if a != nil && s.isRoot(path) && s.waitRoot(a, path) {
		return
	}
	s.mu.Lock()
	e, ok := s.deps[path]
	if !ok {
		e = &depEntry{}
		s.deps[path] = e
	}
	s.mu.Unlock()
	e.once.Do(func() { e.err = s.analyze(path, mod) })
}

const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedSyntax |
	packages.NeedTypesSizes | packages.NeedModule

func (s *store) analyze(path, mod string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analyzing dependency %s: %v", path, r)
		}
	}()
	pkgs, err := packages.Load(&packages.Config{Mode: loadMode, Dir: s.dir}, path)
	if err != nil {
		return err
	}
	if len(pkgs) != 1 || pkgs[0].Types == nil {
		return fmt.Errorf("loading dependency %s: no package", path)
	}
	pkg := pkgs[0]
	if pkg.Module != nil && mod == "" {
		mod = pkg.Module.Path
	}
	s.ensureImports(nil, pkg.Types, mod)

	results := map[*analysis.Analyzer]any{}
	for _, a := range s.order {
		pass := &analysis.Pass{
			Analyzer:   a,
			Fset:       pkg.Fset,
			Files:      pkg.Syntax,
			OtherFiles: pkg.OtherFiles,
			Pkg:        pkg.Types,
			TypesInfo:  pkg.TypesInfo,
			TypesSizes: pkg.TypesSizes,
			TypeErrors: pkg.TypeErrors,
			ResultOf:   map[*analysis.Analyzer]any{},
			Report:     func(analysis.Diagnostic) {},
			ReadFile:   os.ReadFile,
		}
		if pkg.Module != nil {
			pass.Module = &analysis.Module{Path: pkg.Module.Path, Version: pkg.Module.Version, GoVersion: pkg.Module.GoVersion}
		}
		for _, r := range a.Requires {
			pass.ResultOf[r] = results[r]
		}
		s.bind(pass)
		if len(pkg.Errors) > 0 && !a.RunDespiteErrors {
			continue
		}
		res, err := a.Run(pass)
		if err != nil {
			return err
		}
		results[a] = res
	}
	return nil
}

// bind points the fact functions of pass at the store.
func (s *store) bind(pass *analysis.Pass) {
	pkg := pass.Pkg
	// Objects with no object path (declared inside functions) are still
	// visible to the pass that exported them.
	local := map[types.Object][]analysis.Fact{}
	var localMu sync.Mutex

	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		if obj == nil || obj.Pkg() != pkg {
			panic(fmt.Sprintf("lazyfacts: %s exported a fact for %v, which is not in package %s", pass.Analyzer.Name, obj, pkg.Path()))
		}
		if p, err := objectpath.For(obj); err == nil {
			s.mu.Lock()
			s.objFacts[objKey{pkg.Path(), p, reflect.TypeOf(fact)}] = fact
			s.mu.Unlock()
			return
		}
		localMu.Lock()
		local[obj] = append(local[obj], fact)
		localMu.Unlock()
	}
	pass.ImportObjectFact = func(obj types.Object, fact analysis.Fact) bool {
		if obj == nil || obj.Pkg() == nil {
			return false
		}
		localMu.Lock()
		for _, f := range local[obj] {
			if reflect.TypeOf(f) == reflect.TypeOf(fact) {
				localMu.Unlock()
				copyFact(fact, f)
				return true
			}
		}
		localMu.Unlock()
		p, err := objectpath.For(obj)
		if err != nil {
			return false
		}
		s.mu.Lock()
		f, ok := s.objFacts[objKey{obj.Pkg().Path(), p, reflect.TypeOf(fact)}]
		s.mu.Unlock()
		if ok {
			copyFact(fact, f)
		}
		return ok
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		s.mu.Lock()
		s.pkgFacts[pkgKey{pkg.Path(), reflect.TypeOf(fact)}] = fact
		s.mu.Unlock()
	}
	pass.ImportPackageFact = func(p *types.Package, fact analysis.Fact) bool {
		if p == nil {
			return false
		}
		s.mu.Lock()
		f, ok := s.pkgFacts[pkgKey{p.Path(), reflect.TypeOf(fact)}]
		s.mu.Unlock()
		if ok {
			copyFact(fact, f)
		}
		return ok
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		visible := packagesOf(pkg)
		var out []analysis.ObjectFact
		s.mu.Lock()
		for k, f := range s.objFacts {
			p, ok := visible[k.pkg]
			if !ok {
				continue
			}
			if obj, err := objectpath.Object(p, k.obj); err == nil {
				out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
			}
		}
		s.mu.Unlock()
		localMu.Lock()
		for obj, fs := range local {
			for _, f := range fs {
				out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
			}
		}
		localMu.Unlock()
		return out
	}
	pass.AllPackageFacts = func() []analysis.PackageFact {
		visible := packagesOf(pkg)
		var out []analysis.PackageFact
		s.mu.Lock()
		for k, f := range s.pkgFacts {
			if p, ok := visible[k.pkg]; ok {
				out = append(out, analysis.PackageFact{Package: p, Fact: f})
			}
		}
		s.mu.Unlock()
		return out
	}
}

// packagesOf returns pkg and every package it imports, directly or not, by path.
func packagesOf(pkg *types.Package) map[string]*types.Package {
	seen := map[string]*types.Package{}
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		if p == nil {
			return
		}
		if _, ok := seen[p.Path()]; ok {
			return
		}
		seen[p.Path()] = p
		for _, imp := range p.Imports() {
			walk(imp)
		}
	}
	walk(pkg)
	return seen
}

// copyFact copies the fact src into dst, both pointers to the same type.
func copyFact(dst, src analysis.Fact) {
	reflect.ValueOf(dst).Elem().Set(reflect.ValueOf(src).Elem())
}
