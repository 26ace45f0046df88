package lazyfacts

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
)

// local is the import graph read in process, without go list: a package's
// directory comes from the main module's go.mod (its requirements and
// replacements, in the module cache or on disk), its imports and files from
// go/build reading the headers of its files. It answers for the ordinary
// module layout only (no go.work, no vendor directory, no GOPATH mode);
// elsewhere, and for any package it cannot place, the go list graph does.
type local struct {
	opts Options

	once    sync.Once
	ok      bool
	ctxt    build.Context
	goroot  string
	modules []moduleDir // longest path first

	mu    sync.Mutex
	nodes map[string]*localNode

	// The persistent cache of packages in the module cache.
	modCache  string
	cacheFile string // "": none
	cache     map[string]cached
	dirty     bool
}

// noLocal, set by tests, makes every package go to the go list graph.
var noLocal bool

type moduleDir struct{ path, dir string }

type localNode struct {
	known bool // false: not placed; ask go list
	carry bool
}

func newLocal(opts Options) *local {
	return &local{opts: opts, nodes: map[string]*localNode{}}
}

// setup reads go.mod; ok is false when the layout is not the ordinary one.
func (l *local) setup() {
	if noLocal {
		return
	}
	if os.Getenv("GO111MODULE") == "off" || os.Getenv("GOPACKAGESDRIVER") != "" && os.Getenv("GOPACKAGESDRIVER") != "off" {
		return
	}
	flags := strings.Fields(os.Getenv("GOFLAGS"))
	var tags []string
	modFlag := ""
	for _, f := range flags {
		name, value, _ := strings.Cut(strings.TrimLeft(f, "-"), "=")
		switch name {
		case "mod":
			modFlag = value
		case "tags":
			tags = append(tags, strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == ' ' })...)
		case "modfile":
			return
		}
	}
	if modFlag == "vendor" {
		return
	}
	dir := l.opts.Dir
	if dir == "" {
		dir = "."
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return
	}
	root := dir
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			return
		}
		root = parent
	}
	if w := os.Getenv("GOWORK"); w != "off" {
		if w != "" {
			return
		}
		for d := dir; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.work")); err == nil {
				return
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	if _, err := os.Stat(filepath.Join(root, "vendor", "modules.txt")); err == nil && modFlag != "mod" && modFlag != "readonly" {
		return
	}
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return
	}
	mf, err := modfile.Parse(filepath.Join(root, "go.mod"), data, nil)
	if err != nil || mf.Module == nil {
		return
	}
	modCache := os.Getenv("GOMODCACHE")
	if modCache == "" {
		gopath := build.Default.GOPATH
		if gopath == "" {
			return
		}
		modCache = filepath.Join(filepath.SplitList(gopath)[0], "pkg", "mod")
	}
	inCache := func(path, version string) string {
		p, err1 := module.EscapePath(path)
		v, err2 := module.EscapeVersion(version)
		if err1 != nil || err2 != nil {
			return ""
		}
		return filepath.Join(modCache, p+"@"+v)
	}
	dirs := map[string]string{mf.Module.Mod.Path: root}
	for _, r := range mf.Require {
		dirs[r.Mod.Path] = inCache(r.Mod.Path, r.Mod.Version)
	}
	for _, r := range mf.Replace {
		if _, required := dirs[r.Old.Path]; !required {
			continue
		}
		if r.New.Version == "" {
			d := r.New.Path
			if !filepath.IsAbs(d) {
				d = filepath.Join(root, d)
			}
			dirs[r.Old.Path] = d
		} else {
			dirs[r.Old.Path] = inCache(r.New.Path, r.New.Version)
		}
	}
	for p, d := range dirs {
		if d != "" {
			l.modules = append(l.modules, moduleDir{p, d})
		}
	}
	sort.Slice(l.modules, func(i, j int) bool { return len(l.modules[i].path) > len(l.modules[j].path) })
	l.ctxt = build.Default
	l.ctxt.BuildTags = append(l.ctxt.BuildTags, tags...)
	l.goroot = l.ctxt.GOROOT
	l.ok = l.goroot != ""
	l.openCache(modCache)
}

// dirOf returns the directory of the package at path; std reports a
// standard-library package; ok is false when path cannot be placed.
func (l *local) dirOf(path string) (dir string, std, ok bool) {
	for _, m := range l.modules {
		if path != m.path && !strings.HasPrefix(path, m.path+"/") {
			continue
		}
		dir = filepath.Join(m.dir, filepath.FromSlash(strings.TrimPrefix(path[len(m.path):], "/")))
		// A go.mod below the module's root and above the package makes
		// it another module's, one the main module does not require.
		for d := dir; d != m.dir && len(d) > len(m.dir); d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				return "", false, false
			}
		}
		return dir, false, true
	}
	first, _, _ := strings.Cut(path, "/")
	if !strings.Contains(first, ".") {
		if st, err := os.Stat(filepath.Join(l.goroot, "src", filepath.FromSlash(path))); err == nil && st.IsDir() {
			return "", true, true
		}
	}
	return "", false, false
}

