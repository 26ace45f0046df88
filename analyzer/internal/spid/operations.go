package spid

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file recognizes the SurePassID operations a package reaches through
// an abstraction of its own whose implementation it cannot see: the
// client lives in a package the consumer does not import, and main wires
// it in (see "Interfaces and function values" in doc.go).
//
//	// Verifier is the subset of the SurePassID client the service needs.
//	type Verifier interface {
//		ValidateOTP(ctx context.Context, user, otp string) (int, string, error)
//	}
//	code, msg, err := s.sp.ValidateOTP(ctx, user, otp) // code: RoleCode, msg: RoleMessage
//
// The evidence is the package's own: the operation's name (the published
// operations, as Go spells them), a doc comment naming SurePassID, or the
// constants its code result is compared with.

// operationNames are the published operations (the request's type values,
// the WCF interface's method names) as Go method and field names spell
// them, normalized by normName, with the words "oath" and "is" optional
// and the verbs teams use for validate (verify, check). Single generic
// words (enroll, sign) are left out: every vendor has them.
var operationNames = map[string]bool{
	"validateuser": true, "verifyuser": true,
	"validateoathotp": true, "validateotp": true, "verifyotp": true, "checkotp": true, "verifyoathotp": true,
	"sendoathotp": true, "sendotp": true, "pushoathotp": true, "pushotp": true,
	"validatecsc": true, "tapauthresponse": true,
	"adduser": true, "finduser": true, "findusers": true, "updateuser": true, "deleteuser": true,
	"addoathdevice": true, "addu2fdevice": true, "finddevice": true, "assigndevice": true,
	"unassigndevice": true, "syncoathdevice": true, "deletedevice": true, "getoathdeviceqrcode": true,
	"preenroll": true, "presign": true, "deleteallkeys": true,
	"createsessiontoken": true, "expiresessiontoken": true, "issessiontokenvalid": true,
	"sessiontokenvalid": true, "validatesessiontoken": true, "checksessiontoken": true, "verifysessiontoken": true,
}

// operationSuffixes are the endings a Go name adds to an operation's
// (ValidateOTPWithContext, ValidateOTPCtx).
var operationSuffixes = []string{"withcontext", "context", "ctx"}

// operationName reports whether name, a method or a func-typed field,
// names a published operation, after one of our short prefixes
// (SPValidateOTP, spValidateOTP, SurePassValidateOTP).
func operationName(name string) bool {
	n := normName(name)
	for _, p := range namePrefixes {
		if rest, ok := strings.CutPrefix(n, p); ok && operationNames[rest] {
			n = rest
			break
		}
	}
	for _, s := range operationSuffixes {
		if rest, ok := strings.CutSuffix(n, s); ok && rest != "" {
			n = rest
			break
		}
	}
	return operationNames[n] || operationNames[strings.Replace(n, "oath", "", 1)]
}

// Names of the fields of a struct an operation answers with, normalized:
// its code (an integer or a return-code type) and its message (a string).
var (
	resultCodeNames    = map[string]bool{"code": true, "errorcode": true, "errcode": true, "returncode": true, "resultcode": true, "vendorcode": true, "spcode": true}
	resultMessageNames = map[string]bool{"message": true, "msg": true, "reason": true, "detail": true, "details": true, "description": true, "text": true, "errormessage": true, "errormsg": true, "errmsg": true, "errmessage": true, "vendormessage": true, "spmessage": true}
)

// operation is a candidate: an interface method or a func-typed field of
// the package, with a code among its results.
type operation struct {
	obj     types.Object // *types.Func or *types.Var
	sig     *types.Signature
	ifc     *types.Interface // the method's interface; nil for a field
	code    int              // the code result, or -1
	msg     int              // the message result beside it, or -1
	record  *types.Struct    // the struct result's type, for (Result, error)
	fields  [2]*types.Var    // its code and message fields (message may be nil)
	named   bool             // its name, its interface's or its doc says SurePassID
	against []ast.Expr       // the constants its code is compared with in the package
}

