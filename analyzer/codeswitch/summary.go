package codeswitch

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file summarizes the functions of a package that dispatches may call
// (see "Predicates and helpers" in doc.go): predicates deciding a code the
// way code == Success does (resp.OK(), IsSuccess(code)), and helpers that
// reject on every path (s.deny(w, msg)). Summaries of exported functions
// are exported as facts, so other packages use them too.

// predFact marks a predicate on a return code: a function with one boolean
// result, true for the published codes True, either for those in Maybe
// (a guard on something else decides), false for the others, where the
// code is parameter Param (receiverParam: the receiver), or its field
// Fields[0], and so on down the path.
type predFact struct {
	Param  int
	Fields []string
	True   []int
	Maybe  []int
	// Result is the bool's index among the results of a lookup helper
	// (tabled.go), whose table is declared at Table, named TableName, in
	// TableFile (read only where the file there is that one).
	Result    int
	Table     token.Pos
	TableName string
	TableFile string
	// Switch: the body is a switch over the code (switchGuards), a
	// dispatch judged on its own in its package.
	Switch bool
	// Consts: the constants the body compares the code with name
	// published codes (untyped SP_OTP_INVALID = 9003): an argument of
	// any integer type is the code (closures.go's comparesCodeConstants).
	Consts bool
	// Self: the predicate's name says what true means and it answers
	// accept for a security-relevant code it does not name: it is
	// judged where it decides (selfpred.go), and its callers trust it.
	Self bool
}

const receiverParam = -1

func (*predFact) AFact() {}
func (f *predFact) String() string {
	subject := "receiver"
	if f.Param != receiverParam {
		subject = fmt.Sprintf("param %d", f.Param)
	}
	if len(f.Fields) > 0 {
		subject += "." + strings.Join(f.Fields, ".")
	}
	var list []codes.ReturnCode
	for _, c := range append(append([]int(nil), f.True...), f.Maybe...) {
		list = append(list, codes.ReturnCode(c))
	}
	when := "when"
	if len(f.Maybe) > 0 {
		when = "only when"
	}
	if f.Result > 0 {
		when = fmt.Sprintf("(result %d) %s", f.Result, when)
	}
	return fmt.Sprintf("codeswitch(predicate: true %s %s is %s)", when, subject, names(list))
}

// value returns the predicate's value for code.
func (f *predFact) value(code codes.ReturnCode) tri {
	switch {
	case slices.Contains(f.True, int(code)):
		return triTrue
	case slices.Contains(f.Maybe, int(code)):
		return triUnknown
	}
	return triFalse
}

// rejectFact marks a helper that rejects on every path: it writes a
// failure response, terminates, or calls another such helper.
type rejectFact struct{}

func (*rejectFact) AFact()         {}
func (*rejectFact) String() string { return "codeswitch(rejects)" }

// summaries holds the summaries of one package's functions, computed on
// first use, and those imported.
type summaries struct {
	pass  *analysis.Pass
	spid  *spid.Result
	decls map[*types.Func]funcDecl
	preds map[*types.Func]*predFact
	rejs  map[*types.Func]bool
	accs  map[*types.Func][]string   // accessors (accessor.go)
	lits  map[*ast.FuncLit]*predFact // closure predicates (closures.go)
	errs  map[*types.Func]bool       // error builders (errbuilders.go)
	nils  map[*types.Func]*predFact  // nil-error conversions (nilerr.go)

	errAccs map[*types.Func][]string // getters of the code through an error (errcode.go)

	required []codes.ReturnCode // the package's required codes (selfpred.go)

	byName map[string][]*types.Func // concrete methods, by name (indirect.go)

	sums map[*types.TypeName][]string // response sum types' failure cases (encoders.go)

	writes map[*types.Var]int // writes of each variable in the package (held.go)

	initTables map[*types.Var]*ast.CompositeLit // package maps filled by func init (initfilled.go)
	members    map[*ast.CallExpr]*ast.IndexExpr // membership methods' calls, as lookups (initfilled.go)

	varValues map[*types.Var]ast.Expr // package-level variables' declared values (pkgvalues.go)
}

type funcDecl struct {
	decl *ast.FuncDecl
	file *ast.File
}

