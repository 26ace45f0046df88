package lazyfacts

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// graph is the import graph of the packages analyzed and of their
// dependencies, as go list gives it (paths, names, files, imports; nothing
// parsed, nothing compiled), with what each package can carry: a package
// carries facts when opts.Signal says it may by itself, or when it
// imports, directly or not, a package that does.
type graph struct {
	opts  Options
	mu    sync.Mutex
	nodes map[string]*node
	asked map[string]bool // arguments already given to go list
}

// node is one package path (its test variants merged in).
type node struct {
	path, name string
	std        bool
	files      []string
	imports    map[string]bool
	scanned    bool // signal is known
	signal     bool // may carry facts by itself
	carry      bool // may carry facts, by itself or through its imports
}

func newGraph(opts Options) *graph {
	return &graph{opts: opts, nodes: map[string]*node{}, asked: map[string]bool{}}
}

// listedPackage is what we ask of go list -json.
type listedPackage struct {
	ImportPath string
	Name       string
	Dir        string
	Standard   bool
	DepOnly    bool
	GoFiles    []string
	CgoFiles   []string
	Imports    []string
}

const listFields = "-json=ImportPath,Name,Dir,Standard,DepOnly,GoFiles,CgoFiles,Imports"

// listLocked adds the packages matching args and their dependencies to
// the graph, with g.mu held, and returns the paths of those matching args
// (with tests, their test packages too).
func (g *graph) listLocked(args []string, tests bool) (roots []string) {
	for _, a := range args {
		g.asked[a] = true
	}
	if onList != nil {
		onList(args)
	}
	debugf("go list -deps %s", strings.Join(args, " "))
	cmdArgs := []string{"list", "-e", "-deps", listFields}
	if tests {
		cmdArgs = append(cmdArgs, "-test")
	}
	cmd := exec.Command("go", append(cmdArgs, args...)...)
	cmd.Dir = g.opts.Dir
	// With -e, go list reports broken packages in its output; a failure
	// of go list itself leaves the graph without them, and carry then
	// errs on the side of loading.
	out, _ := cmd.Output()
	seen := map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); err != nil {
			break
		}
		path := stripVariant(p.ImportPath)
		if path == "" {
			continue
		}
		if !p.DepOnly && !seen[path] {
			seen[path] = true
			roots = append(roots, path)
		}
		n := g.nodes[path]
		if n == nil {
			n = &node{path: path, name: p.Name, std: p.Standard, imports: map[string]bool{}}
			g.nodes[path] = n
		}
		for _, f := range append(p.GoFiles, p.CgoFiles...) {
			if !filepath.IsAbs(f) {
				f = filepath.Join(p.Dir, f)
			}
			if !contains(n.files, f) {
				n.files = append(n.files, f)
				n.scanned = false // a test variant brought more files
			}
		}
		for _, imp := range p.Imports {
			n.imports[stripVariant(imp)] = true
		}
	}
	g.scan()
	g.propagate()
	return roots
}

// onList, when set (by tests), is called with the arguments of every go
// list of the graph.
var onList func(args []string)

// stripVariant turns a go list ID such as "p [p.test]" into the path p.
func stripVariant(id string) string {
	if i := strings.Index(id, " ["); i >= 0 {
		return id[:i]
	}
	return id
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scan decides, in parallel, whether each package not yet scanned may carry
// facts by itself.
func (g *graph) scan() {
	var todo []*node
	for _, n := range g.nodes {
		if !n.scanned {
			todo = append(todo, n)
		}
	}
	work := make(chan *node)
	var wg sync.WaitGroup
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range work {
				n.signal = g.signal(n)
				n.scanned = true
			}
		}()
	}
	for _, n := range todo {
		work <- n
	}
	close(work)
	wg.Wait()
}

func (g *graph) signal(n *node) bool {
	switch {
	case n.std:
		return false // no standard-library package has anything to do with SurePassID
	case n.path == codesPath:
		return true // importing it is a signal
	case g.opts.Signal == nil:
		return true
	}
	return g.opts.Signal(n.path, n.name, n.files)
}

// propagate computes carry: the packages with a signal and, through the
// reversed import graph, everything that imports one.
func (g *graph) propagate() {
	importers := map[string][]*node{}
	var queue []*node
	for _, n := range g.nodes {
		n.carry = n.signal
		if n.carry {
			queue = append(queue, n)
		}
		for imp := range n.imports {
			importers[imp] = append(importers[imp], n)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range importers[n.path] {
			if !m.carry {
				m.carry = true
				queue = append(queue, m)
			}
		}
	}
}

// carry reports, for each path, whether the package may carry facts.
// Paths not in the graph yet are listed first (all at once); a package
// go list does not know about may carry facts unless its path looks like
// the standard library's.
func (g *graph) carry(paths []string) []bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	var missing []string
	for _, p := range paths {
		if g.nodes[p] == nil && !g.asked[p] {
			missing = append(missing, p)
		}
	}
	if len(missing) > 0 {
		g.listLocked(missing, false)
	}
	out := make([]bool, len(paths))
	for i, p := range paths {
		if n := g.nodes[p]; n != nil {
			out[i] = n.carry
		} else {
			first, _, _ := strings.Cut(p, "/")
			out[i] = strings.Contains(first, ".")
		}
	}
	return out
}

// listPackages returns the paths of the packages matching patterns (with
// tests, their test packages and test mains too), from one go list.
func listPackages(dir string, patterns []string, tests bool) []string {
	args := []string{"list", "-e", "-json=ImportPath"}
	if tests {
		args = append(args, "-test")
	}
	if onList != nil {
		onList(patterns)
	}
	debugf("go list %s (the driver's packages)", strings.Join(patterns, " "))
	cmd := exec.Command("go", append(args, patterns...)...)
	cmd.Dir = dir
	out, _ := cmd.Output()
	var paths []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); err != nil {
			break
		}
		if path := stripVariant(p.ImportPath); path != "" {
			paths = append(paths, path)
		}
	}
	return paths
}