// carry reports whether the package at path may carry facts; known is
// false when the package cannot be read in process. Calls are serialized:
// the work is small, and an import cycle (build tags other than the real
// build's) cannot deadlock.
func (l *local) carry(path string) (carry, known bool) {
	l.once.Do(l.setup)
	if !l.ok {
		return false, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	carry, known = l.carryLocked(path)
	l.saveCache()
	return carry, known
}

func (l *local) carryLocked(path string) (carry, known bool) {
	if n, ok := l.nodes[path]; ok {
		return n.carry, n.known // in progress (a cycle): known, no carry of its own yet
	}
	n := &localNode{known: true}
	l.nodes[path] = n
	n.carry, n.known = l.compute(path)
	return n.carry, n.known
}

func (l *local) compute(path string) (carry, known bool) {
	if path == codesPath {
		return true, true
	}
	if path == "C" || path == "unsafe" {
		return false, true
	}
	dir, std, ok := l.dirOf(path)
	if !ok {
		debugf("%s: not placed in process, asking go list", path)
		return false, false
	}
	if std {
		return false, true // no standard-library package has anything to do with SurePassID
	}
	if l.opts.Signal == nil {
		return true, true
	}
	signal, imports, ok := l.info(path, dir)
	if !ok {
		return false, false
	}
	if signal {
		debugf("%s may have a signal", path)
		return true, true
	}
	for _, imp := range imports {
		c, k := l.carryLocked(imp)
		if !k {
			debugf("%s imports %s", path, imp)
			return false, false
		}
		if c {
			return true, true
		}
	}
	return false, true
}

// cached is what the persistent cache keeps of a package: what Signal said
// and its imports. Stamp is "" for a package in the module cache, whose
// files never change; elsewhere it names the directory's files, sizes and
// modification times, and the entry is used only while they match.
type cached struct {
	Signal  bool     `json:"s,omitempty"`
	Imports []string `json:"i,omitempty"`
	Stamp   string   `json:"t,omitempty"`
}

// info returns whether the package in dir may have a signal of its own, and
// its imports: from the persistent cache if the package's files have not
// changed since, else by reading them.
func (l *local) info(path, dir string) (signal bool, imports []string, ok bool) {
	stamp := ""
	if l.cacheFile != "" {
		if !strings.HasPrefix(dir, l.modCache+string(filepath.Separator)) {
			stamp = dirStamp(dir)
		}
		// By directory: one path is another version in another module.
		if c, hit := l.cache[dir]; hit && c.Stamp == stamp {
			return c.Signal, c.Imports, true
		}
	}
	bp, err := l.ctxt.ImportDir(dir, 0)
	if err != nil {
		var noGo *build.NoGoError
		if !errors.As(err, &noGo) {
			debugf("%s: %v; asking go list", path, err)
			return false, nil, false
		}
		bp = &build.Package{}
	}
	var files []string
	for _, f := range append(bp.GoFiles, bp.CgoFiles...) {
		files = append(files, filepath.Join(dir, f))
	}
	signal = len(files) > 0 && l.opts.Signal(path, bp.Name, files)
	if l.cacheFile != "" && stamp != "?" {
		l.cache[dir] = cached{signal, bp.Imports, stamp}
		l.dirty = true
	}
	return signal, bp.Imports, true
}

// dirStamp names the Go files of dir with their sizes and modification
// times: what go/build and Signal read there.
func dirStamp(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "?"
	}
	h := sha256.New()
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			return "?"
		}
		fmt.Fprintf(h, "%s %d %d\n", e.Name(), info.Size(), info.ModTime().UnixNano())
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}

// openCache reads the persistent cache for this configuration: the module
// cache's directory, the build context, the Go version and
// opts.CacheKey (this binary and its recognition flags).
func (l *local) openCache(modCache string) {
	l.modCache = modCache
	if l.opts.CacheKey == nil {
		return
	}
	key := l.opts.CacheKey()
	if key == "" {
		return
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return
	}
	h := sha256.New()
	fmt.Fprintf(h, "lazyfacts 2\n%s\n%s %s %v %s\n%q\n%s\n", modCache, l.ctxt.GOOS, l.ctxt.GOARCH, l.ctxt.CgoEnabled, runtime.Version(), l.ctxt.BuildTags, key)
	l.cacheFile = filepath.Join(dir, "surepasslint", "lazyfacts", hex.EncodeToString(h.Sum(nil))[:32]+".json")
	l.cache = map[string]cached{}
	if data, err := os.ReadFile(l.cacheFile); err == nil {
		if json.Unmarshal(data, &l.cache) != nil {
			l.cache = map[string]cached{}
		}
	}
}

// saveCache writes the persistent cache if it grew (a temporary file
// renamed into place: concurrent runs each write a whole file).
func (l *local) saveCache() {
	if !l.dirty || l.cacheFile == "" {
		return
	}
	l.dirty = false
	data, err := json.Marshal(l.cache)
	if err != nil {
		return
	}
	if err := os.MkdirAll(filepath.Dir(l.cacheFile), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(l.cacheFile), "tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), l.cacheFile) != nil {
		os.Remove(tmp.Name())
	}
}