// classifyOperations gives roles to the results of the package's own
// interface methods and func-typed fields that stand for SurePassID
// operations no implementation in view answers for: a code result (the
// first integer or return-code result) and the string beside it, or the
// code and message fields of a struct result declared in the package.
//
// Such a method or field is an operation when its name is a published
// operation's (operationName) and not another party's (otherParty), when
// its doc comment or its interface's names SurePassID, or when the constants its code is compared with in
// the package mirror the enum (CodeConstants); and none of those
// constants is another enum's (a value that is no published code, or a
// published code under a name unlike it: MailboxFull = 9003), and its
// name or its interface's names no other vendor the package calls.
func (r *Result) classifyOperations(pass *analysis.Pass, vendors map[string]bool, otherPkg func() bool) {
	cands := r.operationCandidates(pass, vendors, otherPkg)
	cands = append(cands, r.importedCandidates(pass, vendors)...)
	if len(cands) == 0 {
		return
	}
	r.comparedWith(pass, cands)
	var impls []types.Type
	implsKnown := false
	for _, op := range cands {
		if !op.named && !r.CodeConstants(pass.TypesInfo, op.against) || r.foreignConstants(pass.TypesInfo, op.against) {
			continue
		}
		if op.ifc != nil {
			if !implsKnown {
				impls, implsKnown = r.implementations(pass), true
			}
			if anyImplements(op.ifc, impls) {
				continue // the implementations in view answer (implRole)
			}
		}
		r.addOperation(op)
	}
}

// addOperation records op's result roles.
func (r *Result) addOperation(op *operation) {
	if op.record != nil {
		for i, f := range op.fields {
			if f != nil && r.fields[f] == RoleNone {
				r.fields[f] = []Role{RoleCode, RoleMessage}[i]
			}
		}
		return
	}
	roles := make([]Role, op.sig.Results().Len())
	roles[op.code] = RoleCode
	if op.msg >= 0 {
		roles[op.msg] = RoleMessage
	}
	if r.ops == nil {
		r.ops = map[types.Object][]Role{}
	}
	r.ops[op.obj] = roles
	if op.code != 0 {
		return // a result role is the first result's
	}
	switch obj := op.obj.(type) {
	case *types.Func:
		if r.funcs[obj] == RoleNone {
			r.funcs[obj] = RoleCode
		}
	case *types.Var:
		if r.funcVars == nil {
			r.funcVars = map[*types.Var]Role{}
		}
		if r.funcVars[obj] == RoleNone {
			r.funcVars[obj] = RoleCode
		}
	}
}

// OperationResults returns the role of each result of obj, an interface
// method or a func-typed field recognized as a SurePassID operation that
// no implementation in view answers for (see classifyOperations), in
// this package or, through a fact, in another; nil otherwise.
func (r *Result) OperationResults(obj types.Object) []Role {
	if r == nil || obj == nil {
		return nil
	}
	switch o := obj.(type) {
	case *types.Func:
		obj = o.Origin()
	case *types.Var:
		obj = o.Origin()
	}
	return r.ops[obj]
}

// anyImplements reports whether a type in impls implements ifc, by value
// or pointer, with a method of its own: a struct embedding the interface
// (type Service struct{ Sessions }) only promotes it.
func anyImplements(ifc *types.Interface, impls []types.Type) bool {
	for _, t := range impls {
		recv := t
		if !types.Implements(recv, ifc) {
			recv = types.NewPointer(t)
			if !types.Implements(recv, ifc) {
				continue
			}
		}
		for i := 0; i < ifc.NumMethods(); i++ {
			m := ifc.Method(i)
			obj, _, _ := types.LookupFieldOrMethod(recv, true, m.Pkg(), m.Name())
			if fn, ok := obj.(*types.Func); ok && !types.IsInterface(fn.Signature().Recv().Type()) {
				return true
			}
		}
	}
	return false
}

