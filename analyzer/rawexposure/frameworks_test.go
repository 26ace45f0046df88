package rawexposure

import (
	"go/ast"
	"go/types"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// TestFrameworkSinksMatchStubs checks every row of sinkTables against
// the stub packages, whose signatures are copied from the real modules: the
// function or method exists, the listed arguments exist, Variadic is set
// only on a variadic signature, and no listed argument is a status code.
func TestFrameworkSinksMatchStubs(t *testing.T) {
	for _, tb := range sinkTables {
		t.Run(tb.name, func(t *testing.T) { matchStubs(t, tb.rows) })
	}
	t.Run("fields", func(t *testing.T) { matchFieldStubs(t, fieldSinks) })
}

// sinkTables are the framework tables, each with the testdata tree whose
// // want lines must call every row.
var sinkTables = []struct {
	name string
	rows []sink
	tree string
}{
	{"frameworks", frameworkSinks, "rawexposure/frameworks/..."},
	{"rpc", rpcSinks, "rawexposure/rpc/..."},
	{"web", webSinks, "rawexposure/webfw/..."},
	{"api", apiSinks, "rawexposure/webfw/..."},
	{"bots", botSinks, "rawexposure/bots/..."},
	{"sessions", sessionSinks, "rawexposure/webfw/..."},
	{"messaging", messagingSinks, "rawexposure/messaging/..."},
	{"oauth", oauthSinks, "rawexposure/oauthtempl/..."},
	{"ssh", sshSinks, "rawexposure/sshgate/..."},
	{"radius", radiusSinks, "rawexposure/radiusgw/..."},
}

func matchStubs(t *testing.T, rows []sink) {
	paths := map[string]bool{}
	for _, s := range rows {
		paths[s.Pkg] = true
	}
	var patterns []string
	for p := range paths {
		patterns = append(patterns, p)
	}
	byPath := map[string]*types.Package{}
	for _, p := range loadTestdata(t, packages.NeedName|packages.NeedTypes, patterns...) {
		byPath[p.PkgPath] = p.Types
	}

	seen := map[string]bool{}
	for _, s := range rows {
		name := s.Pkg + "." + s.Name
		if s.Recv != "" {
			name = s.Pkg + "." + s.Recv + "." + s.Name
		}
		if seen[name] {
			t.Errorf("%s: duplicate row", name)
		}
		seen[name] = true
		if s.Writer != -1 || s.What == "" || len(s.Args) == 0 {
			t.Errorf("%s: want Writer -1, a What and at least one argument: %+v", name, s)
		}
		pkg := byPath[s.Pkg]
		if pkg == nil {
			t.Errorf("%s: no stub package %s", name, s.Pkg)
			continue
		}
		fn := lookupSinkFunc(pkg, s)
		if fn == nil {
			t.Errorf("%s: not declared in the stub", name)
			continue
		}
		sig := fn.Type().(*types.Signature)
		n := sig.Params().Len()
		args := s.Args
		switch last := s.Args[len(s.Args)-1]; {
		case s.Variadic && !sig.Variadic():
			t.Errorf("%s: Variadic set on %s", name, sig)
		case s.Variadic:
			for a := last + 1; a < n; a++ {
				args = append(args, a)
			}
		case sig.Variadic() && last == n-1:
			t.Errorf("%s: variadic argument %d listed without Variadic", name, last)
		}
		for _, a := range args {
			if a < 0 || a >= n {
				t.Errorf("%s: argument %d out of range for %s", name, a, sig)
				continue
			}
			typ := sig.Params().At(a).Type()
			if sig.Variadic() && a == n-1 {
				typ = typ.(*types.Slice).Elem()
			}
			if b, ok := typ.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
				t.Errorf("%s: argument %d (%s) is a status code, not something the user reads", name, a, sig.Params().At(a).Name())
			}
		}
	}
}

