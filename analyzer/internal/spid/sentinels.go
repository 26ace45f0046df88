package spid

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file recognizes sentinel errors that stand for return codes (see
// "Sentinel errors" in doc.go): a package-level error variable its own
// package ties to published codes, by a map literal from codes to errors,
// a switch or if on a code returning it, an Is method matching it by the
// code, or an error literal carrying a code.

// sentinelFact marks a package-level error variable standing for the
// published return codes Codes.
type sentinelFact struct{ Codes []int }

func (*sentinelFact) AFact() {}
func (f *sentinelFact) String() string {
	switch len(f.Codes) {
	case 0:
		return "sentinel:none"
	case 1:
		return fmt.Sprintf("sentinel:%s", codes.ReturnCode(f.Codes[0]))
	}
	return fmt.Sprintf("sentinel:%s+%d", codes.ReturnCode(f.Codes[0]), len(f.Codes)-1)
}

// SentinelCodes returns the return codes the package-level error variable
// v stands for (errors.Is(err, v) holds for an error carrying one of them),
// and whether v is such a sentinel, in this package or through a fact.
func (r *Result) SentinelCodes(v *types.Var) ([]codes.ReturnCode, bool) {
	if r == nil || v == nil {
		return nil, false
	}
	list, ok := r.sentinels[v]
	return list, ok
}

// maxSentinelDepth bounds how deep sentinelsIn looks into an expression
// (fmt.Errorf("%w", &Error{Err: ErrX})).
const maxSentinelDepth = 3

// findSentinels records and exports the sentinels of the package, which
// has a signal. Only a package declaring a package-level error variable
// is walked.
func (r *Result) findSentinels(pass *analysis.Pass) {
	info := pass.TypesInfo
	cands := map[*types.Var]bool{}
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok && implementsError(v.Type()) {
			cands[v] = true
		}
	}
	if len(cands) == 0 && !importsErrorVars(pass.Pkg) {
		return
	}
	found := map[*types.Var]map[codes.ReturnCode]bool{}
	add := func(v *types.Var, list []codes.ReturnCode) {
		if len(list) == 0 {
			return
		}
		if found[v] == nil {
			found[v] = map[codes.ReturnCode]bool{}
		}
		for _, c := range list {
			if c != codes.Success && c.Known() {
				found[v][c] = true
			}
		}
	}
	s := &sentinelScan{r: r, info: info, cands: cands, decls: map[*types.Func]*ast.FuncDecl{}}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					s.decls[fn] = fd
				}
			}
		}
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				// var ErrOTPInvalid = &Error{Code: OTPInvalid}
				for i, id := range n.Names {
					if v, ok := info.Defs[id].(*types.Var); ok && cands[v] && i < len(n.Values) {
						add(v, s.literalCodes(n.Values[i]))
					}
				}
			case *ast.CompositeLit:
				s.mapLiteral(n, add)
			case *ast.SwitchStmt:
				s.switchStmt(n, nil, add)
			case *ast.BlockStmt:
				// switch code {...}; return ErrUnknown: the return after
				// the switch stands for the codes that reach it.
				for i, st := range n.List {
					if sw, ok := st.(*ast.SwitchStmt); ok && i+1 < len(n.List) {
						if ret, ok := n.List[i+1].(*ast.ReturnStmt); ok {
							s.switchStmt(sw, ret, add)
						}
					}
				}
			case *ast.IfStmt:
				s.ifStmt(n, add)
			}
			return true
		})
	}
	var foreign sentinelPkgFact
	for v, set := range found {
		var list []codes.ReturnCode
		for c := range set {
			list = append(list, c)
		}
		if len(list) == 0 {
			continue
		}
		slices.Sort(list)
		r.addSentinel(v, list)
		var ints []int
		for _, c := range list {
			ints = append(ints, int(c))
		}
		if v.Pkg() == pass.Pkg {
			pass.ExportObjectFact(v, &sentinelFact{Codes: ints})
		} else {
			foreign.Entries = append(foreign.Entries, sentinelEntry{Path: v.Pkg().Path(), Name: v.Name(), Codes: ints})
		}
	}
	if len(foreign.Entries) > 0 {
		slices.SortFunc(foreign.Entries, func(a, b sentinelEntry) int {
			return strings.Compare(a.Path+"."+a.Name, b.Path+"."+b.Name)
		})
		pass.ExportPackageFact(&foreign)
	}
}

