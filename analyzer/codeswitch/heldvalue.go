package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// This file follows a mapping's answer kept in a local variable of an
// enum of the package (see "Mapping functions" in doc.go):
//
//	var kind replyKind // replyCompleted, the zero value
//	switch o.Code() {
//	case OTPInvalid, OTPAlreadyUsed:
//		kind = replyWrongCode
//	}
//	return kind
//
// The walker carries, beside the bool flags (sentinel.go), the constant
// each such variable holds on its path: "h<pos>=<origin><value>" for a
// variable, "h<pos>.<field pos>=..." for an enum field of a local struct
// (r.Kind), the origin "i" for a value held from before the dispatch (its
// declaration, the zero value of var kind replyKind or of a named
// result) and "a" for one assigned after it. A listed code reaching
// Success's return with another value than Success's is answered apart
// there, as by return replyWrongCode: it rejects, and the codes keeping
// Success's value join it. Where Success's value is the one held from
// before the dispatch, it must be named as a grant (replyCompleted,
// KindOK, OutcomeAllowed) or be the verdict's grant (GateBoarded beside
// GateDenied: domainGrant): a zero value named as unknown (replyUnknown,
// KindNone) is the callers' to refuse, and tells nothing.

// heldEnum reports whether t is an enum a mapping answers with: a named
// integer type, neither a return code nor a quantity nor a message type.
func (c *checker) heldEnum(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || c.spid.IsCodeType(t) || isQuantity(n) ||
		containsAny(strings.ToLower(n.Obj().Name()), messageTypes) {
		return false
	}
	b, ok := n.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// heldLocal returns the local variable (a named result included) id
// declares or uses.
func (c *checker) heldLocal(id *ast.Ident) *types.Var {
	obj := c.pass.TypesInfo.Defs[id]
	if obj == nil {
		obj = c.pass.TypesInfo.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

// heldKeys returns the keys e stands for: the key of a local of an enum
// (kind), of an enum field of a local struct (r.Kind), or, for a local
// struct itself (r), those of its enum fields.
func (c *checker) heldKeys(e ast.Expr) []string {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := c.heldLocal(x)
		if v == nil {
			return nil
		}
		return c.keysOf(v)
	case *ast.SelectorExpr:
		id, ok := ast.Unparen(x.X).(*ast.Ident)
		if !ok {
			return nil
		}
		v := c.heldLocal(id)
		if v == nil {
			return nil
		}
		if structOf(v.Type()) == nil {
			return nil
		}
		s, ok := c.pass.TypesInfo.Selections[x]
		if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 || !c.heldEnum(s.Obj().Type()) {
			return nil
		}
		return []string{c.heldKey(v, s.Obj().(*types.Var))}
	}
	return nil
}

// keysOf returns the keys of v: its own for an enum, its enum fields' for
// a struct.
func (c *checker) keysOf(v *types.Var) []string {
	if c.heldEnum(v.Type()) {
		return []string{c.heldKey(v, nil)}
	}
	st := structOf(v.Type())
	if st == nil {
		return nil
	}
	var out []string
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); c.heldEnum(f.Type()) {
			out = append(out, c.heldKey(v, f))
		}
	}
	return out
}

// heldKey returns the key of v, or of its field, and remembers the
// enum type it holds.
func (c *checker) heldKey(v *types.Var, field *types.Var) string {
	k, t := "h"+strconv.Itoa(int(v.Pos())), v.Type()
	if field != nil {
		k, t = k+"."+strconv.Itoa(int(field.Pos())), field.Type()
	}
	if c.heldTypes == nil {
		c.heldTypes = map[string]types.Type{}
	}
	c.heldTypes[k] = t
	return k
}

// setEntry returns flags with the entry of key set to val ("" forgets
// it), kept sorted as setFlag keeps them.
func setEntry(flags, key, val string) string {
	key += "="
	var out []string
	for _, e := range strings.Split(flags, ";") {
		if e != "" && !strings.HasPrefix(e, key) {
			out = append(out, e)
		}
	}
	if val != "" {
		out = append(out, key+val)
	}
	slices.Sort(out)
	return strings.Join(out, ";")
}

// entryOf returns the value of key in flags.
func entryOf(flags, key string) (string, bool) {
	key += "="
	for _, e := range strings.Split(flags, ";") {
		if strings.HasPrefix(e, key) {
			return e[len(key):], true
		}
	}
	return "", false
}

// heldConst returns the value of e, a named constant of an enum ("" for
// anything else).
func (c *checker) heldConst(e ast.Expr) string {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int || !namedConst(c.pass.TypesInfo, e) {
		return ""
	}
	return tv.Value.ExactString()
}