// TestFrameworkSinksCovered checks that every row of sinkTables is
// exercised by a call carrying a // want in its tree.
func TestFrameworkSinksCovered(t *testing.T) {
	for _, tb := range sinkTables {
		t.Run(tb.name, func(t *testing.T) { covered(t, tb.rows, tb.tree) })
	}
	t.Run("fields", func(t *testing.T) {
		var trees []string
		for _, tb := range sinkTables {
			trees = append(trees, tb.tree)
		}
		coveredFields(t, fieldSinks, trees...)
	})
}

func covered(t *testing.T, rows []sink, tree string) {
	covered := map[string]bool{}
	mode := packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo
	for _, p := range loadTestdata(t, mode, tree) {
		for _, f := range p.Syntax {
			wantLines := map[int]bool{}
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					if strings.HasPrefix(c.Text, "// want ") {
						wantLines[p.Fset.Position(c.Pos()).Line] = true
					}
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || !wantLines[p.Fset.Position(call.Pos()).Line] {
					return true
				}
				switch fn := typeutil.Callee(p.TypesInfo, call).(type) {
				case *types.Func:
					covered[funcKey(fn)] = true
				case *types.Var: // huma.NewError; a value of a named function type (sse.Sender)
					if fn.Pkg() != nil {
						covered[fn.Pkg().Path()+"."+fn.Name()] = true
					}
					if n, ok := types.Unalias(fn.Type()).(*types.Named); ok && n.Obj().Pkg() != nil {
						covered[n.Obj().Pkg().Path()+"."+n.Obj().Name()] = true
					}
				}
				return true
			})
		}
	}
	for _, s := range rows {
		key := s.Pkg + "." + s.Name
		if s.Recv != "" {
			key = s.Pkg + "." + s.Recv + "." + s.Name
		}
		if !covered[key] {
			t.Errorf("%s: no case in %s calls it on a // want line", key, tree)
		}
	}
}

// loadTestdata loads packages of the GOPATH-style testdata tree.
func loadTestdata(t *testing.T, mode packages.LoadMode, patterns ...string) []*packages.Package {
	t.Helper()
	dir := analyzertest.TestData(t)
	cfg := &packages.Config{
		Mode: mode,
		Dir:  dir,
		Env:  append(packagesEnv(), "GOPATH="+dir, "GO111MODULE=off", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			t.Fatalf("%s: %v", p.PkgPath, p.Errors)
		}
	}
	return pkgs
}

// lookupSinkFunc finds the function or method s names in pkg.
func lookupSinkFunc(pkg *types.Package, s sink) *types.Func {
	if s.Recv == "" {
		switch obj := pkg.Scope().Lookup(s.Name).(type) {
		case *types.Func:
			return obj
		case *types.Var: // a package variable of function type (huma.NewError)
			if sig, ok := obj.Type().Underlying().(*types.Signature); ok {
				return types.NewFunc(obj.Pos(), pkg, obj.Name(), sig)
			}
		case *types.TypeName: // a named function type (sse.Sender)
			if sig, ok := obj.Type().Underlying().(*types.Signature); ok {
				return types.NewFunc(obj.Pos(), pkg, obj.Name(), sig)
			}
		}
		return nil
	}
	tn, _ := pkg.Scope().Lookup(s.Recv).(*types.TypeName)
	if tn == nil {
		return nil
	}
	typ := tn.Type()
	if !types.IsInterface(typ) {
		typ = types.NewPointer(typ)
	}
	obj, _, _ := types.LookupFieldOrMethod(typ, true, pkg, s.Name)
	fn, _ := obj.(*types.Func)
	return fn
}

// packagesEnv is the environment minus the variables the GOPATH-mode load
// sets itself.
func packagesEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOPATH=") && !strings.HasPrefix(kv, "GO111MODULE=") && !strings.HasPrefix(kv, "GOFLAGS=") {
			env = append(env, kv)
		}
	}
	return env
}