// summarize summarizes the functions of the package and exports the facts
// of the exported ones. The standard library is not summarized: its
// failure writers (http.Error) are known by name.
func summarize(pass *analysis.Pass, r *spid.Result) *summaries {
	s := &summaries{pass: pass, spid: r, decls: map[*types.Func]funcDecl{}, preds: map[*types.Func]*predFact{}, rejs: map[*types.Func]bool{}, accs: map[*types.Func][]string{}}
	if inGoroot(pass) {
		return s
	}
	var only func(*types.Func) bool // the functions summarized; nil for all
	if !r.Relevant() && !writesResponses(pass.Pkg) && !usesTextCodes(pass) {
		if !declaresDecisionBuilder(pass.Pkg) {
			return s
		}
		only = buildsDecision // a shared verdict package's Deny(reason) (pkgvalues.go)
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && (only == nil || only(fn)) {
				s.decls[fn] = funcDecl{fd, f}
			}
		}
	}
	for fn := range s.decls {
		p, rej := s.predicate(fn), s.rejects(fn)
		if !fn.Exported() {
			continue
		}
		if p != nil && p.Result == 0 {
			pass.ExportObjectFact(fn, p)
		}
		if rej {
			pass.ExportObjectFact(fn, new(rejectFact))
		}
		if e, l, ok := memberDecl(pass.TypesInfo, s.decls[fn].decl); ok {
			pass.ExportObjectFact(fn, &memberFact{Elem: e, List: l})
		}
		if f, ok := helperDecl(pass.TypesInfo, s.decls[fn].decl); ok {
			pass.ExportObjectFact(fn, &f)
		}
		if s.buildsError(fn) {
			pass.ExportObjectFact(fn, new(errorFact))
		}
		if f := s.accessor(fn); f != nil {
			pass.ExportObjectFact(fn, &accessorFact{Fields: f})
		} else if f := s.errAccessor(fn); f != nil {
			pass.ExportObjectFact(fn, &accessorFact{Fields: f, Err: true}) // errcode.go
		}
		if p := s.nilErr(fn); p != nil {
			pass.ExportObjectFact(fn, &nilErrFact{P: *p})
		}
	}
	s.summarizeSums()
	return s
}

// responsePackages are the import paths (and path prefixes, ending in /)
// of the libraries a Go server answers its users with. A package with no
// SurePassID signal of its own is summarized only when it imports one of
// them: only such a package can hold a helper that writes a failure
// response (a shared httpx or respond package), and predicates on codes live
// with SurePassID's values. This keeps summaries, and their facts, out of
// the dependencies of a module (codecs, protobuf, database drivers).
var responsePackages = []string{
	"net/http",
	"github.com/valyala/fasthttp",
	"github.com/gofiber/",
	"github.com/gin-gonic/gin",
	"github.com/labstack/echo/",
	"github.com/go-chi/render",
	"github.com/cloudwego/hertz/",
	"github.com/kataras/iris/",
	"github.com/beego/beego/",
	"google.golang.org/grpc",
	"connectrpc.com/connect",
	"github.com/twitchtv/twirp",
	"github.com/danielgtaylor/huma/",
	"github.com/99designs/gqlgen/",
	"github.com/aws/aws-lambda-go/", // responses returned as values (responses.go)
	"github.com/go-openapi/runtime", // go-swagger responders (responders.go)
}

// writesResponses reports whether pkg imports a package of responsePackages
// and is not one: a framework's own functions answer nobody's SurePassID
// call.
func writesResponses(pkg *types.Package) bool {
	if pkg == nil || responsePackage(pkg.Path()) {
		return false
	}
	return slices.ContainsFunc(pkg.Imports(), func(imp *types.Package) bool { return responsePackage(imp.Path()) })
}

