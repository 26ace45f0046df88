package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Predicates and rejecting helpers reached indirectly:
//   - through an interface of the module: a call of a method of an
//     interface type declared in the module being analyzed is a
//     predicate (a rejecting helper) when every concrete method of that name
//     whose receiver implements the interface, among this package's types and
//     those of other packages carrying this check's fact, is one, and the
//     predicates agree (if !rep.OK() where rep is a Reply interface the
//     client's reply types implement);
//   - through a function value: a call of a local variable declared with a
//     function or method value and never assigned again (isOK :=
//     spapi.IsSuccess; if !isOK(code), deny := s.deny; deny(w)) is a call of
//     that function or method.

// implementations returns the concrete methods a call of interface method
// fn may run (see above); nil when fn is no interface method.
func (s *summaries) implementations(fn *types.Func) []*types.Func {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	ifc, ok := sig.Recv().Type().Underlying().(*types.Interface)
	if !ok || ifc.Empty() || !typex.InModule(s.pass, fn.Pkg()) {
		return nil // io.Writer, http.ResponseWriter: not the module's own
	}
	if s.byName == nil {
		s.byName = map[string][]*types.Func{}
		for m := range s.decls {
			if m.Signature().Recv() != nil {
				s.byName[m.Name()] = append(s.byName[m.Name()], m)
			}
		}
		for _, f := range s.pass.AllObjectFacts() {
			m, ok := f.Object.(*types.Func)
			if !ok || m.Pkg() == s.pass.Pkg || m.Signature().Recv() == nil {
				continue
			}
			switch f.Fact.(type) {
			case *predFact, *rejectFact:
				if !containsFunc(s.byName[m.Name()], m) {
					s.byName[m.Name()] = append(s.byName[m.Name()], m)
				}
			}
		}
	}
	var out []*types.Func
	for _, m := range s.byName[fn.Name()] {
		rt := m.Signature().Recv().Type()
		if p, ok := rt.(*types.Pointer); ok {
			rt = p.Elem()
		}
		if types.IsInterface(rt) {
			continue
		}
		if types.Implements(rt, ifc) || types.Implements(types.NewPointer(rt), ifc) {
			out = append(out, m)
		}
	}
	return out
}

func containsFunc(list []*types.Func, fn *types.Func) bool {
	for _, f := range list {
		if f == fn {
			return true
		}
	}
	return false
}

// interfacePredicate returns the predicate every implementation of
// interface method fn is, when they agree; nil otherwise.
func (s *summaries) interfacePredicate(fn *types.Func) *predFact {
	var out *predFact
	for _, m := range s.implementations(fn) {
		p := s.predicate(m)
		if p == nil || (out != nil && p.String() != out.String()) {
			return nil
		}
		out = p
	}
	return out
}

// interfaceRejects reports whether every implementation of interface
// method fn rejects, and there is one.
func (s *summaries) interfaceRejects(fn *types.Func) bool {
	impls := s.implementations(fn)
	for _, m := range impls {
		if !s.rejects(m) {
			return false
		}
	}
	return len(impls) > 0
}

// boundCall returns the call call stands for when it calls a local
// variable declared with a function or method value and never assigned
// again (isOK := spapi.IsSuccess; isOK(code) is spapi.IsSuccess(code)); call
// itself otherwise. The returned call is built for evaluation only.
func (c *checker) boundCall(call *ast.CallExpr) *ast.CallExpr {
	v := c.localVar(call.Fun)
	if v == nil {
		return call
	}
	if _, ok := v.Type().Underlying().(*types.Signature); !ok {
		return call
	}
	init := c.localInit(call.Fun)
	if init == nil {
		return call
	}
	if _, ok := c.objOf(ast.Unparen(init)).(*types.Func); !ok {
		return call
	}
	if body := c.enclosingBody(v.Pos()); body == nil || assignsVar(c.pass.TypesInfo, body, v) {
		return call
	}
	return &ast.CallExpr{Fun: init, Lparen: call.Lparen, Args: call.Args, Ellipsis: call.Ellipsis, Rparen: call.Rparen}
}

// enclosingBody returns the body of the function declaration or literal of
// the file enclosing pos.
func (c *checker) enclosingBody(pos token.Pos) *ast.BlockStmt {
	path, _ := astutil.PathEnclosingInterval(c.file, pos, pos)
	for _, n := range path {
		switch f := n.(type) {
		case *ast.FuncLit:
			return f.Body
		case *ast.FuncDecl:
			return f.Body
		}
	}
	return nil
}