// sentinelPkgFact lists the sentinels of other packages that a package
// ties to codes (a fact belongs to its own package's objects only).
type sentinelPkgFact struct{ Entries []sentinelEntry }

// A sentinelEntry is one variable of another package and its codes.
type sentinelEntry struct {
	Path, Name string
	Codes      []int
}

func (*sentinelPkgFact) AFact() {}
func (f *sentinelPkgFact) String() string {
	var names []string
	for _, e := range f.Entries {
		names = append(names, e.Path+"."+e.Name)
	}
	return "sentinels:" + strings.Join(names, ",")
}

// addSentinel records list as (more of) the codes of v.
func (r *Result) addSentinel(v *types.Var, list []codes.ReturnCode) {
	old := r.sentinels[v]
	for _, c := range list {
		if !slices.Contains(old, c) {
			old = append(old, c)
		}
	}
	slices.Sort(old)
	r.sentinels[v] = old
}

// importSentinels records the sentinels the package's dependencies tie to
// codes in packages other than their own (sentinelPkgFact).
func (r *Result) importSentinels(pass *analysis.Pass) {
	var pkgs map[string]*types.Package
	for _, f := range pass.AllPackageFacts() {
		fact, ok := f.Fact.(*sentinelPkgFact)
		if !ok {
			continue
		}
		if pkgs == nil {
			pkgs = map[string]*types.Package{}
			var visit func(p *types.Package)
			visit = func(p *types.Package) {
				if pkgs[p.Path()] != nil {
					return
				}
				pkgs[p.Path()] = p
				for _, imp := range p.Imports() {
					visit(imp)
				}
			}
			visit(pass.Pkg)
		}
		for _, e := range fact.Entries {
			p := pkgs[e.Path]
			if p == nil {
				continue
			}
			if v, ok := p.Scope().Lookup(e.Name).(*types.Var); ok {
				r.addSentinel(v, sentinelList(&sentinelFact{Codes: e.Codes}))
			}
		}
	}
}

// sentinelScan holds what the scan of one package needs.
type sentinelScan struct {
	r     *Result
	info  *types.Info
	cands map[*types.Var]bool
	decls map[*types.Func]*ast.FuncDecl // the package's functions, for constructors
}

// isCodeExpr reports whether e is a return code: a value of a code type or
// a recognized field, getter or conversion.
func (s *sentinelScan) isCodeExpr(e ast.Expr) bool {
	return s.r.ExprRole(s.info, e) == RoleCode
}

// constCode returns the published code constant e is.
func (s *sentinelScan) constCode(e ast.Expr) (codes.ReturnCode, bool) {
	return publishedConst(s.info, e)
}

// publishedConst returns the published code the constant expression e is.
func publishedConst(info *types.Info, e ast.Expr) (codes.ReturnCode, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	c, ok := CodeOf(tv.Value)
	return c, ok && c.Known()
}

// sentinel returns the candidate e names (ErrOTPInvalid, pkg.ErrOTPInvalid).
func (s *sentinelScan) sentinel(e ast.Expr) *types.Var {
	id := typex.NameIdent(e)
	if id == nil {
		return nil
	}
	v, _ := s.info.Uses[id].(*types.Var)
	if v == nil || !s.cands[v] && !foreignSentinel(v) {
		return nil
	}
	return v
}

// foreignSentinel reports whether v is an exported package-level error
// variable of another package, which a client may map codes to
// (sentinels in a package of their own, the map in the client).
func foreignSentinel(v *types.Var) bool {
	pkg := v.Pkg()
	return pkg != nil && v.Parent() == pkg.Scope() && v.Exported() && implementsError(v.Type())
}

// stdWithErrors are standard library packages that declare exported error
// variables (io.EOF, context.Canceled): importing them alone does not make
// a package worth scanning for sentinels.
var stdWithErrors = map[string]bool{
	"io": true, "io/fs": true, "context": true, "os": true, "os/exec": true, "errors": true,
	"net": true, "net/http": true, "net/url": true, "database/sql": true, "database/sql/driver": true,
	"bufio": true, "syscall": true, "strconv": true, "time": true, "encoding/json": true,
	"encoding/xml": true, "encoding/base64": true, "crypto/tls": true, "crypto/x509": true,
	"compress/gzip": true, "mime/multipart": true, "text/template": true, "html/template": true,
	"net/netip": true, "bytes": true, "strings": true, "fmt": true, "log/slog": true,
}

