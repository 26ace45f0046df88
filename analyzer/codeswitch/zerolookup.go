package codeswitch

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// A returned table lookup is a fallback lookup whose default is the
// element type's zero value: every code the table leaves out answers it.
//
//	var sessionGates = map[RC]Gate{RC_SessionTokenInvalid: GateClosed, ...}
//	return sessionGates[rep.ErrorCode], nil // GateOpen = iota for 9051 too
//
// When the table lists a failure code and the zero value accepts (a nil
// error, an enum's zero constant named as a grant, or the constant
// Success maps to in the enum's mirror table), every unlisted code is
// granted, whether the table leaves Success out (it gets the zero value)
// or lists it with the zero value. A comma-ok lookup whose ok is never
// read is the same lookup. Quiet: a lookup whose ok is tested, a zero
// value that rejects or names no grant (Deny = iota, Unknown), tables of
// text, statuses, bools, pointers or structs, and another vendor's codes.

// checkZeroLookup reports the results of ret that return a lookup, in a
// table keyed by return codes, whose zero value accepts.
func (c *checker) checkZeroLookup(ret *ast.ReturnStmt) {
	for _, r := range ret.Results {
		idx := c.returnedLookup(r)
		if idx == nil {
			continue
		}
		mt, ok := c.pass.TypesInfo.TypeOf(idx.X).Underlying().(*types.Map)
		if !ok {
			continue
		}
		lit, _ := c.mapLiteral(idx.X)
		if lit == nil {
			continue
		}
		keys, values, ok := c.constRows(lit)
		if !ok {
			continue
		}
		info := c.pass.TypesInfo
		if !c.isCode(idx.Index) && !c.spid.CodeConstants(info, keys) && !spid.CodeLiterals(info, keys) {
			continue // another vendor's codes, ports, anything else
		}
		if !c.failureKey(keys) || !c.decisions(mt.Elem(), values) {
			continue
		}
		zero := c.acceptingZero(mt.Elem())
		if zero == "" {
			continue
		}
		missing, noun := c.unlisted(keys)
		if len(missing) == 0 {
			continue
		}
		table := types.ExprString(idx.X)
		diag := analysis.Diagnostic{
			Pos:      idx.Pos(),
			End:      idx.End(),
			Category: category,
			Message: fmt.Sprintf("fail-open table lookup over SurePassID return codes: %s gives %s, the zero value, to %d security-relevant %s %s does not list (%s) (no suggested fix: test the lookup's ok and reject the codes the table does not list)",
				types.ExprString(idx), zero, len(missing), noun, table, names(missing)),
		}
		if pos := c.definition(idx.Index, missing[0]); pos.IsValid() {
			diag.Related = []analysis.RelatedInformation{{
				Pos:     pos,
				Message: fmt.Sprintf("%s (%d), the first unlisted code", missing[0], int(missing[0])),
			}}
		}
		rel := "the table, without Success"
		if c.lookupHas(keys, codes.Success) {
			rel = "the table, whose unlisted codes get Success's value"
		}
		diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: lit.Pos(), Message: rel})
		c.pass.Report(diag)
	}
}

// returnedLookup returns the lookup r returns: r itself (return m[k]), or
// a local declared with it (v := m[k], v, _ := m[k], or v, ok := m[k]
// whose ok is never read), never assigned again and read only as a
// result of a return; nil otherwise.
func (c *checker) returnedLookup(r ast.Expr) *ast.IndexExpr {
	switch e := ast.Unparen(r).(type) {
	case *ast.IndexExpr:
		if t := c.pass.TypesInfo.TypeOf(e.X); t != nil {
			if _, ok := t.Underlying().(*types.Map); ok {
				return e
			}
		}
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok {
			return nil
		}
		idx := c.lookupValues()[v]
		if idx == nil {
			return nil
		}
		for ok, at := range c.commaOK() {
			if at == idx && c.readsVar(ok) {
				return nil // the ok is tested: the table's keys are told apart
			}
		}
		if c.assignedAgain(v) || !c.onlyReturned(v) {
			return nil // tested or passed on: the walk judges it (held.go)
		}
		return idx
	}
	return nil
}

// readsVar reports whether the file reads v.
func (c *checker) readsVar(v *types.Var) bool {
	for id, obj := range c.pass.TypesInfo.Uses {
		if obj == v && id.Pos() >= c.file.Pos() && id.End() <= c.file.End() {
			return true
		}
	}
	return false
}

// assignedAgain reports whether the file assigns v after its declaration.
func (c *checker) assignedAgain(v *types.Var) bool {
	found := false
	ast.Inspect(c.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && c.pass.TypesInfo.Uses[id] == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// acceptingZero returns how a message names the zero value of t, a
// table's element type, when it accepts: "nil" for an error, the name of
// an enum's zero constant when it names a grant (Accepted, GateOpen,
// VerdictAllow) or is what Success maps to in the enum's mirror table;
// "" otherwise (a zero that rejects or is unknown, any other type).
func (c *checker) acceptingZero(t types.Type) string {
	if typex.IsError(t) {
		return "nil"
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || c.spid.IsCodeType(t) {
		return ""
	}
	if b, ok := n.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return ""
	}
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || !types.Identical(k.Type(), t) || k.Val().Kind() != constant.Int || constant.Sign(k.Val()) != 0 {
			continue
		}
		lower := strings.ToLower(name)
		if containsAny(lower, rejectWords) || c.failureName(name) {
			return ""
		}
		if m := c.spid.MirrorOf(t); m != nil {
			if v, ok := m.Value(codes.Success); ok && v == k.Val().ExactString() {
				return name
			}
		}
		if grants(name) {
			return name
		}
	}
	return ""
}

// failureName reports whether a constant's name has a word of
// failureWords (GateLocked, ResultInvalid).
func (c *checker) failureName(name string) bool {
	for _, w := range splitWords(name) {
		for _, f := range failureWords {
			if w == f {
				return true
			}
		}
	}
	return false
}

// onlyReturned reports whether every read of v in the file is a result of
// a return statement (return v, nil), never a test or an argument.
func (c *checker) onlyReturned(v *types.Var) bool {
	returned := 0
	ast.Inspect(c.file, func(n ast.Node) bool {
		if ret, ok := n.(*ast.ReturnStmt); ok {
			for _, r := range ret.Results {
				if id, ok := ast.Unparen(r).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
					returned++
				}
			}
		}
		return true
	})
	reads := 0
	for id, obj := range c.pass.TypesInfo.Uses {
		if obj == v && id.Pos() >= c.file.Pos() && id.End() <= c.file.End() {
			reads++
		}
	}
	return reads == returned
}
