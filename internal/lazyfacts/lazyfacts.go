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
// [New] returns copies of the analyzers with FactTypes removed, so the driver
// loads dependencies from export data as if no analyzer used facts. Facts are
// kept in a store instead and served by package path and object path
// (golang.org/x/tools/go/types/objectpath), so they are found whichever copy
// of the types a driver holds.
//
// What is analyzed from source is decided before any syntax is loaded,
// from the import graph alone: a package carries facts when
// [Options].Signal says it may by itself (for surepasslint: spid.MaySignal,
// a scan of its raw text for what makes a SurePassID signal), or when it
// imports, directly or not, one that does. The graph is read in process: a
// package's directory from the main module's go.mod (requirements and
// replacements), its files and imports from go/build reading their headers,
// as go list would, but without starting it; a layout this does not handle
// (go.work, a vendor directory, GOPATH mode, a package it cannot place)
// falls back to go list -deps. With [Options].CacheKey, what was read of
// each package is kept in the user cache directory, so that later runs read
// only the packages whose files changed. When a wrapped analyzer runs on a
// package,
// each of its imports that carries facts is
//   - one of the driver's own packages (the roots, test packages included:
//     listed by one go list, the first time it matters): its importers wait
//     for the driver's pass over it;
//   - otherwise: analyzed from source, once per process, after its own
//     imports that carry facts.
//
// Nothing else is loaded, and in a run where nothing carries facts no
// process is started at all: not the standard library, not a package of
// the same module or of a nested module with no signal in its import
// closure, never an external test package (p_test) or a test main (p.test),
// never this linter's own packages (its codes package is recognized by
// path, and importing it is a signal).
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

// Options says which packages the driver analyzes and how to tell the
// dependencies that can carry facts.
type Options struct {
	// Dir is where go list runs ("" for the current directory).
	Dir string
	// Patterns are the driver's package patterns, listed (once) only to
	// tell the roots, with Roots.
	Patterns []string
	// Roots says that the driver analyzes every package of Patterns, all
	// at once: facts of those packages come from its own passes, never
	// from loading them again. (Not with x/tools' -debug=s, which runs
	// them one after another.)
	Roots bool
	// Tests says that the driver analyzes test variants too (x/tools'
	// -test, on by default): the roots then include test packages.
	Tests bool
	// Signal reports whether the package at path, named name, with these
	// Go files, may carry facts by itself, decided without parsing. It
	// must never be false for a package on which an analyzer exports a
	// fact other than through what it imports. Importers of such a
	// package may carry facts too (decided from the import graph). nil:
	// every package outside the standard library may.
	Signal func(path, name string, files []string) bool
	// CacheKey, if set, names Signal's configuration (the binary, its
	// flags); it is called once, when the graph is first needed. What
	// Signal said of each package, and its imports, are then kept in the
	// user's cache directory under it, so that later runs read none of
	// its files: forever for a package in the module cache, whose files
	// never change; elsewhere while the names, sizes and modification
	// times of its directory's Go files stay the same.
	CacheKey func() string
}

// Wrap returns fact-free copies of analyzers (and of everything they
// require), backed by one fact store. Dependencies are loaded relative to
// dir ("" for the current directory); every dependency outside the
// standard library may carry facts.
func Wrap(analyzers []*analysis.Analyzer, dir string) []*analysis.Analyzer {
	return New(analyzers, Options{Dir: dir})
}

// WrapRoots is Wrap for a driver that runs the analyzers on the packages
// matching patterns, test variants included, all at once.
func WrapRoots(analyzers []*analysis.Analyzer, dir string, patterns []string) []*analysis.Analyzer {
	return New(analyzers, Options{Dir: dir, Patterns: patterns, Roots: len(patterns) > 0, Tests: true})
}