// importsErrorVars reports whether a direct import of pkg declares an
// exported package-level error variable.
func importsErrorVars(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if stdWithErrors[imp.Path()] {
			continue
		}
		scope := imp.Scope()
		for _, name := range scope.Names() {
			if v, ok := scope.Lookup(name).(*types.Var); ok && v.Exported() && implementsError(v.Type()) {
				return true
			}
		}
	}
	return false
}

// sentinelsIn returns the candidates a returned value is or wraps:
// ErrX, target == ErrX, fmt.Errorf("...%w", ErrX), &Error{Err: ErrX}.
func (s *sentinelScan) sentinelsIn(e ast.Expr, depth int) []*types.Var {
	if v := s.sentinel(e); v != nil {
		return []*types.Var{v}
	}
	if depth == 0 {
		return nil
	}
	var out []*types.Var
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if x.Op == token.EQL { // target == ErrX in an Is method
			if v := s.sentinel(x.X); v != nil {
				out = append(out, v)
			} else if v := s.sentinel(x.Y); v != nil {
				out = append(out, v)
			}
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			out = s.sentinelsIn(x.X, depth-1)
		}
	case *ast.CallExpr:
		for _, a := range x.Args {
			out = append(out, s.sentinelsIn(a, depth-1)...)
		}
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			out = append(out, s.sentinelsIn(elt, depth-1)...)
		}
	}
	return out
}

// literalCodes returns the code an error literal carries: a field of the
// code role set to a code, by key (&Error{Code: OTPInvalid}) or by
// position (sentinel{StatusOTPUsed, "otp used"}), or a call of a
// constructor of the package storing its parameter in such a field
// (newErr(9003, "otp invalid")).
func (s *sentinelScan) literalCodes(e ast.Expr) []codes.ReturnCode {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if call, ok := e.(*ast.CallExpr); ok {
		return s.constructorCodes(call)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	for _, val := range s.codeElems(lit) {
		if c, ok := s.constCode(val); ok {
			return []codes.ReturnCode{c}
		}
	}
	return nil
}

// codeElems returns the values lit, a struct literal, gives its fields of
// the code role.
func (s *sentinelScan) codeElems(lit *ast.CompositeLit) []ast.Expr {
	st, ok := deref(s.info.TypeOf(lit)).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out []ast.Expr
	for i, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			if i < st.NumFields() && s.r.FieldRole(st.Field(i)) == RoleCode {
				out = append(out, elt)
			}
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		for j := 0; j < st.NumFields(); j++ {
			if f := st.Field(j); f.Name() == key.Name && s.r.FieldRole(f) == RoleCode {
				out = append(out, kv.Value)
			}
		}
	}
	return out
}

// constructorCodes returns the code a call of a constructor of the package
// gives its result: func newErr(code int, msg string) *APIError { return
// &APIError{Code: code, Msg: msg} }, a body of one return of a literal
// storing a parameter in a field of the code role, called with a code.
func (s *sentinelScan) constructorCodes(call *ast.CallExpr) []codes.ReturnCode {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	fn, ok := s.info.Uses[id].(*types.Func)
	if !ok || s.decls == nil {
		return nil
	}
	fd := s.decls[fn]
	if fd == nil || fd.Body == nil || len(fd.Body.List) != 1 {
		return nil
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	e := ast.Unparen(ret.Results[0])
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	params := fn.Signature().Params()
	for _, val := range s.codeElems(lit) {
		pid, ok := ast.Unparen(val).(*ast.Ident)
		if !ok {
			continue
		}
		for i := 0; i < params.Len() && i < len(call.Args); i++ {
			if s.info.Uses[pid] == params.At(i) {
				if c, ok := s.constCode(call.Args[i]); ok {
					return []codes.ReturnCode{c}
				}
			}
		}
	}
	return nil
}

// mapLiteral handles map[ReturnCode]error{OTPInvalid: ErrOTPInvalid, ...}:
// a map literal whose keys are codes (of a code type, or constants
// named and valued as published codes) and whose values are errors.
func (s *sentinelScan) mapLiteral(lit *ast.CompositeLit, add func(*types.Var, []codes.ReturnCode)) {
	m, ok := types.Unalias(s.info.TypeOf(lit)).Underlying().(*types.Map)
	if !ok || !implementsError(m.Elem()) {
		return
	}
	var keys []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			keys = append(keys, kv.Key)
		}
	}
	mirror := s.r.MirrorOf(m.Key()) // map[Outcome]error{OTPInvalid: ErrWrongCode}
	if mirror == nil && !s.r.IsCodeType(m.Key()) && !CodeConstants(s.info, keys) && !s.r.setConstants(s.info, keys) && !CodeLiterals(s.info, keys) {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		var list []codes.ReturnCode
		if mirror != nil {
			list = mirror.Codes(s.info.Types[kv.Key].Value)
		} else if c, ok := s.constCode(kv.Key); ok {
			list = []codes.ReturnCode{c}
		}
		if len(list) == 0 {
			continue
		}
		for _, v := range s.sentinelsIn(kv.Value, maxSentinelDepth) {
			add(v, list)
		}
	}
}