// operationCandidates returns the interface methods and func-typed fields
// declared at package level (an interface's methods, an interface literal
// or a func type of a struct's field) whose results hold a code, outside
// test and generated files. Only declarations are walked.
func (r *Result) operationCandidates(pass *analysis.Pass, vendors map[string]bool, otherPkg func() bool) []*operation {
	info := pass.TypesInfo
	var out []*operation
	add := func(obj types.Object, sig *types.Signature, ifc *types.Interface, owner string, docs ...*ast.CommentGroup) {
		if obj == nil || sig == nil || forOtherVendor(owner, vendors) || forOtherVendor(obj.Name(), vendors) {
			return
		}
		op := r.operationShape(pass, obj, sig)
		if op == nil {
			return
		}
		op.ifc = ifc
		op.named = containsFold(obj.Name(), "surepass") || containsFold(owner, "surepass")
		for _, d := range docs {
			op.named = op.named || d != nil && containsFold(d.Text(), "surepass")
		}
		// The operation's name counts unless it is another party's
		// (otherParty: a delivery gateway handed the code, a doc naming
		// Twilio, a package calling another vendor's host).
		op.named = op.named || operationName(obj.Name()) && !otherParty(obj.Name(), sig, owner, docs, otherPkg)
		out = append(out, op)
	}
	methods := func(it *ast.InterfaceType, owner string, docs ...*ast.CommentGroup) {
		ifc, _ := info.TypeOf(it).(*types.Interface)
		if ifc == nil || it.Methods == nil {
			return
		}
		for _, m := range it.Methods.List {
			if len(m.Names) != 1 {
				continue // an embedded interface: its methods are its own
			}
			fn, _ := info.Defs[m.Names[0]].(*types.Func)
			if fn == nil {
				continue
			}
			add(fn, fn.Signature(), ifc, owner, append([]*ast.CommentGroup{m.Doc, m.Comment}, docs...)...)
		}
	}
	for _, file := range pass.Files {
		if ast.IsGenerated(file) || testFile(pass, file) {
			continue
		}
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				doc := ts.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				switch t := ts.Type.(type) {
				case *ast.InterfaceType:
					methods(t, ts.Name.Name, doc)
				case *ast.StructType:
					for _, f := range t.Fields.List {
						ft := f.Type
						if star, ok := ft.(*ast.StarExpr); ok {
							ft = star.X
						}
						switch ft := ft.(type) {
						case *ast.InterfaceType:
							// sp interface { ValidateOTP(...) (int, string, error) }
							for _, name := range f.Names {
								methods(ft, name.Name, f.Doc, f.Comment)
							}
						case *ast.FuncType:
							// validate func(ctx context.Context, user, otp string) (int, string, error)
							for _, name := range f.Names {
								v, _ := info.Defs[name].(*types.Var)
								if v == nil || r.funcVars[v] != RoleNone {
									continue
								}
								// The shape first: a field such as now func()
								// time.Time costs no walk.
								if sig, _ := v.Type().Underlying().(*types.Signature); sig != nil && r.operationShape(pass, v, sig) != nil && !r.storedFuncs(pass, v) {
									add(v, sig, nil, "", f.Doc, f.Comment)
								}
							}
						}
					}
				}
			}
		}
	}
	return out
}

