package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
)

// This file reads an accessor of a code kept behind a pointer (ErrorCode
// *int, a field the server may leave out), which answers a constant of its
// own when the pointer is nil:
//
//	func (e Envelope[T]) Code() ReturnCode {
//		if e.ErrorCode == nil {
//			return codeMissing
//		}
//		return ReturnCode(*e.ErrorCode)
//	}
//
// A published code was read through the pointer, so for every published
// code the method returns the field: it is an accessor of that field (see
// accessor.go), as long as the constant answered for nil is no published
// code (a nil read as Success is not the field).

// proveGuardedAccessor returns the field path of fn's receiver that body
// returns behind a nil guard of that path (or of a prefix of it), or
// behind a lookup of it among the known values (proveKnownAccessor), nil
// when body is not such a guard and a return.
func (s *summaries) proveGuardedAccessor(recv types.Object, body []ast.Stmt) []string {
	if len(body) != 2 {
		return nil
	}
	ifs, ok := body[0].(*ast.IfStmt)
	if !ok || ifs.Else != nil || len(ifs.Body.List) != 1 {
		return nil
	}
	inner, ok := ifs.Body.List[0].(*ast.ReturnStmt)
	last, ok2 := body[1].(*ast.ReturnStmt)
	if !ok || !ok2 || len(inner.Results) != 1 || len(last.Results) != 1 {
		return nil
	}
	if ifs.Init != nil {
		return s.proveKnownAccessor(recv, ifs, inner.Results[0], last.Results[0])
	}
	cmp, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || cmp.Op != token.EQL && cmp.Op != token.NEQ {
		return nil
	}
	info := s.pass.TypesInfo
	p := cmp.X
	if tv, ok := info.Types[cmp.X]; ok && tv.IsNil() {
		p = cmp.Y
	} else if tv, ok := info.Types[cmp.Y]; !ok || !tv.IsNil() {
		return nil
	}
	field, missing := last.Results[0], inner.Results[0] // if p == nil { return missing }; return field
	if cmp.Op == token.NEQ {
		field, missing = missing, field // if p != nil { return field }; return missing
	}
	if !s.noPublishedConst(missing) {
		return nil
	}
	root, fields := chainOf(info, field)
	proot, pfields := chainOf(info, p)
	if root == nil || root != recv || len(fields) == 0 || proot != root || len(pfields) == 0 || len(pfields) > len(fields) || !slices.Equal(pfields, fields[:len(pfields)]) {
		return nil
	}
	return fields
}

// noPublishedConst reports whether e is a constant whose value is no
// published code (-1, "", "missing").
func (s *summaries) noPublishedConst(e ast.Expr) bool {
	tv, ok := s.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	k, ok := spid.CodeOf(tv.Value)
	return !ok || !slices.Contains(published, k)
}

// proveKnownAccessor reads the guard of an accessor converting the code
// into the team's generated enum, which first answers a constant of its
// own for a value the enum does not name:
//
//	if _, known := pb.MfaStatus_name[r.Code]; !known {
//		return pb.MfaStatus_MFA_STATUS_UNMAPPED
//	}
//	return pb.MfaStatus(r.Code)
//
// Every published code the enum names comes back as itself: the method
// is an accessor of the field, as long as the constant is no published
// code. The guard must be the negated ok of a map lookup keyed by the
// field path returned.
func (s *summaries) proveKnownAccessor(recv types.Object, ifs *ast.IfStmt, missing, field ast.Expr) []string {
	as, ok := ifs.Init.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	idx, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
	okID, isID := as.Lhs[1].(*ast.Ident)
	not, isNot := ast.Unparen(ifs.Cond).(*ast.UnaryExpr)
	if !ok || !isID || !isNot || not.Op != token.NOT {
		return nil
	}
	info := s.pass.TypesInfo
	if _, isMap := typeUnder(info.TypeOf(idx.X)).(*types.Map); !isMap {
		return nil
	}
	if cid, ok := ast.Unparen(not.X).(*ast.Ident); !ok || info.Uses[cid] == nil || info.Uses[cid] != info.Defs[okID] {
		return nil
	}
	if !s.noPublishedConst(missing) {
		return nil
	}
	root, fields := chainOf(info, field)
	kroot, kfields := chainOf(info, idx.Index)
	if root == nil || root != recv || len(fields) == 0 || kroot != root || !slices.Equal(kfields, fields) {
		return nil
	}
	return fields
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}