// switchStmt handles a switch over a code whose clauses return sentinels
// (case OTPInvalid, BogusOTP: return ErrOTPInvalid; a default returning
// one stands for every code listed nowhere), a tagless switch comparing a
// code (case code == OTPInvalid:), and a switch over an Is method's target
// whose clauses return a condition on the code (case ErrOTPInvalid:
// return e.Code == OTPInvalid || e.Code == BogusOTP).
//
// With after, the return statement right after the switch, only that
// return is looked at: it stands for the codes listed nowhere, and those
// of the clauses that may fall out of the switch, when the switch has no
// default.
func (s *sentinelScan) switchStmt(sw *ast.SwitchStmt, after *ast.ReturnStmt, add func(*types.Var, []codes.ReturnCode)) {
	if sw.Body == nil {
		return
	}
	if sw.Tag != nil && implementsError(s.info.TypeOf(sw.Tag)) {
		if after == nil {
			s.targetSwitch(sw, add)
		}
		return
	}
	var exprs []ast.Expr
	for _, st := range sw.Body.List {
		if cc, ok := st.(*ast.CaseClause); ok {
			exprs = append(exprs, cc.List...)
		}
	}
	tagged := sw.Tag != nil && (s.isCodeExpr(sw.Tag) || CodeConstants(s.info, exprs) || s.r.setConstants(s.info, exprs))
	var mirror *Mirror // switch r.Outcome { case OTPInvalid: return ErrWrongCode }
	if sw.Tag != nil && !tagged {
		mirror = s.r.MirrorOf(s.info.TypeOf(sw.Tag))
	}
	listed := map[codes.ReturnCode]bool{}
	var dflt *ast.CaseClause
	for _, st := range sw.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			continue
		}
		if cc.List == nil {
			dflt = cc
			continue
		}
		var list []codes.ReturnCode
		for _, e := range cc.List {
			switch {
			case tagged:
				if c, ok := s.constCode(e); ok {
					list = append(list, c)
				}
			case mirror != nil:
				list = append(list, mirror.Codes(s.info.Types[e].Value)...)
			case sw.Tag == nil:
				if l, ok := s.codesWhere(e); ok {
					list = append(list, l...)
				}
			}
		}
		falls := len(cc.Body) == 0
		if n := len(cc.Body); n > 0 {
			_, ret := cc.Body[n-1].(*ast.ReturnStmt)
			falls = !ret
		}
		for _, c := range list {
			if !falls || after == nil {
				listed[c] = true
			}
		}
		if after == nil {
			s.returns(cc.Body, list, add)
		}
	}
	if after != nil {
		if dflt == nil && len(listed) > 0 {
			var rest []codes.ReturnCode
			for _, c := range codes.All() {
				if !listed[c] {
					rest = append(rest, c)
				}
			}
			s.returns([]ast.Stmt{after}, rest, add)
		}
		return
	}
	if dflt != nil && len(listed) > 0 {
		var rest []codes.ReturnCode
		for _, c := range codes.All() {
			if !listed[c] {
				rest = append(rest, c)
			}
		}
		s.returns(dflt.Body, rest, add)
	}
}

// targetSwitch handles switch target { case ErrOTPInvalid: return cond }.
func (s *sentinelScan) targetSwitch(sw *ast.SwitchStmt, add func(*types.Var, []codes.ReturnCode)) {
	for _, st := range sw.Body.List {
		cc, result := singleReturn(st)
		if result == nil {
			continue
		}
		list, ok := s.codesWhere(result)
		if !ok {
			continue
		}
		for _, e := range cc.List {
			if v := s.sentinel(e); v != nil {
				add(v, list)
			}
		}
	}
}