// operationShape returns obj as a candidate when its results hold a code:
// the first result of an integer or return-code type, with the first
// string result after it as the message; or a first result of a struct
// type of the package (or a pointer to one) with one integer field named
// as the code (resultCodeNames) and, optionally, string fields named as
// the message (resultMessageNames).
func (r *Result) operationShape(pass *analysis.Pass, obj types.Object, sig *types.Signature) *operation {
	res := sig.Results()
	op := &operation{obj: obj, sig: sig, code: -1, msg: -1}
	for i := 0; i < res.Len(); i++ {
		t := res.At(i).Type()
		switch {
		case op.code < 0 && (r.IsCodeType(t) || isInteger(t)):
			op.code = i
		case op.code >= 0 && op.msg < 0 && isString(t):
			op.msg = i
		}
	}
	if op.code >= 0 {
		return op
	}
	if res.Len() == 0 {
		return nil
	}
	n, ok := types.Unalias(deref(res.At(0).Type())).(*types.Named)
	if !ok || n.Obj().Pkg() != pass.Pkg {
		return nil
	}
	s, ok := n.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		switch n := normName(f.Name()); {
		case resultCodeNames[n] && (r.IsCodeType(f.Type()) || isInteger(f.Type())):
			if op.fields[0] != nil {
				return nil // two codes: which one?
			}
			op.fields[0] = f
		case resultMessageNames[n] && isString(f.Type()) && op.fields[1] == nil:
			op.fields[1] = f
		}
	}
	if op.fields[0] == nil {
		return nil
	}
	op.record = s
	return op
}

// storedFuncs reports whether the package's non-test files store in
// func-typed field v a function, a method value or a literal (&S{validate:
// c.ValidateOTP}): funcFields decides from those. A field given only
// parameters (wired by the caller) or nothing is the package's to judge.
func (r *Result) storedFuncs(pass *analysis.Pass, v *types.Var) bool {
	info := pass.TypesInfo
	found := false
	stored := func(x ast.Expr) {
		switch x := ast.Unparen(x).(type) {
		case *ast.FuncLit, *ast.SelectorExpr:
			found = true
		case *ast.Ident:
			if _, ok := info.Uses[x].(*types.Func); ok {
				found = true
			}
		}
	}
	for _, file := range pass.Files {
		if testFile(pass, file) {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && info.Uses[id] == v {
					stored(n.Value)
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && info.Uses[sel.Sel] == v {
							stored(n.Rhs[i])
						}
					}
				}
			}
			return true
		})
	}
	return found
}

// comparedWith fills each candidate's constants: those its code result is
// compared with (==, !=) or switched against in the package, read from
// the locals its calls declare or assign (code, msg, err :=
// s.sp.ValidateOTP(...); res, err := s.sp.VerifyOTP(...); res.Code).
func (r *Result) comparedWith(pass *analysis.Pass, cands []*operation) {
	info := pass.TypesInfo
	byObj := map[types.Object]*operation{}
	for _, op := range cands {
		byObj[op.obj] = op
	}
	codeVars := map[types.Object][]*operation{} // locals holding a code result
	recVars := map[types.Object][]*operation{}  // locals holding a struct result
	bind := func(lhs []ast.Expr, rhs ast.Expr) {
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok {
			return
		}
		op := byObj[calleeObject(info, call)]
		if op == nil || len(lhs) != op.sig.Results().Len() {
			return
		}
		at, vars := op.code, codeVars
		if op.record != nil {
			at, vars = 0, recVars
		}
		if id, ok := lhs[at].(*ast.Ident); ok {
			if obj := info.ObjectOf(id); obj != nil {
				vars[obj] = append(vars[obj], op)
			}
		}
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Rhs) == 1 {
					bind(n.Lhs, n.Rhs[0])
				}
			case *ast.ValueSpec:
				if len(n.Values) == 1 {
					lhs := make([]ast.Expr, len(n.Names))
					for i, id := range n.Names {
						lhs[i] = id
					}
					bind(lhs, n.Values[0])
				}
			}
			return true
		})
	}
	if len(codeVars)+len(recVars) == 0 {
		return
	}
	compared := func(e ast.Expr) []*operation {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return codeVars[info.Uses[e]]
		case *ast.SelectorExpr:
			id, ok := ast.Unparen(e.X).(*ast.Ident)
			if !ok {
				return nil
			}
			var out []*operation
			for _, op := range recVars[info.Uses[id]] {
				if s := info.Selections[e]; s != nil && s.Obj() == op.fields[0] {
					out = append(out, op)
				}
			}
			return out
		}
		return nil
	}
	note := func(ops []*operation, consts ...ast.Expr) {
		for _, op := range ops {
			for _, c := range consts {
				if tv, ok := info.Types[c]; ok && tv.Value != nil {
					op.against = append(op.against, c)
				}
			}
		}
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op == token.EQL || n.Op == token.NEQ {
					note(compared(n.X), n.Y)
					note(compared(n.Y), n.X)
				}
			case *ast.SwitchStmt:
				if ops := compared(n.Tag); n.Tag != nil && len(ops) > 0 {
					for _, st := range n.Body.List {
						if cc, ok := st.(*ast.CaseClause); ok {
							note(ops, cc.List...)
						}
					}
				}
			}
			return true
		})
	}
}

