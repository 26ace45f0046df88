package codeswitch

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Response sum types: an ogen handler returns one of the types of an
// interface its operation answers with (oas.VerifyChallengeRes), and the
// generated server writes it through an encode function of that package
// whose type switch on the value sets each type's status:
//
//	func encodeVerifyChallengeResponse(response VerifyChallengeRes, w http.ResponseWriter, ...) error {
//		switch response := response.(type) {
//		case *Session:  w.WriteHeader(200) ...
//		case *Problem:  w.WriteHeader(401) ...
//
// Returning &oas.Problem{...} from a function whose result is that
// interface rejects. A sumFact on the interface's type name lists the
// types whose case writes a failure status.

// sumFact marks a response sum type: the types (as types.TypeString
// prints them) whose case of its encode function writes a failure status.
type sumFact struct{ Reject []string }

func (*sumFact) AFact()         {}
func (*sumFact) String() string { return "codeswitch(sum)" }

// summarizeSums reads the package's encode functions: a function whose
// first parameter is an interface of this package and second the
// http.ResponseWriter, whose body holds a type switch on the first. It
// records (and exports) the failure types of each interface.
func (s *summaries) summarizeSums() {
	for fn, d := range s.decls {
		sig := fn.Signature()
		if sig.Recv() != nil || sig.Params().Len() < 2 || !typex.IsNamed(sig.Params().At(1).Type(), "net/http", "ResponseWriter") {
			continue
		}
		p := sig.Params().At(0)
		named, ok := p.Type().(*types.Named)
		if !ok || !types.IsInterface(named) || named.Obj().Pkg() != s.pass.Pkg {
			continue
		}
		c := s.checkerFor(d.file, sig)
		var reject []string
		ast.Inspect(d.decl.Body, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSwitchStmt)
			if !ok || !switchesOn(s.pass.TypesInfo, ts, p) {
				return true
			}
			for _, st := range ts.Body.List {
				cc, ok := st.(*ast.CaseClause)
				if !ok || len(cc.List) != 1 || !c.writesFailureStatus(cc.Body) {
					continue
				}
				if t := s.pass.TypesInfo.TypeOf(cc.List[0]); t != nil {
					reject = append(reject, types.TypeString(t, nil))
				}
			}
			return false
		})
		if len(reject) == 0 {
			continue
		}
		if s.sums == nil {
			s.sums = map[*types.TypeName][]string{}
		}
		s.sums[named.Obj()] = append(s.sums[named.Obj()], reject...)
	}
	for obj, reject := range s.sums {
		if obj.Exported() {
			s.pass.ExportObjectFact(obj, &sumFact{Reject: reject})
		}
	}
}

// switchesOn reports whether ts switches on the type of v.
func switchesOn(info *types.Info, ts *ast.TypeSwitchStmt, v *types.Var) bool {
	var x ast.Expr
	switch a := ts.Assign.(type) {
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	case *ast.ExprStmt:
		x = a.X
	}
	ta, ok := x.(*ast.TypeAssertExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(ta.X).(*ast.Ident)
	return ok && info.Uses[id] == v
}

// sumRejects reports whether a value of type t, returned as a result of
// the function judged, is a case of a response sum type among its
// results whose encode function writes a failure status.
func (c *checker) sumRejects(t types.Type) bool {
	if c.sig == nil || c.sums == nil {
		return false
	}
	text := types.TypeString(t, nil)
	for i := 0; i < c.sig.Results().Len(); i++ {
		named, ok := c.sig.Results().At(i).Type().(*types.Named)
		if !ok || !types.IsInterface(named) || !types.AssignableTo(t, named) {
			continue
		}
		reject, local := c.sums.sums[named.Obj()]
		if !local && named.Obj().Pkg() != c.pass.Pkg {
			var f sumFact
			if c.pass.ImportObjectFact(named.Obj(), &f) {
				reject = f.Reject
			}
		}
		if slices.Contains(reject, text) {
			return true
		}
	}
	return false
}
