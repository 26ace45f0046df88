package typex

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

const src = `package p

import "net/http"

type Reply struct{}

type Alias = Reply

type wrapped interface {
	error
	Unwrap() error
}

var (
	reply   Reply
	alias   Alias
	ptr     *Reply
	header  http.Header
	err     error
	wrapErr wrapped
	str     string
	stringer interface{ String() string }
)
`

func typesOf(t *testing.T) map[string]types.Type {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("example.com/p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]types.Type{}
	for _, name := range pkg.Scope().Names() {
		if v, ok := pkg.Scope().Lookup(name).(*types.Var); ok {
			out[name] = v.Type()
		}
	}
	return out
}

func TestIsNamed(t *testing.T) {
	ty := typesOf(t)
	for _, tt := range []struct {
		v          string
		path, name string
		want       bool
	}{
		{"reply", "example.com/p", "Reply", true},
		{"alias", "example.com/p", "Reply", true},
		{"ptr", "example.com/p", "Reply", false},
		{"header", "net/http", "Header", true},
		{"header", "net/url", "Header", false},
		{"reply", "example.com/p", "Alias", false},
		{"err", "", "error", false}, // a universe type has no package
	} {
		if got := IsNamed(ty[tt.v], tt.path, tt.name); got != tt.want {
			t.Errorf("IsNamed(%s, %q, %q) = %v, want %v", tt.v, tt.path, tt.name, got, tt.want)
		}
	}
	if !IsNamed(Deref(ty["ptr"]), "example.com/p", "Reply") {
		t.Error("IsNamed(Deref(*Reply)) = false")
	}
}

func TestIsError(t *testing.T) {
	ty := typesOf(t)
	for v, want := range map[string]bool{"err": true, "wrapErr": true, "str": false, "stringer": false, "reply": false} {
		if got := IsError(ty[v]); got != want {
			t.Errorf("IsError(%s) = %v, want %v", v, got, want)
		}
	}
	if IsError(nil) {
		t.Error("IsError(nil) = true")
	}
	if !types.Identical(ErrorType, ty["err"]) {
		t.Error("ErrorType is not error")
	}
}

func TestDeref(t *testing.T) {
	ty := typesOf(t)
	if got := Deref(ty["ptr"]); !types.Identical(got, ty["reply"]) {
		t.Errorf("Deref(*Reply) = %v", got)
	}
	if got := Deref(ty["str"]); got != ty["str"] {
		t.Errorf("Deref(string) = %v", got)
	}
	if got := Deref(nil); got != types.Typ[types.Invalid] {
		t.Errorf("Deref(nil) = %v", got)
	}
}

func TestInModule(t *testing.T) {
	pkg := func(path string) *types.Package { return types.NewPackage(path, "x") }
	web := pkg("example.com/portal/web")
	for _, tt := range []struct {
		module string // "" for a driver that gives none (GOPATH mode)
		path   string
		want   bool
	}{
		{"example.com/portal", "example.com/portal", true},
		{"example.com/portal", "example.com/portal/surepass", true},
		{"example.com/portal", "example.com/portalx/surepass", false},
		{"example.com/portal", "example.com/spsdk", false},
		{"example.com/portal", "github.com/surepasslint/surepasslint/codes", false},
		{"example.com/portal", "net/http", false},
		{"", "example.com/spsdk", true},
		{"", "github.com/surepasslint/surepasslint/codes", false},
		{"", "net/http", false},
	} {
		pass := &analysis.Pass{Pkg: web}
		if tt.module != "" {
			pass.Module = &analysis.Module{Path: tt.module}
		}
		if got := InModule(pass, pkg(tt.path)); got != tt.want {
			t.Errorf("module %q: InModule(%s) = %v, want %v", tt.module, tt.path, got, tt.want)
		}
	}
	pass := &analysis.Pass{Pkg: web, Module: &analysis.Module{Path: "example.com/other"}}
	if !InModule(pass, web) {
		t.Error("the analysed package is not in its own module")
	}
	if InModule(pass, nil) {
		t.Error("InModule(nil) = true")
	}
}

func TestPkgPath(t *testing.T) {
	for path, want := range map[string]string{
		"google.golang.org/grpc/internal/status": "google.golang.org/grpc/status",
		"google.golang.org/grpc/status":          "google.golang.org/grpc/status",
		"example.com/portal/internal/status":     "example.com/portal/internal/status",
	} {
		if got := PkgPath(types.NewPackage(path, "status")); got != want {
			t.Errorf("PkgPath(%s) = %s, want %s", path, got, want)
		}
	}
	if got := PkgPath(nil); got != "" {
		t.Errorf("PkgPath(nil) = %q", got)
	}
}

// TestWrites: every form of write is seen, reads are not, and the walk
// stops when asked to.
func TestWrites(t *testing.T) {
	const src = `package p

var a, b, c, d, e, f, g, r int

func w(m map[int]int, p *int) {
	a = r
	b += r
	c++
	_ = &d
	for e = range m {
	}
	for _, f = range m {
	}
	for k, v := range m {
		_, _ = k, v
	}
	*p = g
}
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "w.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	Writes([]*ast.File{file}, func(e ast.Expr) bool {
		if id, ok := e.(*ast.Ident); ok {
			got = append(got, id.Name)
		} else {
			got = append(got, "expr")
		}
		return true
	})
	want := "a b c _ d e _ f _ _ expr"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("writes = %q, want %q", g, want)
	}
	n := 0
	Writes([]*ast.File{file, file}, func(ast.Expr) bool { n++; return n < 3 })
	if n != 3 {
		t.Errorf("walk went on after false: %d calls, want 3", n)
	}
}