// responsePackage reports whether path is a package of responsePackages.
func responsePackage(path string) bool {
	for _, p := range responsePackages {
		if path == p || strings.HasSuffix(p, "/") && strings.HasPrefix(path, p) || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// inGoroot reports whether the package is the standard library's.
func inGoroot(pass *analysis.Pass) bool { return typex.InGoroot(pass) }

// checkerFor returns a checker for summarizing a function of file.
func (s *summaries) checkerFor(file *ast.File, sig *types.Signature) *checker {
	return &checker{pass: s.pass, spid: s.spid, file: file, sums: s, sig: sig}
}

// predicate returns fn's predicate fact, nil when fn is no predicate.
func (s *summaries) predicate(fn *types.Func) *predFact {
	fn = fn.Origin()
	if p, ok := s.preds[fn]; ok {
		return p
	}
	s.preds[fn] = nil // a recursive predicate proves nothing
	var p *predFact
	if d, ok := s.decls[fn]; ok {
		p = s.provePredicate(fn, d)
		if p == nil {
			p = s.proveLookup(fn, d) // tabled.go
		}
		if p == nil {
			p = s.proveMember(fn, d) // initfilled.go
		}
	} else if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		var f predFact
		if s.pass.ImportObjectFact(fn, &f) {
			p = &f
		}
	}
	if p == nil {
		p = s.interfacePredicate(fn) // indirect.go
	}
	s.preds[fn] = p
	return p
}

// rejects reports whether fn rejects on every path.
func (s *summaries) rejects(fn *types.Func) bool {
	fn = fn.Origin()
	if r, ok := s.rejs[fn]; ok {
		return r
	}
	s.rejs[fn] = false // a recursive helper proves nothing
	r := false
	if d, ok := s.decls[fn]; ok {
		sig, _ := fn.Type().(*types.Signature)
		c := s.checkerFor(d.file, sig)
		c.effectOnly = true
		r = sig != nil && c.classify(d.decl.Body.List, false) == rejected
		if !r && sig != nil && strictVisit(fn) {
			r = c.writesFailureStatus(d.decl.Body.List) // responders.go
		}
		if !r && sig != nil && len(d.decl.Body.List) == 1 && sig.Results().Len() == 1 {
			// A decision builder: func denied(op string) Outcome {
			// return outcome{ok: false, op: op} }, its one return a
			// struct literal that carries a rejection (not an error: an
			// error builder is errbuilders.go's).
			rt := sig.Results().At(0).Type()
			if ret, ok := d.decl.Body.List[0].(*ast.ReturnStmt); ok && len(ret.Results) == 1 && !typex.IsError(rt) && !isBool(rt) {
				r = s.checkerFor(d.file, sig).carriesDecision(ast.Unparen(ret.Results[0]))
			}
		}
	} else if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		r = s.pass.ImportObjectFact(fn, new(rejectFact))
	}
	if !r {
		r = s.interfaceRejects(fn) // indirect.go
	}
	s.rejs[fn] = r
	return r
}

// maxPredicateStmts bounds the statements of a predicate's body: guards
// (if r == nil { return false }) and one final return.
const maxPredicateStmts = 4

// provePredicate returns the fact of fn when its body is a few guards
// if cond { return b } and a final return whose values, for every
// published code, are decided by comparisons of one parameter (or a field
// of it) with constants, or by other predicates on it; the parameter must
// not be assigned.
func (s *summaries) provePredicate(fn *types.Func, d funcDecl) *predFact {
	sig, _ := fn.Type().(*types.Signature)
	p := s.proveBody(sig, d.decl.Body, d.file)
	if p != nil {
		p.Self = s.failsOpenItself(fn.Name(), sig, d, p) // selfpred.go
	}
	return p
}

// proveBody is provePredicate for a function of signature sig and body
// body in file: a declaration's or a literal's (closures.go).
func (s *summaries) proveBody(sig *types.Signature, body *ast.BlockStmt, file *ast.File) *predFact {
	if sig == nil || sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
		return nil
	}
	return s.proveGuards(sig, body, file, nil)
}

