package rawexposure

import (
	"fmt"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Fields of other packages. A package can put a fact only on its own
// objects, but a SurePassID adapter often stores the server's message in a
// type of another package: a ports-and-adapters layout fills the domain's
// result (domain.Check{Reason: resp.ErrorMessage}) or error type, and the
// handlers read the field through the port's interface. Such fields go
// into a package fact of the storing package; every package that depends
// on it reads the fact and knows the field is raw (and has full analysis:
// the fact brings a raw value in). A package that does not depend on the
// adapter does not see it, as with any fact.

// foreignFieldsFact lists the exported fields of exported types of other
// packages that the package stores a raw value in.
type foreignFieldsFact struct {
	Fields []foreignField
}

type foreignField struct {
	Pkg, Type, Field string
	Kind             kind
	From             string
}

func (*foreignFieldsFact) AFact() {}
func (f *foreignFieldsFact) String() string {
	var parts []string
	for _, x := range f.Fields {
		parts = append(parts, fmt.Sprintf("%s.%s.%s raw %s from %s", x.Pkg, x.Type, x.Field, x.Kind, x.From))
	}
	return "rawexposure(fields " + strings.Join(parts, "; ") + ")"
}

// foreignFacts returns the foreign-field facts of the package's
// dependencies.
func foreignFacts(pass *analysis.Pass) []foreignField {
	var out []foreignField
	for _, f := range pass.AllPackageFacts() {
		if ff, ok := f.Fact.(*foreignFieldsFact); ok {
			out = append(out, ff.Fields...)
		}
	}
	return out
}

// seedForeign marks the fields the facts name as raw in st.fields; after
// indexImports.
func (st *state) seedForeign(fields []foreignField) {
	for _, x := range fields {
		if v := st.importedField(x.Pkg, x.Type, x.Field); v != nil && st.fields[v].kind == kNone {
			st.fields[v] = taint{kind: x.Kind, from: x.From, named: true}
			st.seed(v)
		}
	}
}

// seed records that field v was known raw from a fact: the package does
// not export it again.
func (st *state) seed(v *types.Var) {
	if st.seeded == nil {
		st.seeded = map[*types.Var]bool{}
	}
	st.seeded[v] = true
}

// exportForeign exports the package's stores of raw values in fields of
// other packages' exported types, of the module: a framework's types are
// its sinks' business.
func (st *state) exportForeign() {
	var out []foreignField
	for v, t := range st.fields {
		if v.Pkg() == nil || v.Pkg() == st.pass.Pkg || t.kind == kNone || !v.Exported() || st.seeded[v] || !typex.InModule(st.pass, v.Pkg()) {
			continue
		}
		n, ok := fieldOwner(v).(*types.Named)
		if !ok || !n.Obj().Exported() {
			continue
		}
		out = append(out, foreignField{Pkg: v.Pkg().Path(), Type: n.Obj().Name(), Field: v.Name(), Kind: t.kind, From: t.from})
	}
	if len(out) == 0 {
		return
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Pkg != b.Pkg {
			return a.Pkg < b.Pkg
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.Field < b.Field
	})
	st.pass.ExportPackageFact(&foreignFieldsFact{Fields: out})
}
