package rawexposure

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Writer parameters: a command's helpers often take the writer they print
// to as an io.Writer (func fail(w io.Writer, err error) int { fmt.Fprintf(w,
// "error: %v\n", err); return 1 }), called with the SSH session or the
// HTTP response. An interface-typed parameter with a Write method of an
// unexported function of the package writes to the client when every call
// of the function in the package passes a writer to the client for it (a
// value of a response or session type, sess.Stderr(), or the caller's own
// such parameter); the function used as a value, or never called, is not
// followed. A write to it is then a sink, and the helper a sink for what
// reaches it (its parameter facts), judged at its calls.

// writerParamState is the package's answer, computed on first use.
type writerParamState struct {
	params map[*types.Var]paramSlot     // interface-typed writer parameters of unexported functions
	calls  map[*types.Func][]writerCall // their calls in the package
	valued map[*types.Func]bool         // functions used other than called
	memo   map[*types.Var]bool
	busy   map[*types.Var]bool
}

type paramSlot struct {
	fn  *types.Func
	idx int
}

type writerCall struct {
	call   *ast.CallExpr
	caller *types.Func // the declared function the call is in (nil at package level)
}

// writerParam reports whether v is a writer parameter every call passes a
// writer to the client for.
func (fs *fstate) writerParam(v *types.Var) bool {
	if v == nil || v.IsField() || !types.IsInterface(v.Type()) || !hasWrite(v.Type()) {
		return false
	}
	ws := fs.writerParamsIndex()
	return fs.writerParamOK(ws, v)
}

// hasWrite reports whether t has a Write method.
func hasWrite(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "Write")
	_, ok := obj.(*types.Func)
	return ok
}

func (fs *fstate) writerParamsIndex() *writerParamState {
	if fs.writerParams != nil {
		return fs.writerParams
	}
	ws := &writerParamState{
		params: map[*types.Var]paramSlot{},
		calls:  map[*types.Func][]writerCall{},
		valued: map[*types.Func]bool{},
		memo:   map[*types.Var]bool{},
		busy:   map[*types.Var]bool{},
	}
	fs.writerParams = ws
	info := fs.pass.TypesInfo
	for _, file := range fs.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil || fn.Exported() {
				continue
			}
			params := fn.Signature().Params()
			for i := 0; i < params.Len(); i++ {
				p := params.At(i)
				if types.IsInterface(p.Type()) && hasWrite(p.Type()) {
					ws.params[p] = paramSlot{fn: fn, idx: i}
				}
			}
		}
	}
	if len(ws.params) == 0 {
		return ws
	}
	helpers := map[*types.Func]bool{}
	for _, s := range ws.params {
		helpers[s.fn] = true
	}
	for _, file := range fs.pass.Files {
		for _, d := range file.Decls {
			var caller *types.Func
			if fd, ok := d.(*ast.FuncDecl); ok {
				caller, _ = info.Defs[fd.Name].(*types.Func)
			}
			called := map[*ast.Ident]bool{}
			ast.Inspect(d, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					fn := typeutil.StaticCallee(info, n)
					if fn != nil && helpers[fn] {
						ws.calls[fn] = append(ws.calls[fn], writerCall{call: n, caller: caller})
						switch f := ast.Unparen(n.Fun).(type) {
						case *ast.Ident:
							called[f] = true
						case *ast.SelectorExpr:
							called[f.Sel] = true
						}
					}
				case *ast.Ident:
					if fn, ok := info.Uses[n].(*types.Func); ok && helpers[fn] && !called[n] {
						ws.valued[fn] = true // a method value, a function passed on
					}
				}
				return true
			})
		}
	}
	return ws
}

// writerParamOK answers for v, following callers passing their own writer
// parameters; a cycle answers false.
func (fs *fstate) writerParamOK(ws *writerParamState, v *types.Var) bool {
	slot, ok := ws.params[v]
	if !ok {
		return false
	}
	if r, ok := ws.memo[v]; ok {
		return r
	}
	if ws.busy[v] {
		return false
	}
	ws.busy[v] = true
	calls := ws.calls[slot.fn]
	r := len(calls) > 0 && !ws.valued[slot.fn]
	probe := &fstate{state: fs.state}
	for _, c := range calls {
		if !r {
			break
		}
		if slot.idx >= len(c.call.Args) {
			r = false
			break
		}
		arg := ast.Unparen(c.call.Args[slot.idx])
		if probe.isResponse(arg) {
			continue
		}
		if id, ok := arg.(*ast.Ident); ok {
			if pv, ok := fs.pass.TypesInfo.Uses[id].(*types.Var); ok {
				if _, isParam := ws.params[pv]; isParam {
					r = fs.writerParamOK(ws, pv)
					continue
				}
			}
		}
		r = false
	}
	delete(ws.busy, v)
	ws.memo[v] = r
	return r
}