// proveGuards is proveBody for a function with one result, read as a
// bool by result (nil: the result is one), which answers triUnknown for a
// value it cannot read.
func (s *summaries) proveGuards(sig *types.Signature, body *ast.BlockStmt, file *ast.File, result func(*checker, ast.Expr) tri) *predFact {
	list := body.List
	if len(list) == 0 {
		return nil
	}
	params := map[types.Object]int{}
	if r := sig.Recv(); r != nil {
		params[r] = receiverParam
	}
	for i := 0; i < sig.Params().Len(); i++ {
		params[sig.Params().At(i)] = i
	}
	// var se *Error; return errors.As(err, &se) && se.Reason == X: the
	// code of err read through its target (errcode.go).
	list, bound := asPrelude(s.pass.TypesInfo, params, list)
	var alias *readAlias // c, err := r.Code() read first (checked.go)
	if len(list) > 1 {
		if alias = s.aliasOf(list[0]); alias != nil && len(alias.fields) > 0 {
			list = list[1:]
		} else {
			alias = nil // a parse of a plain string (strconv.Atoi(s)) says nothing of a code
		}
	}
	list = localPrelude(s.pass.TypesInfo, list, &bound) // code, present := rr.res["errorCode"].(float64) (wrapped.go)
	bound.info = s.pass.TypesInfo
	if len(list) == 0 {
		return nil
	}
	conds, results, switched, ok := guardShape(list)
	if !ok {
		return nil
	}
	c := s.checkerFor(file, sig)
	c.as = bound
	c.alias = alias
	var fixed map[ast.Expr]tri // the results, read by result
	if result != nil {
		fixed = map[ast.Expr]tri{}
		for _, e := range results {
			if fixed[e] = result(c, e); fixed[e] == triUnknown {
				return nil
			}
		}
	}
	root, fields := c.predSubject(append(append([]ast.Expr(nil), conds...), results...), params)
	if root == nil || assignsVar(c.pass.TypesInfo, body, root) {
		return nil
	}
	subj := subject{
		is: func(e ast.Expr) bool {
			r, f := alias.aliased(bound.root(chainIdx(c.pass.TypesInfo, c.canonical(e)))) // e.Code() of an accessor is e.ErrorCode
			return r == root && slices.Equal(f, fields)
		},
		base: func(e ast.Expr) bool {
			r, f := alias.aliased(bound.root(chainIdx(c.pass.TypesInfo, e)))
			return len(fields) > 0 && r == root && slices.Equal(f, fields[:len(fields)-1])
		},
		// The caller read the code through the receiver or parameter: it
		// is not nil, and a checked read of it succeeded.
		pre: func(e ast.Expr) tri {
			if t, ok := fixed[e]; ok {
				return t
			}
			if t := bound.eval(c.pass.TypesInfo, e); t != triUnknown {
				return t // errors.As(err, &se), ok of se, ok := err.(*Error)
			}
			if t := alias.readHolds(c.pass.TypesInfo, e); t != triUnknown {
				return t
			}
			b, ok := ast.Unparen(e).(*ast.BinaryExpr)
			if !ok || (b.Op != token.EQL && b.Op != token.NEQ) || len(fields) == 0 {
				return triUnknown
			}
			x, y := b.X, b.Y
			if tv, ok := c.pass.TypesInfo.Types[x]; ok && tv.IsNil() {
				x, y = y, x
			}
			if tv, ok := c.pass.TypesInfo.Types[y]; !ok || !tv.IsNil() {
				return triUnknown
			}
			if r, f := chainOf(c.pass.TypesInfo, x); r != root || len(f) != 0 {
				return triUnknown
			}
			return triOf(b.Op == token.NEQ)
		},
	}
	f := &predFact{Param: params[root], Fields: fields, Switch: switched, Consts: c.comparesCodeConstants(body)}
	sawFalse := false
	for _, code := range published {
		switch c.evalGuarded(conds, results, code, subj) {
		case triTrue:
			f.True = append(f.True, int(code))
		case triFalse:
			sawFalse = true
		default:
			f.Maybe = append(f.Maybe, int(code))
		}
	}
	if len(f.True)+len(f.Maybe) == 0 || !sawFalse {
		return nil // false for no code: it decides nothing
	}
	return f
}

// guardShape reads list, a predicate's body, as guards if conds[i] {
// return results[i] } and a final return results[len(conds)] (a switch's
// clauses as guards, its default as the final return; see switchGuards
// and bodySwitchGuards); ok is false for a body of another shape.
func guardShape(list []ast.Stmt) (conds, results []ast.Expr, switched, ok bool) {
	conds, results, switched = bodySwitchGuards(list) // results[i] when conds[i]; the last result unconditionally
	if !switched && len(list) > maxPredicateStmts {
		return nil, nil, false, false
	}
	for i, st := range list {
		if switched {
			break
		}
		if sw, ok := st.(*ast.SwitchStmt); ok {
			// switch s { case Success, SuccessPending: return true }:
			// its clauses are guards, its default the final return.
			cs, rs, dflt, ok := switchGuards(sw)
			if !ok || (dflt != nil) != (i == len(list)-1) {
				return nil, nil, false, false
			}
			conds, results = append(conds, cs...), append(results, rs...)
			if dflt != nil {
				results = append(results, dflt)
			}
			continue
		}
		if i == len(list)-1 {
			ret, ok := st.(*ast.ReturnStmt)
			if !ok || len(ret.Results) != 1 {
				return nil, nil, false, false
			}
			results = append(results, ret.Results[0])
			break
		}
		ifs, ok := st.(*ast.IfStmt)
		if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
			return nil, nil, false, false
		}
		ret, ok := ifs.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			return nil, nil, false, false
		}
		conds, results = append(conds, ifs.Cond), append(results, ret.Results[0])
	}
	return conds, results, switched, true
}

