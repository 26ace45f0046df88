package rawexposure

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Field-sensitive carriers. err.Error(), v.String() and err.Unwrap()
// describe their receiver, so they carry whatever it holds. A method of the
// module's own struct type that reads its receiver only through fields
// (func (e *TrustError) Error() string { return e.Reason.Error() }) carries
// only what those fields hold: an error type keeping the provider's error
// in one field for logs (cause, read by Cause()) and a fixed reason in
// another exposes the raw text through Cause(), not through Error(), though
// the literal &TrustError{Reason: r, cause: res.Err()} is raw as a whole.
// Within the package the method's body says so; importers read the fact
// rawexposure(reads fields Reason) that the package exports on such a
// method when its type has a raw field the method does not read.

// recvFieldsFact lists the receiver fields a carrier method reads (by
// name, promoted ones included); it reads the receiver no other way.
type recvFieldsFact struct {
	Fields []string
}

func (*recvFieldsFact) AFact() {}
func (f *recvFieldsFact) String() string {
	return "rawexposure(reads fields " + strings.Join(f.Fields, ", ") + ")"
}

// recvReads is what is known of a carrier method's use of its receiver.
type recvReads struct {
	fields []*types.Var
	ok     bool // the receiver is read only through these fields
}

// carrierFields returns the fields of its receiver carrier method fn reads,
// and whether it reads the receiver only through them; false for a method
// of an interface or of a type that is not a struct.
func (st *state) carrierFields(fn *types.Func) ([]*types.Var, bool) {
	fn = fn.Origin()
	if r, ok := st.recvCache[fn]; ok {
		return r.fields, r.ok
	}
	if st.recvCache == nil {
		st.recvCache = map[*types.Func]recvReads{}
	}
	var r recvReads
	if n := structRecv(fn); n != nil {
		if fn.Pkg() == st.pass.Pkg {
			r = st.localRecvReads(fn)
		} else {
			var f recvFieldsFact
			if st.pass.ImportObjectFact(fn, &f) {
				r.ok = true
				for _, name := range f.Fields {
					if v, ok := lookupField(n, fn.Pkg(), name); ok {
						r.fields = append(r.fields, v)
					}
				}
			}
		}
	}
	st.recvCache[fn] = r
	return r.fields, r.ok
}

// structRecv is the named struct type fn is a concrete method of, or nil.
func structRecv(fn *types.Func) *types.Named {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	n := recvNamed(sig.Recv().Type())
	if n == nil {
		return nil
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil
	}
	return n
}

func lookupField(n *types.Named, pkg *types.Package, name string) (*types.Var, bool) {
	obj, _, _ := types.LookupFieldOrMethod(n, true, pkg, name)
	v, ok := obj.(*types.Var)
	return v, ok && v.IsField()
}

// localRecvReads reads fn's declaration in this package: the receiver
// must appear only as the operand of field selections (e.f, e.inner.f).
func (st *state) localRecvReads(fn *types.Func) recvReads {
	decl := st.methodDecl(fn)
	if decl == nil || decl.Body == nil || decl.Recv == nil || len(decl.Recv.List) != 1 {
		return recvReads{}
	}
	info := st.pass.TypesInfo
	names := decl.Recv.List[0].Names
	if len(names) == 0 || names[0].Name == "_" {
		return recvReads{ok: true} // the receiver is not read at all
	}
	recv, _ := info.Defs[names[0]].(*types.Var)
	if recv == nil {
		return recvReads{}
	}
	out := recvReads{ok: true}
	viaField := map[*ast.Ident]bool{}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok || info.Uses[id] != recv {
			return true
		}
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			if v, ok := s.Obj().(*types.Var); ok {
				viaField[id] = true
				if !slices.Contains(out.fields, v) {
					out.fields = append(out.fields, v)
				}
			}
		}
		return true
	})
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == recv && !viaField[id] {
			out.ok = false // passed on, dereferenced, a method called on it
		}
		return out.ok
	})
	if !out.ok {
		out.fields = nil
	}
	return out
}

// methodDecl finds the declaration of method fn of this package.
func (st *state) methodDecl(fn *types.Func) *ast.FuncDecl {
	for _, f := range st.pass.Files {
		if f.Pos() > fn.Pos() || fn.Pos() >= f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && st.pass.TypesInfo.Defs[fd.Name] == fn {
				return fd
			}
		}
	}
	return nil
}

// carrierRecv is what carrier method fn called on a receiver carrying recv
// yields of it: the fields it reads, when it reads only fields.
func (fs *fstate) carrierRecv(fn *types.Func, recv taint, at ast.Expr) taint {
	if recv.textSafe && fn.Name() == "Error" && isAbstract(fn) {
		return taint{} // err.Error() of an error whose text is fixed (errtext.go)
	}
	fields, ok := fs.carrierFields(fn)
	if !ok || rawResult0(fs.summaryOf(fn)) {
		return recv // it says the raw value itself: the receiver's whole value tells where from
	}
	t := taint{}
	for _, v := range fields {
		fs.reads(v)
		if ft := fs.fields[v]; ft.kind != kNone {
			ft.pos = at.Pos()
			t = join(t, ft)
		}
	}
	if recv.narrow != 0 {
		// An errors.As target's text: the parameter it narrows (narrow.go).
		t = join(t, taint{params: recv.narrow, narrow: recv.narrow, narrowTo: recv.narrowTo})
	}
	return t
}

// exportRecvFields exports the fact for the package's exported carrier
// methods of exported struct types that read only fields and return
// nothing raw of their own, when the type holds a raw value in a field the
// method does not read (a cause kept for logs beside a fixed reason):
// elsewhere the receiver's value says as much.
func (st *state) exportRecvFields() {
	for _, file := range st.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil {
				continue
			}
			fn, _ := st.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil || !fn.Exported() || !isCarrier(fn) {
				continue
			}
			n := structRecv(fn)
			if n == nil || !n.Obj().Exported() {
				continue
			}
			fields, ok := st.carrierFields(fn)
			if !ok || rawResult0(st.funcs[fn]) || !st.rawFieldBeside(n, fields) {
				continue
			}
			f := &recvFieldsFact{}
			for _, v := range fields {
				f.Fields = append(f.Fields, v.Name())
			}
			st.pass.ExportObjectFact(fn, f)
		}
	}
}

// rawFieldBeside reports whether struct type n has a field, its own or
// promoted, holding a raw value (stored there, or a recognized SurePassID
// field) that is not among read.
func (st *state) rawFieldBeside(n *types.Named, read []*types.Var) bool {
	seen := map[*types.Struct]bool{}
	var walk func(s *types.Struct) bool
	walk = func(s *types.Struct) bool {
		if seen[s] {
			return false
		}
		seen[s] = true
		for i := 0; i < s.NumFields(); i++ {
			f := s.Field(i)
			if slices.Contains(read, f) {
				continue
			}
			if st.fields[f].kind != kNone || st.spid.FieldRole(f) != spid.RoleNone {
				return true
			}
			if es, ok := typex.Deref(f.Type()).Underlying().(*types.Struct); ok && f.Embedded() && walk(es) {
				return true
			}
		}
		return false
	}
	s, _ := n.Underlying().(*types.Struct)
	return s != nil && walk(s)
}

// rawResult0 reports whether a summary's first result carries a raw value.
func rawResult0(s *summary) bool {
	return s != nil && len(s.results) > 0 && s.results[0].kind != kNone
}

// isCarrier reports whether fn is Error, String or Unwrap with no
// parameters: a method describing its receiver.
func isCarrier(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Recv() != nil && carriers[fn.Name()] && sig.Params().Len() == 0
}