// calleeObject is the interface method or func-typed field call calls.
func calleeObject(info *types.Info, call *ast.CallExpr) types.Object {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s := info.Selections[sel]; s != nil {
		switch obj := s.Obj().(type) {
		case *types.Func:
			return obj.Origin()
		case *types.Var:
			return obj.Origin()
		}
	}
	return nil
}

// foreignConstants reports whether a constant among exprs belongs to
// another enum: a non-zero value that is no published code, or a published
// code under a name neither its published name (in any convention) nor
// sharing a word with it (MailboxFull = 9003, gwDeclined = 9001), unless
// the constant is a return code by its type or its group (valued.go).
func (r *Result) foreignConstants(info *types.Info, exprs []ast.Expr) bool {
	for _, e := range exprs {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil {
			continue
		}
		v, ok := CodeOf(tv.Value)
		if !ok {
			return true
		}
		if v <= codes.Success {
			continue // 0, or the -1 a team gives a missing code
		}
		if !v.Known() {
			return true
		}
		id := constIdent(e)
		if id == nil {
			continue // a literal published code
		}
		c, ok := info.Uses[id].(*types.Const)
		if !ok || r.codeConsts[c] || r.IsCodeType(c.Type()) {
			continue
		}
		typeName := ""
		if n, ok := types.Unalias(c.Type()).(*types.Named); ok {
			typeName = n.Obj().Name()
		}
		if want, named := Lookup(typeName, c.Name()); named && want == v || !named && looselyNamed(c.Name(), v) {
			continue
		}
		return true
	}
	return false
}

// addOps records roles, read from a fact, as obj's results.
func (r *Result) addOps(obj types.Object, roles []Role) {
	if len(roles) == 0 {
		return
	}
	if r.ops == nil {
		r.ops = map[types.Object][]Role{}
	}
	r.ops[obj] = roles
}

// importedCandidates returns the interface methods and func-typed fields of
// other packages of the module that the package calls, declared in a
// package with no SurePassID signal (so no recognition of its own): an
// interface of a ports package holding interfaces alone. Their docs are not in view: the name decides (its own, or its
// interface's naming SurePassID), or the constants the code is compared
// with here. A struct answer's fields are left to their package.
func (r *Result) importedCandidates(pass *analysis.Pass, vendors map[string]bool) []*operation {
	info := pass.TypesInfo
	var out []*operation
	seen := map[types.Object]bool{}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			obj := calleeObject(info, call)
			if obj == nil || seen[obj] || obj.Pkg() == pass.Pkg || !typex.InModule(pass, obj.Pkg()) || r.ops[obj] != nil {
				return true
			}
			seen[obj] = true
			if pass.ImportPackageFact(obj.Pkg(), new(relevantFact)) {
				return true // its package decided, with its docs and its implementations in view
			}
			var sig *types.Signature
			var ifc *types.Interface
			owner := ""
			switch o := obj.(type) {
			case *types.Func:
				recv := o.Signature().Recv()
				if recv == nil || r.funcs[o] != RoleNone {
					return true
				}
				ifc, _ = recv.Type().Underlying().(*types.Interface)
				if ifc == nil {
					return true
				}
				if n, ok := types.Unalias(recv.Type()).(*types.Named); ok {
					owner = n.Obj().Name()
				}
				sig = o.Signature()
			case *types.Var:
				if !o.IsField() || r.funcVars[o] != RoleNone {
					return true
				}
				sig, _ = o.Type().Underlying().(*types.Signature)
			}
			if sig == nil || forOtherVendor(owner, vendors) || forOtherVendor(obj.Name(), vendors) {
				return true
			}
			op := r.operationShape(pass, obj, sig)
			if op == nil || op.record != nil {
				return true
			}
			op.ifc = ifc
			op.named = operationName(obj.Name()) && !deliveryShape(obj.Name(), sig) || containsFold(obj.Name(), "surepass") || containsFold(owner, "surepass")
			out = append(out, op)
			return true
		})
	}
	return out
}