// switchGuards reads a switch of a predicate's body, each of whose clauses
// returns one value, as guards: case A, B: return r is if tag == A || tag
// == B { return r } (a tagless switch's case conditions joined by ||), in
// order; dflt is the default's value (nil without one). ok is false for
// any other switch (an init, a fallthrough, a clause doing more).
func switchGuards(sw *ast.SwitchStmt) (conds, results []ast.Expr, dflt ast.Expr, ok bool) {
	if sw.Init != nil || sw.Body == nil {
		return nil, nil, nil, false
	}
	for _, st := range sw.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok || len(cc.Body) != 1 {
			return nil, nil, nil, false
		}
		ret, ok := cc.Body[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			return nil, nil, nil, false
		}
		if cc.List == nil {
			dflt = ret.Results[0]
			continue
		}
		var cond ast.Expr
		for _, v := range cc.List {
			if sw.Tag != nil {
				v = &ast.BinaryExpr{X: sw.Tag, OpPos: v.Pos(), Op: token.EQL, Y: v}
			}
			if cond == nil {
				cond = v
			} else {
				cond = &ast.BinaryExpr{X: cond, OpPos: v.Pos(), Op: token.LOR, Y: v}
			}
		}
		conds, results = append(conds, cond), append(results, ret.Results[0])
	}
	return conds, results, dflt, len(conds) > 0
}

// evalGuarded evaluates guards if conds[i] { return results[i] } and a
// final return results[len(conds)] for code: a guard that does not depend
// on the code may go either way.
func (c *checker) evalGuarded(conds, results []ast.Expr, code codes.ReturnCode, s subject) tri {
	if len(conds) == 0 {
		return c.evalCond(results[0], code, s)
	}
	then := c.evalCond(results[0], code, s)
	switch c.evalCond(conds[0], code, s) {
	case triTrue:
		return then
	case triFalse:
		return c.evalGuarded(conds[1:], results[1:], code, s)
	}
	if rest := c.evalGuarded(conds[1:], results[1:], code, s); rest == then {
		return then
	}
	return triUnknown
}

// predSubject returns the parameter (of params) a predicate's expressions
// compare with constants, and the field path compared: the first such
// comparison found, or the subject of a predicate called on it.
func (c *checker) predSubject(exprs []ast.Expr, params map[types.Object]int) (types.Object, []string) {
	info := c.pass.TypesInfo
	var root types.Object
	var fields []string
	best := 0 // 2: a return code (or a predicate's subject), 1: another value
	try := func(e ast.Expr, more []string, score int) {
		r, f := c.alias.aliased(c.as.root(chainIdx(info, c.canonical(e))))
		if _, ok := params[r]; !ok || r == nil || score <= best {
			return
		}
		root, fields, best = r, append(f, more...), score
	}
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				switch n.Op {
				case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
					for _, side := range [][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
						if c.isConst(side[1]) && !c.isNilExpr(side[1]) {
							score := 1
							if c.spid.ExprRole(info, side[0]) == spid.RoleCode {
								score = 2
							}
							try(side[0], nil, score)
						}
					}
				}
			case *ast.IndexExpr:
				// lockouts[o] of a map of bools (lookup.go).
				if key, _ := c.mapLookup(n); key != nil {
					try(key, nil, 2)
				}
			case *ast.CallExpr:
				// slices.Contains(hardFailures, o) (listed.go).
				if key, _ := c.testedList(n); key != nil {
					try(key, nil, 2)
				}
				if p := c.predicateOf(n); p != nil {
					if arg := predArg(n, p); arg != nil {
						try(arg, p.Fields, 2)
					}
				}
			}
			return best < 2
		})
	}
	return root, fields
}

func (c *checker) isNilExpr(e ast.Expr) bool {
	if z, ok := c.zeroValue(e); ok { // held.go
		return z.Kind() == constant.Unknown
	}
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}

