package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// This file holds the states a team keeps as untyped constants of one
// family (const ( StatePending = "pending"; StateSucceeded = "succeeded";
// StateFailed = "failed" ), ExitOK = 0 beside ExitDenied = 3) returned as
// plain text or int: differsFromSuccess reads a named type's constants,
// these have no type to read, so the family stands in for it.

// familyNear bounds, in lines, how far apart two untyped constants of one
// file without a shared first word may be declared and still be one
// family (one const block: Succeeded, Failed, Retry).
const familyNear = 12

// familyApart reports whether r, a result of plain string or integer type
// t reached by the codes of set, is for each of them an untyped constant
// of the family of want, Success's constant result, with another value,
// where want is the family's grant (see familyGrant): the caller tells
// the states apart (return store.StateFailed where Success's path returns
// store.StateSucceeded), so the value is the rejection. A value looked up
// in a table by the code is the table's value for each code of set. HTTP
// statuses and return codes are left to their own rules; a message kept
// as a constant (MsgOK) is text, no state.
func (w *walker) familyApart(r, want ast.Expr, t types.Type, set codeSet, s subject, acts bool) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	if !ok || b.Info()&(types.IsInteger|types.IsString) == 0 {
		return false
	}
	info := w.c.pass.TypesInfo
	sk := untypedConst(info, want)
	if sk == nil || isHTTPStatus(info, want) || w.c.isCode(want) || containsAny(strings.ToLower(sk.Name()), messageTypes) ||
		!w.c.familyGrant(sk, acts) {
		return false
	}
	apart := func(e ast.Expr) bool {
		k := untypedConst(info, e)
		return k != nil && k != sk && !isHTTPStatus(info, e) && !w.c.isCode(e) &&
			w.c.sameFamily(sk, k) && !constant.Compare(k.Val(), token.EQL, sk.Val())
	}
	if info.Types[r].Value != nil {
		return apart(r)
	}
	n := 0
	for _, code := range published {
		if !set.has(code) {
			continue
		}
		n++
		v := w.c.lookedUpValue(r, code, s)
		if v == nil || !apart(v) {
			return false
		}
	}
	return n > 0
}

// untypedConst returns the untyped constant (StateFailed = "failed") e
// names, or nil.
func untypedConst(info *types.Info, e ast.Expr) *types.Const {
	k := usedConst(info, e)
	if k == nil {
		return nil
	}
	if b, ok := k.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
		return nil
	}
	return k
}

// sameFamily reports whether a and b, untyped constants, are one
// family's: declared in one scope with values of one kind, and named with
// one first word (StateSucceeded, StateFailed) or declared a few lines
// apart in one file (one const block: Succeeded, Failed).
func (c *checker) sameFamily(a, b *types.Const) bool {
	if a.Pkg() != b.Pkg() || a.Parent() == nil || a.Parent() != b.Parent() || a.Val().Kind() != b.Val().Kind() {
		return false
	}
	wa, wb := splitWords(a.Name()), splitWords(b.Name())
	if len(wa) > 1 && len(wb) > 1 && wa[0] == wb[0] {
		return true
	}
	pa, pb := c.pass.Fset.Position(a.Pos()), c.pass.Fset.Position(b.Pos())
	if pa.Filename == "" || pa.Filename != pb.Filename {
		return false
	}
	d := pa.Line - pb.Line
	return -familyNear <= d && d <= familyNear
}

// familyGrant reports whether k, the untyped constant Success's path
// returns, stands for a success: named so (its last word one of
// successWords or grantedStates: StateSucceeded, StatusActive), returned
// right after a test that the code is Success, or, named neither a
// refusal nor an unsettled answer (StatePending, StateUnknown), the grant
// by the structure, as domainGrant reads a named enum: its family
// declares a constant that refuses (StateFailed, StatusOnHold), or, where
// acts, Success's path does something the listed code's path skips.
func (c *checker) familyGrant(k *types.Const, acts bool) bool {
	words := splitWords(k.Name())
	if len(words) == 0 || negated(words) {
		return false
	}
	last := words[len(words)-1]
	if slices.Contains(successWords, last) || slices.Contains(grantedStates, last) || c.successStates()[k] {
		return true
	}
	if refuses(k.Name(), true) || unsettled(k.Name()) {
		return false
	}
	return acts || c.familyRefuses(k)
}

// familyRefuses reports whether k's family (see sameFamily) declares a
// constant that refuses (see refuses). Computed once per constant.
func (c *checker) familyRefuses(k *types.Const) bool {
	if v, ok := c.famRefuse[k]; ok {
		return v
	}
	found := false
	if scope := k.Parent(); scope != nil {
		for _, name := range scope.Names() {
			o, ok := scope.Lookup(name).(*types.Const)
			if ok && o != k && refuses(name, false) {
				if b, ok := o.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 && c.sameFamily(k, o) {
					found = true
					break
				}
			}
		}
	}
	if c.famRefuse == nil {
		c.famRefuse = map[*types.Const]bool{}
	}
	c.famRefuse[k] = found
	return found
}