// ifStmt handles if code == OTPInvalid || code == BogusOTP { return
// ErrOTPInvalid }, and in an Is method if target == ErrOTPInvalid {
// return e.Code == OTPInvalid }.
func (s *sentinelScan) ifStmt(ifs *ast.IfStmt, add func(*types.Var, []codes.ReturnCode)) {
	if ifs.Body == nil || ifs.Cond == nil {
		return
	}
	if list, ok := s.codesWhere(ifs.Cond); ok {
		s.returns(ifs.Body.List, list, add)
		return
	}
	b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL || len(ifs.Body.List) != 1 {
		return
	}
	v := s.sentinel(b.X)
	if v == nil {
		v = s.sentinel(b.Y)
	}
	if v == nil {
		return
	}
	if ret, ok := ifs.Body.List[0].(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
		if list, ok := s.codesWhere(ret.Results[0]); ok {
			add(v, list)
		}
	}
}

// returns adds list to every candidate returned in body (function
// literals aside).
func (s *sentinelScan) returns(body []ast.Stmt, list []codes.ReturnCode, add func(*types.Var, []codes.ReturnCode)) {
	if len(list) == 0 {
		return
	}
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				for _, res := range n.Results {
					for _, v := range s.sentinelsIn(res, maxSentinelDepth) {
						add(v, list)
					}
				}
			}
			return true
		})
	}
}

// codesWhere returns the published codes for which cond, comparisons of
// one code with constants joined by &&, || and !, is true; ok is false
// when cond is no such condition or true for none.
func (s *sentinelScan) codesWhere(cond ast.Expr) ([]codes.ReturnCode, bool) {
	var subject ast.Expr
	ast.Inspect(cond, func(n ast.Node) bool {
		if subject != nil {
			return false
		}
		if b, ok := n.(*ast.BinaryExpr); ok && isComparison(b.Op) {
			for _, e := range []ast.Expr{b.X, b.Y} {
				if tv, ok := s.info.Types[e]; ok && tv.Value == nil && (s.isCodeExpr(e) || s.r.MirrorOf(tv.Type) != nil) {
					subject = e // a code, or a mirror of the codes (r.Outcome == OTPInvalid)
				}
			}
			return false
		}
		return true
	})
	if subject == nil {
		return nil, false
	}
	var out []codes.ReturnCode
	for _, c := range codes.All() {
		switch s.eval(cond, subject, c) {
		case 1:
			out = append(out, c)
		case 0:
			return nil, false
		}
	}
	return out, len(out) > 0
}

func isComparison(op token.Token) bool {
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}

// eval evaluates cond when subject holds code: 1 true, -1 false, 0 unknown.
func (s *sentinelScan) eval(cond, subject ast.Expr, code codes.ReturnCode) int {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return -s.eval(e.X, subject, code)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			x, y := s.eval(e.X, subject, code), s.eval(e.Y, subject, code)
			stop := -1
			if e.Op == token.LOR {
				stop = 1
			}
			switch {
			case x == stop || y == stop:
				return stop
			case x == 0 || y == 0:
				return 0
			}
			return x
		}
		if !isComparison(e.Op) {
			return 0
		}
		x, y, op := e.X, e.Y, e.Op
		if types.ExprString(ast.Unparen(y)) == types.ExprString(ast.Unparen(subject)) {
			x, y = y, x
			switch op {
			case token.LSS:
				op = token.GTR
			case token.GTR:
				op = token.LSS
			case token.LEQ:
				op = token.GEQ
			case token.GEQ:
				op = token.LEQ
			}
		}
		if types.ExprString(ast.Unparen(x)) != types.ExprString(ast.Unparen(subject)) {
			return 0
		}
		tv, ok := s.info.Types[y]
		if !ok || tv.Value == nil {
			return 0
		}
		if m := s.r.MirrorOf(s.info.TypeOf(x)); m != nil {
			// A mirror's constant stands for the codes mapped to it.
			if op != token.EQL && op != token.NEQ {
				return 0
			}
			if slices.Contains(m.Codes(tv.Value), code) == (op == token.EQL) {
				return 1
			}
			return -1
		}
		k, ok := CodeOf(tv.Value)
		if !ok {
			return 0
		}
		if constant.Compare(constant.MakeInt64(int64(code)), op, constant.MakeInt64(int64(k))) {
			return 1
		}
		return -1
	}
	return 0
}

// implementsError reports whether t is the error interface or implements it.
func implementsError(t types.Type) bool {
	if t == nil {
		return false
	}
	return types.Implements(t, sentinelErrorIface)
}

var sentinelErrorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func sentinelList(f *sentinelFact) []codes.ReturnCode {
	out := make([]codes.ReturnCode, len(f.Codes))
	for i, c := range f.Codes {
		out[i] = codes.ReturnCode(c)
	}
	return out
}