// matchFieldStubs checks every field row against the stub packages: the
// struct type and the exported field exist, the field is sent (not tagged
// json:"-") and is not a status code.
func matchFieldStubs(t *testing.T, rows []fieldSink) {
	paths := map[string]bool{}
	for _, r := range rows {
		paths[r.Pkg] = true
	}
	var patterns []string
	for p := range paths {
		patterns = append(patterns, p)
	}
	byPath := map[string]*types.Package{}
	for _, p := range loadTestdata(t, packages.NeedName|packages.NeedTypes, patterns...) {
		byPath[p.PkgPath] = p.Types
	}
	seen := map[string]bool{}
	for _, r := range rows {
		name := r.Pkg + "." + r.Type + "." + r.Field
		if seen[name] {
			t.Errorf("%s: duplicate row", name)
		}
		seen[name] = true
		if r.What == "" {
			t.Errorf("%s: no What", name)
		}
		pkg := byPath[r.Pkg]
		if pkg == nil {
			t.Errorf("%s: no stub package %s", name, r.Pkg)
			continue
		}
		tn, _ := pkg.Scope().Lookup(r.Type).(*types.TypeName)
		if tn == nil {
			t.Errorf("%s: type %s not declared in the stub", name, r.Type)
			continue
		}
		st, _ := tn.Type().Underlying().(*types.Struct)
		if st == nil {
			t.Errorf("%s: %s is not a struct type", name, r.Type)
			continue
		}
		found := false
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			if f.Name() != r.Field {
				continue
			}
			found = true
			if !f.Exported() {
				t.Errorf("%s: unexported field", name)
			}
			if reflectTagName(st.Tag(i)) == "-" {
				t.Errorf("%s: tagged json:\"-\", never sent", name)
			}
			if b, ok := f.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
				t.Errorf("%s: an integer field (a status code), not something the user reads", name)
			}
		}
		if !found {
			t.Errorf("%s: field not declared in the stub", name)
		}
	}
}

// coveredFields checks that every field row is stored into, on a // want
// line, in one of the trees: by a composite literal starting on that line
// or an assignment (to the field or one of its elements) on it.
func coveredFields(t *testing.T, rows []fieldSink, trees ...string) {
	covered := map[string]bool{}
	note := func(v *types.Var) {
		if v == nil || v.Pkg() == nil {
			return
		}
		// Every type declared with the struct owning v (type
		// BadRequestError HTTPError) shares v.
		scope := v.Pkg().Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			if s, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := 0; i < s.NumFields(); i++ {
					if s.Field(i) == v {
						covered[v.Pkg().Path()+"."+name+"."+v.Name()] = true
					}
				}
			}
		}
	}
	mode := packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo
	for _, p := range loadTestdata(t, mode, trees...) {
		info := p.TypesInfo
		for _, f := range p.Syntax {
			wantLines := map[int]bool{}
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					if strings.HasPrefix(c.Text, "// want ") {
						wantLines[p.Fset.Position(c.Pos()).Line] = true
					}
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if n == nil || !wantLines[p.Fset.Position(n.Pos()).Line] {
					return true
				}
				switch n := n.(type) {
				case *ast.CompositeLit:
					st, ok := typex.Deref(info.TypeOf(n)).Underlying().(*types.Struct) // &T elided in []*T{{...}}
					if !ok {
						break
					}
					for i, elt := range n.Elts {
						if kv, ok := elt.(*ast.KeyValueExpr); ok {
							if id, ok := kv.Key.(*ast.Ident); ok {
								v, _ := info.Uses[id].(*types.Var)
								note(v)
							}
						} else if i < st.NumFields() {
							note(st.Field(i))
						}
					}
				case *ast.AssignStmt:
					for _, lhs := range n.Lhs {
						lhs = ast.Unparen(lhs)
						if ix, ok := lhs.(*ast.IndexExpr); ok {
							lhs = ast.Unparen(ix.X)
						}
						if sel, ok := lhs.(*ast.SelectorExpr); ok {
							if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
								v, _ := s.Obj().(*types.Var)
								note(v)
							}
						}
					}
				}
				return true
			})
		}
	}
	for _, r := range rows {
		key := r.Pkg + "." + r.Type + "." + r.Field
		if !covered[key] {
			t.Errorf("%s: no case in %s stores into it on a // want line", key, strings.Join(trees, ", "))
		}
	}
}
