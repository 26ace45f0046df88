package spid

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/codes"
)

// Codes by value: a team that names the codes its own way (rcOtpReplay,
// kReplayed, CodeSmsSend) still writes their published values, and the
// group declares Success's 0 beside them. In a package with SurePassID
// evidence of its own, a group of constants (those of one named integer
// type of the package, or the integer constants of one const block) is a
// group of return codes when every one of its values is a published code,
// one of them 0, at least minValuedFailures of them distinct failure
// codes, none carries a published name with another value, and its names
// share no vendor's prefix (see lookalikeVendor). The named type is then
// a return-code type; the untyped or basic-typed constants are code
// constants ([Result.CodeConstants], a fact for every importer). A
// look-alike enum (PipelineStatus 9002, 9003, 9010) in a package with no
// evidence stays quiet, as does a group with any other value (a port, a
// timeout) or without Success.

// minValuedFailures is how many distinct failure codes a group of
// constants named the team's own way must hold beside Success (see
// valuedGroup): three, as for codes written as literals (CodeLiterals).
const minValuedFailures = 3

// codeConstFact marks a package-level constant that is a return code by
// its value in a group of them (see valuedGroup).
type codeConstFact struct{}

func (*codeConstFact) AFact()         {}
func (*codeConstFact) String() string { return "codeconst" }

// valuedGroup reports whether cs is a group of return codes by value (see
// above); the package's evidence is the caller's to check.
func valuedGroup(cs []*types.Const) bool {
	failures := map[codes.ReturnCode]bool{}
	success := false
	for _, c := range cs {
		v, ok := CodeOf(c.Val())
		if !ok || !v.Known() {
			return false
		}
		if v == codes.Success {
			success = true
		} else {
			failures[v] = true
		}
	}
	if !success || len(failures) < minValuedFailures {
		return false
	}
	var t tally
	for _, c := range cs {
		typeName := ""
		if n, ok := types.Unalias(c.Type()).(*types.Named); ok {
			typeName = n.Obj().Name()
		}
		t.add(typeName, c)
	}
	return t.conflict == 0 && lookalikeVendor(cs) == ""
}

// looseGroup reports whether cs, a const block's untyped or basic-typed
// constants or one named integer type's, is the team's own mirror of a few
// codes, named loosely like them (codeReplayed = 9002, codeInvalid = 9003,
// codeLocked = 9015): every value a published code, no published name with
// another value, no vendor's prefix shared by all (see lookalikeVendor),
// and at least minValuedFailures constants of distinct failure codes
// named like their values (by a published name or a shared word, see
// looselyNamed), these being at least half of the group. The names tie
// the values to the codes, so the package needs no evidence of its own.
func looseGroup(cs []*types.Const) bool {
	if len(cs) < minValuedFailures {
		return false
	}
	for _, c := range cs {
		if !maybeCode(c) {
			return false // the cheap test first: names are looked up last
		}
	}
	named := map[codes.ReturnCode]bool{}
	var t tally
	for _, c := range cs {
		v, _ := CodeOf(c.Val())
		typeName := ""
		if n, ok := types.Unalias(c.Type()).(*types.Named); ok {
			typeName = n.Obj().Name()
		}
		before := t.match + t.loose
		t.add(typeName, c)
		if t.match+t.loose > before && v != codes.Success {
			named[v] = true
		}
	}
	return t.conflict == 0 && len(named) >= minValuedFailures &&
		2*(t.match+t.loose) >= t.valued && lookalikeVendor(cs) == ""
}

// addValued records the groups of constants findCodeTypes found valued
// like the codes, in a package with evidence of its own: a named type's
// as a return-code type, a block's untyped or basic-typed constants as
// code constants, with their facts.
func (r *Result) addValued(pass *analysis.Pass, typesFound []*types.TypeName, consts []*types.Const) {
	for _, tn := range typesFound {
		if !r.codeTypes[tn] {
			r.codeTypes[tn] = true
			pass.ExportObjectFact(tn, new(codeTypeFact))
		}
	}
	for _, c := range consts {
		if r.codeConsts == nil {
			r.codeConsts = map[*types.Const]bool{}
		}
		r.codeConsts[c] = true
		pass.ExportObjectFact(c, new(codeConstFact))
	}
}

// CodeConstants is the package-level [CodeConstants], also true when the
// constants among exprs include at least two distinct failure codes
// that are return codes by their value (a block declaring Success's 0 and
// published values under the team's own names, in a package with
// SurePassID evidence: case CodeOtpInvalid, CodeOtpReplay), and no
// constant of another group.
func (r *Result) CodeConstants(info *types.Info, exprs []ast.Expr) bool {
	if CodeConstants(info, exprs) {
		return true
	}
	if r == nil || len(r.codeConsts)+len(r.codeSets) == 0 || info == nil {
		return false
	}
	failures := map[codes.ReturnCode]bool{}
	for _, e := range exprs {
		if code, ok := r.CodeSetCode(info, e); ok { // a code set's field (codesets.go)
			if code != codes.Success {
				failures[code] = true
			}
			continue
		}
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil {
			continue
		}
		id := constIdent(e)
		if id == nil {
			return false
		}
		c, ok := info.Uses[id].(*types.Const)
		if !ok || !r.codeConsts[c] {
			return false
		}
		if v, _ := CodeOf(c.Val()); v != codes.Success {
			failures[v] = true
		}
	}
	return len(failures) >= 2
}

// constIdent is the identifier naming a constant in e (C or pkg.C).
func constIdent(e ast.Expr) *ast.Ident {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}