// setHeld returns flags after n, which holds from before the dispatch
// when initial: a held value assigned a named constant, or a struct a
// literal or nothing (its enum fields the literal's constants, or zero),
// takes it; one assigned anything else is forgotten.
func (c *checker) setHeld(n ast.Node, flags string, initial bool) string {
	origin := "a"
	if initial {
		origin = "i"
	}
	lhs, rhs, ok := assignSides(n) // sentinel.go
	switch n := n.(type) {
	case *ast.ValueSpec:
		if len(rhs) == 0 {
			for _, id := range n.Names {
				for _, k := range c.heldKeys(id) {
					flags = setEntry(flags, k, origin+"0")
				}
			}
			return flags
		}
	case *ast.IncDecStmt:
		lhs, ok = []ast.Expr{n.X}, true
	}
	if !ok {
		return flags
	}
	for i, l := range lhs {
		keys := c.heldKeys(l)
		if len(keys) == 0 {
			continue
		}
		var r ast.Expr
		if len(rhs) == len(lhs) {
			r = rhs[i]
		}
		if len(keys) == 1 && !strings.Contains(keys[0], ".") || isSelector(l) {
			val := ""
			if r != nil {
				if k := c.heldConst(r); k != "" {
					val = origin + k
				}
			}
			flags = setEntry(flags, keys[0], val)
			continue
		}
		// A whole struct: its enum fields from a keyed literal, else
		// forgotten.
		vals := map[string]string{}
		if r != nil && isNewCall(c.pass.TypesInfo, r) {
			for _, k := range keys {
				flags = setEntry(flags, k, origin+"0") // new(Verdict)
			}
			continue
		}
		if lit, ok := ast.Unparen(stripRef(r)).(*ast.CompositeLit); ok && r != nil {
			keyed := true
			for _, e := range lit.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					keyed = false
					break
				}
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && f.IsField() {
						vals[strconv.Itoa(int(f.Pos()))] = c.heldConst(kv.Value)
					}
				}
			}
			if keyed {
				for _, k := range keys {
					val, set := vals[k[strings.Index(k, ".")+1:]]
					switch {
					case !set:
						val = origin + "0"
					case val != "":
						val = origin + val
					}
					flags = setEntry(flags, k, val)
				}
				continue
			}
		}
		for _, k := range keys {
			flags = setEntry(flags, k, "")
		}
	}
	return flags
}

// structOf returns the struct t is, or points to (v := &Verdict{}).
func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

func isSelector(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok
}

// isNewCall reports whether e calls the builtin new.
func isNewCall(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	_, ok = info.Uses[id].(*types.Builtin)
	return ok && id.Name == "new"
}

// forgetHeld returns flags without the values held by what e names.
func (c *checker) forgetHeld(flags string, e ast.Expr) string {
	for _, k := range c.heldKeys(e) {
		flags = setEntry(flags, k, "")
	}
	return flags
}

// namedResultsHeld returns flags with the named results of sig that hold
// an enum (or a struct of them) at their zero value.
func (c *checker) namedResultsHeld(sig *types.Signature, flags string) string {
	for i := 0; i < sig.Results().Len(); i++ {
		v := sig.Results().At(i)
		if v.Name() == "" || v.Name() == "_" {
			continue
		}
		for _, k := range c.keysOf(v) {
			flags = setEntry(flags, k, "i0")
		}
	}
	return flags
}

// returnedHeld returns the keys and values ret returns on a path with
// flags: those of a returned local (return kind, return r) or, for a bare
// return, of the named results.
func (w *walker) returnedHeld(ret *ast.ReturnStmt, flags string) map[string]string {
	var keys []string
	if len(ret.Results) == 0 {
		for i := 0; i < w.fl.sig.Results().Len(); i++ {
			if v := w.fl.sig.Results().At(i); v.Name() != "" {
				keys = append(keys, w.c.keysOf(v)...)
			}
		}
	}
	for _, r := range ret.Results {
		if id, ok := ast.Unparen(r).(*ast.Ident); ok {
			keys = append(keys, w.c.heldKeys(id)...)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	out := map[string]string{}
	for _, k := range keys {
		if v, ok := entryOf(flags, k); ok {
			out[k] = v
		} else {
			out[k] = "?"
		}
	}
	return out
}

// noteHeld records, on Success's walk, the values ret returns; a value
// that differs between Success's paths is unknown ("?").
func (w *walker) noteHeld(ret *ast.ReturnStmt, flags string) {
	vals := w.returnedHeld(ret, flags)
	if vals == nil {
		return
	}
	if w.successHeld == nil {
		w.successHeld = map[*ast.ReturnStmt]map[string]string{}
	}
	prev, ok := w.successHeld[ret]
	if !ok {
		w.successHeld[ret] = vals
		return
	}
	for k, v := range vals {
		if prev[k] != v {
			prev[k] = "?"
		}
	}
}

// heldApart reports whether ret, reached on a path with flags, returns a
// held value other than the one Success's path returns there: a named
// constant of the enum, where Success's is one too, assigned on its path
// or, held from before the dispatch, named as a grant.
func (w *walker) heldApart(ret *ast.ReturnStmt, flags string) bool {
	succ := w.successHeld[ret]
	if len(succ) == 0 {
		return false
	}
	for k, got := range w.returnedHeld(ret, flags) {
		want := succ[k]
		if got == "?" || want == "?" || want == "" || got[1:] == want[1:] {
			continue
		}
		if want[0] == 'i' && !w.c.admitsHeld(k, want[1:]) {
			continue
		}
		return true
	}
	return false
}

// admitsHeld reports whether the constant of the enum held at key with
// value val is named as a grant (replyCompleted, KindOK, StepProceed), is
// what Success maps to in the enum's mirror table, or is the verdict's
// grant (see admittingConst).
func (c *checker) admitsHeld(key, val string) bool {
	t := c.heldType(key)
	if t == nil {
		return false
	}
	return c.admittingConst(t, val, true) != ""
}

// heldType returns the enum type key holds (see heldKey).
func (c *checker) heldType(key string) types.Type {
	return c.heldTypes[key]
}

// grantedStateName reports whether name's last word is one of grantedStates
// (replyCompleted, StateUnlocked), not negated.
func grantedStateName(name string) bool {
	words := splitWords(name)
	return len(words) > 0 && slices.Contains(grantedStates, words[len(words)-1]) && !negated(words)
}