// New returns fact-free copies of analyzers (and of everything they
// require), backed by one fact store configured by opts.
func New(analyzers []*analysis.Analyzer, opts Options) []*analysis.Analyzer {
	s := &store{
		opts:     opts,
		dir:      opts.Dir,
		copies:   map[*analysis.Analyzer]*analysis.Analyzer{},
		objFacts: map[objKey]analysis.Fact{},
		pkgFacts: map[pkgKey]analysis.Fact{},
		deps:     map[string]*depEntry{},
		done:     map[doneKey]chan struct{}{},
		rootsSet: map[string]bool{},
		graph:    newGraph(opts),
		local:    newLocal(opts),
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
	opts   Options
	graph  *graph // from go list, where local cannot answer
	local  *local
	dir    string
	copies map[*analysis.Analyzer]*analysis.Analyzer // original -> copy
	order  []*analysis.Analyzer                      // originals with facts, requirements first

	mu       sync.Mutex
	objFacts map[objKey]analysis.Fact
	pkgFacts map[pkgKey]analysis.Fact
	deps     map[string]*depEntry
	done     map[doneKey]chan struct{}

	rootsOnce sync.Once
	rootsSet  map[string]bool // import paths the driver analyzes
}

// isRoot reports whether the driver analyzes the package at path. The
// driver's packages are listed (one go list, tests included when the driver
// analyzes them) the first time an import that can carry facts needs it:
// never in a run where nothing can.
func (s *store) isRoot(path string) bool {
	if !s.opts.Roots || len(s.opts.Patterns) == 0 {
		return false
	}
	s.rootsOnce.Do(func() {
		for _, p := range listPackages(s.opts.Dir, s.opts.Patterns, s.opts.Tests) {
			s.rootsSet[p] = true
		}
	})
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
			s.ensureImports(orig, pass.Pkg)
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

// selfModule is this linter's module: its packages are never loaded (the
// codes package is recognized by path, without facts), but importing its
// codes package is a signal.
const (
	selfModule = "github.com/surepasslint/surepasslint"
	codesPath  = selfModule + "/codes"
)

// testPath reports whether path is a test package: an external test
// package (p_test), which only its test main imports, or a test main
// (p.test). Neither is ever loaded from source: no package can use their
// facts.
func testPath(path string) bool {
	return strings.HasSuffix(path, "_test") || strings.HasSuffix(path, ".test")
}

// ensureImports analyzes, once per process, every import of pkg that can
// carry facts and that the driver does not analyze itself, so that their
// facts are in the store; for imports the driver does analyze, it waits
// for the driver's passes. a is the analyzer about to run on pkg (nil when
// analyzing a dependency ourselves).
func (s *store) ensureImports(a *analysis.Analyzer, pkg *types.Package) {
	if pkg == nil || strings.HasSuffix(pkg.Path(), ".test") {
		return // a test main: nothing of interest in it
	}
	for _, imp := range pkg.Imports() {
		path := imp.Path()
		if testPath(path) || path == selfModule || strings.HasPrefix(path, selfModule+"/") {
			continue
		}
		carry, known := s.local.carry(path)
		if !known {
			carry = s.graph.carry([]string{path})[0]
		}
		if carry {
			s.ensure(a, path)
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
func (s *store) ensure(a *analysis.Analyzer, path string) {
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
	e.once.Do(func() {
		if onLoad != nil {
			onLoad(path)
		}
		debugf("loading %s from source", path)
		e.err = s.analyze(path)
	})
}

const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedSyntax |
	packages.NeedTypesSizes | packages.NeedModule

// debug, from SUREPASSLINT_LAZYFACTS_DEBUG=1, logs what is loaded and why
// on standard error.
var debug = os.Getenv("SUREPASSLINT_LAZYFACTS_DEBUG") == "1"

func debugf(format string, args ...any) {
	if debug {
		fmt.Fprintf(os.Stderr, "lazyfacts: "+format+"\n", args...)
	}
}

// onLoad, when set (by tests), is called with the path of every package
// loaded from source.
var onLoad func(path string)

func (s *store) analyze(path string) (err error) {
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
	s.ensureImports(nil, pkg.Types)

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
		var out []analysis.ObjectFact
		s.mu.Lock()
		none := len(s.objFacts) == 0
		s.mu.Unlock()
		if !none {
			out = s.visibleObjectFacts(pkg)
		}
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
		s.mu.Lock()
		none := len(s.pkgFacts) == 0
		s.mu.Unlock()
		if none {
			return nil // most packages, in code with no SurePassID: no walk of the imports
		}
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

// visibleObjectFacts returns the stored object facts of pkg and of every
// package it imports, directly or not.
func (s *store) visibleObjectFacts(pkg *types.Package) []analysis.ObjectFact {
	visible := packagesOf(pkg)
	var out []analysis.ObjectFact
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, f := range s.objFacts {
		p, ok := visible[k.pkg]
		if !ok {
			continue
		}
		if obj, err := objectpath.Object(p, k.obj); err == nil {
			out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
		}
	}
	return out
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