// evalPredicate evaluates call, a call of a predicate on the code of s;
// triUnknown when call is no such call.
func (c *checker) evalPredicate(call *ast.CallExpr, code codes.ReturnCode, s subject) tri {
	call = c.boundCall(call) // indirect.go
	p := c.predicateOf(call)
	if p == nil {
		return triUnknown
	}
	arg := predArg(call, p)
	if arg == nil {
		return triUnknown
	}
	e := stripRef(arg)
	for _, f := range p.Fields {
		e = &ast.SelectorExpr{X: e, Sel: ast.NewIdent(f)}
	}
	if !s.is(e) {
		return triUnknown
	}
	return p.value(code)
}

// predArg returns the argument of call that is the subject of predicate p:
// the receiver or a parameter.
func predArg(call *ast.CallExpr, p *predFact) ast.Expr {
	if p.Param == receiverParam {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		return sel.X
	}
	if p.Param < 0 || p.Param >= len(call.Args) || call.Ellipsis.IsValid() {
		return nil
	}
	return call.Args[p.Param]
}

// stripRef removes parentheses, & and * around e.
func stripRef(e ast.Expr) ast.Expr {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return x
			}
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return x
		}
	}
}

// chainOf returns the variable e is read from and the field path read
// (r.Envelope.ErrorCode: r, [Envelope ErrorCode]), through parentheses,
// &, * and conversions; nil if e is no such chain.
func chainOf(info *types.Info, e ast.Expr) (types.Object, []string) {
	var fields []string
	for {
		e = stripRef(e)
		switch x := e.(type) {
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; !ok || !tv.IsType() || len(x.Args) != 1 {
				return nil, nil
			}
			e = x.Args[0]
		case *ast.SelectorExpr:
			fields = append([]string{x.Sel.Name}, fields...)
			e = x.X
		case *ast.Ident:
			obj := info.Uses[x]
			if _, ok := obj.(*types.Var); !ok {
				return nil, nil
			}
			return obj, fields
		default:
			return nil, nil
		}
	}
}

// assignsVar reports whether body assigns v, or takes its address.
func assignsVar(info *types.Info, body *ast.BlockStmt, v types.Object) bool {
	found := false
	isV := func(e ast.Expr) bool {
		r, f := chainOf(info, e)
		return r == v && len(f) == 0
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if r, _ := chainOf(info, l); r == v {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if r, _ := chainOf(info, n.X); r == v {
				found = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && isV(n.X) {
				found = true
			}
		}
		return !found
	})
	return found
}

// bodySwitchGuards reads a predicate's body written as a switch over the
// code, switch o { case A, B: return true }; return false (a default
// clause's return in place of the final one), as guards if o == A || o ==
// B { return true }: the conditions, and the results with the final one
// last. A clause without statements answers the final return. ok is false
// for any other body.
func bodySwitchGuards(list []ast.Stmt) (conds, results []ast.Expr, ok bool) {
	if len(list) == 0 || len(list) > 2 {
		return nil, nil, false
	}
	sw, isSwitch := list[0].(*ast.SwitchStmt)
	if !isSwitch || sw.Init != nil || sw.Tag == nil {
		return nil, nil, false
	}
	var final ast.Expr
	if len(list) == 2 {
		ret, isRet := list[1].(*ast.ReturnStmt)
		if !isRet || len(ret.Results) != 1 {
			return nil, nil, false
		}
		final = ret.Results[0]
	}
	var empty []int // clauses answering the final return
	for _, st := range sw.Body.List {
		cc, isCase := st.(*ast.CaseClause)
		if !isCase || len(cc.Body) > 1 {
			return nil, nil, false
		}
		var res ast.Expr
		if len(cc.Body) == 1 {
			ret, isRet := cc.Body[0].(*ast.ReturnStmt)
			if !isRet || len(ret.Results) != 1 {
				return nil, nil, false
			}
			res = ret.Results[0]
		}
		if cc.List == nil { // default: the final answer
			if final != nil || res == nil {
				return nil, nil, false
			}
			final = res
			continue
		}
		var cond ast.Expr
		for _, v := range cc.List {
			var eq ast.Expr = &ast.BinaryExpr{X: sw.Tag, OpPos: v.Pos(), Op: token.EQL, Y: v}
			if cond != nil {
				eq = &ast.BinaryExpr{X: cond, OpPos: v.Pos(), Op: token.LOR, Y: eq}
			}
			cond = eq
		}
		if res == nil {
			empty = append(empty, len(conds))
		}
		conds, results = append(conds, cond), append(results, res)
	}
	if final == nil || len(conds) == 0 {
		return nil, nil, false
	}
	for _, i := range empty {
		results[i] = final
	}
	return conds, append(results, final), true
}