// otherParty reports whether a method or func-typed field named like a
// published operation is another party's: a delivery gateway's
// (deliveryShape), one whose name, its owner's (the interface or field)
// or a doc or line comment of either names another party (otherParties:
// Twilio, MessageBird...), or one of a package that shows another party's
// evidence and none of SurePassID of its own (otherPkg).
func otherParty(name string, sig *types.Signature, owner string, docs []*ast.CommentGroup, otherPkg func() bool) bool {
	if deliveryShape(name, sig) {
		return true
	}
	for _, n := range []string{name, owner} {
		for _, w := range nameWords(n) {
			if otherPartyWord(w, false) {
				return true
			}
		}
	}
	for _, d := range docs {
		if d != nil && proseNamesOtherParty(d.Text()) {
			return true
		}
	}
	return otherPkg != nil && otherPkg()
}

// numberParams are parameter names, normalized, of the phone number or
// address a code goes to: an SMS or verification provider's (Twilio
// Verify's check takes the number and the code), never SurePassID's
// operations, which take the user's name. codeParams are those of the code
// or the text to deliver, which a send of SurePassID's (send_oath_otp,
// push_oath_otp: the server makes the code) never takes. Names of five
// letters or more also match the longer names they begin (phoneNumber,
// recipientAddr).
var (
	numberParams = map[string]bool{
		"phone": true, "msisdn": true, "mobile": true, "recipient": true, "to": true,
		"number": true, "destination": true, "dest": true, "e164": true,
	}
	codeParams = map[string]bool{"otp": true, "code": true, "pin": true, "passcode": true, "body": true, "text": true}
)

// sendOperations are the published operations that deliver a code.
var sendOperations = []string{"sendotp", "sendoathotp", "pushotp", "pushoathotp"}

// deliveryShape reports whether name, a published operation's, is another
// party's by its parameters: handed a phone number (SendOTP(ctx, phone,
// code string), CheckOTP(ctx, msisdn, code string)), or, for a send
// (SendOTP, PushOTP), the code or text to deliver.
func deliveryShape(name string, sig *types.Signature) bool {
	if sig == nil {
		return false
	}
	n := normName(name)
	send := false
	for _, op := range sendOperations {
		if strings.Contains(n, op) {
			send = true
			break
		}
	}
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		p := normName(params.At(i).Name())
		if paramIn(p, numberParams) || send && paramIn(p, codeParams) {
			return true
		}
	}
	return false
}

// paramIn reports whether normalized parameter name p is in table, or
// begins with one of its names of five letters or more.
func paramIn(p string, table map[string]bool) bool {
	if table[p] {
		return true
	}
	for d := range table {
		if len(d) >= 5 && strings.HasPrefix(p, d) {
			return true
		}
	}
	return false
}

// testFile reports whether file is a _test.go file (broken code too).
func testFile(pass *analysis.Pass, file *ast.File) bool {
	f := pass.Fset.File(file.Pos())
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}
