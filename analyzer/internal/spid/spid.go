package spid

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// CodesPath is the import path of this module's codes package.
const CodesPath = "github.com/surepasslint/surepasslint/codes"

// Analyzer computes the recognition every check shares. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:             "spid",
	Doc:              "recognize SurePassID return-code types, response fields and packages (shared by every surepasslint check)",
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Result](),
	FactTypes:        []analysis.Fact{new(relevantFact), new(codeTypeFact), new(fieldFact), new(sinkFact), new(resultFact), new(sentinelFact), new(sentinelPkgFact), new(mirrorFact), new(codeConstFact), new(derefFact), new(codeSetFact)},
}

// Role is what a value is, as far as SurePassID goes.
type Role int

// The roles of recognized values.
const (
	RoleNone    Role = iota
	RoleCode         // a SurePassID return code
	RoleMessage      // the raw SurePassID errorMessage
)

func (r Role) String() string {
	switch r {
	case RoleCode:
		return "code"
	case RoleMessage:
		return "message"
	}
	return "none"
}

// relevantFact marks a package with a SurePassID signal, so that its
// importers have one too.
type relevantFact struct{}

func (*relevantFact) AFact()         {}
func (*relevantFact) String() string { return "surepassid" }

// codeTypeFact marks a named type whose values are SurePassID return codes.
type codeTypeFact struct{}

func (*codeTypeFact) AFact()         {}
func (*codeTypeFact) String() string { return "returncode" }

// fieldFact gives a struct field its role.
type fieldFact struct{ Role Role }

func (*fieldFact) AFact()           {}
func (f *fieldFact) String() string { return "field:" + f.Role.String() }

// Result is what Analyzer knows about one package.
type Result struct {
	relevant  bool
	codeTypes map[*types.TypeName]bool
	fields    map[*types.Var]Role
	funcs     map[*types.Func]Role    // result roles: getters and accessors
	funcVars  map[*types.Var]Role     // result roles of func-typed fields (ifaces.go)
	ops       map[types.Object][]Role // every result's role, of operations no implementation in view answers for (operations.go)
	fallbacks map[*types.Func]bool    // of those, the ones that may answer a non-zero constant (funcs.go)
	derefs    map[*types.Func]int     // pointer readers: the parameter read (derefs.go)

	sinks    map[*types.Func]*sinkFact // //surepasslint:sink functions, this package's and (by facts) its dependencies'
	problems []problem
	mu       sync.Mutex
	reported map[string]bool // checks that reported their problems
	require  map[codes.ReturnCode]bool
	ignore   map[codes.ReturnCode]bool

	// sentinel errors standing for codes (sentinels.go)
	sentinels map[*types.Var][]codes.ReturnCode

	rangeKeys map[*types.Var]Role // range variables over key lists (rangekeys.go)
	pairVals  map[*ast.Ident]Role // values read in a branch their key names (pairkeys.go)
	keyedVals map[ast.Expr]Role   // values stored in a branch their key names (keyedstores.go)
	keyedDecs map[ast.Expr]Role   // decodes filling a destination in such a branch
	// constants that are return codes by their value (valued.go)
	codeConsts map[*types.Const]bool
	// package-level values whose fields (or keys) are codes (codesets.go)
	codeSets map[*types.Var]codeSet
	// the consumer's enums filled from return codes (mirrors.go)
	mirrors map[*types.TypeName]*Mirror
	// each classifier's own mapping from codes to constants of its result
	// type, by function (mirrors.go)
	funcMirrors map[*types.Func]*Mirror
	// message-named fields of a struct with no code-named field, by each
	// field of that struct: they become the message when the package
	// stores a code in one of their siblings (filled.go)
	pendingMsg map[*types.Var][]*types.Var
}

// PackageCodes returns the codes this package's //surepasslint:require and
// //surepasslint:ignore directives add to or remove from the codes a switch
// must handle (codeswitch's required set); nil when there are none.
func (r *Result) PackageCodes() (require, ignore map[codes.ReturnCode]bool) {
	if r == nil {
		return nil, nil
	}
	return r.require, r.ignore
}

// Sink reports whether fn carries a //surepasslint:sink directive, in this
// package or (through a fact) in another, and which arguments it names:
// 0-based indexes, receiver excluded; with variadic, the last of args and
// every later argument.
func (r *Result) Sink(fn *types.Func) (args []int, variadic, ok bool) {
	if r == nil || fn == nil {
		return nil, false, false
	}
	f := r.sinks[fn.Origin()]
	if f == nil {
		return nil, false, false
	}
	return f.Args, f.Variadic, true
}

// ReportDirectives reports, for check (the name of the check calling it),
// its share of the package's bad //surepasslint: directives, category
// [DirectiveCategory]: codeswitch reports bad require and ignore
// directives, rawexposure every other one. Each is reported once per check
// and package however often it is called.
func (r *Result) ReportDirectives(pass *analysis.Pass, check string) {
	if r == nil {
		return
	}
	r.mu.Lock()
	done := r.reported[check]
	if r.reported == nil {
		r.reported = map[string]bool{}
	}
	r.reported[check] = true
	r.mu.Unlock()
	if done {
		return
	}
	for _, p := range r.problems {
		if p.owner == check {
			pass.Report(analysis.Diagnostic{Pos: p.pos, End: p.end, Category: DirectiveCategory, Message: p.msg})
		}
	}
}

// Relevant reports whether the package has a SurePassID signal. Checks return
// at once when it is false.
func (r *Result) Relevant() bool { return r != nil && r.relevant }

// IsCodeType reports whether values of type t are SurePassID return codes.
func (r *Result) IsCodeType(t types.Type) bool {
	if r == nil || t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	tn := n.Origin().Obj()
	return r.codeTypes[tn] || isBuiltinCodeType(tn)
}

// FieldRole returns the role of struct field v.
func (r *Result) FieldRole(v *types.Var) Role {
	if r == nil || v == nil || !v.IsField() {
		return RoleNone
	}
	if role, ok := r.fields[v.Origin()]; ok {
		return role
	}
	if r.IsCodeType(v.Type()) {
		return RoleCode
	}
	if isEnvelopeMessage(v) {
		return RoleMessage
	}
	return RoleNone
}

// isEnvelopeMessage reports whether v is codes.Envelope's ErrorMessage
// field, recognized by path as codes.ReturnCode is, whether or not a driver
// analysed this linter's own codes package for facts.
func isEnvelopeMessage(v *types.Var) bool {
	return v.Pkg() != nil && v.Pkg().Path() == CodesPath && v.Name() == "ErrorMessage"
}

// ExprRole returns the role of expression e: RoleCode when its type is a
// return-code type or it selects a code field, RoleMessage when it selects a
// message field; the role of a pointer field's value (*resp.ErrorCode), of
// a call of a getter or accessor, of a conversion, parse or format of a
// code (int(x), strconv.Atoi(s), n.Int64() of a json.Number) or a
// conversion of the message. For a call with two results (strconv.Atoi),
// the role is its first result's.
func (r *Result) ExprRole(info *types.Info, e ast.Expr) Role {
	if r == nil || info == nil {
		return RoleNone
	}
	e = ast.Unparen(e)
	if star, ok := e.(*ast.StarExpr); ok {
		// *resp.ErrorCode, a pointer field's value.
		if role := r.ExprRole(info, star.X); role != RoleNone {
			return role
		}
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			if v, ok := s.Obj().(*types.Var); ok {
				if role := r.FieldRole(v); role != RoleNone {
					return role
				}
			}
		}
	}
	if tv, ok := info.Types[e]; ok && tv.IsValue() && r.IsCodeType(tv.Type) {
		return RoleCode
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if role := r.callRole(info, call); role != RoleNone {
			return role
		}
		if role := r.operandRole(info, call); role != RoleNone {
			return role
		}
	}
	return r.untypedRole(info, e) // untyped.go
}

// CodeOf returns the return code that constant value v stands for: an
// integer, a float with an integer value, or a string holding a decimal
// integer ("9003", the constant a string or json.Number code is compared
// with); ok is false for other values.
func CodeOf(v constant.Value) (codes.ReturnCode, bool) {
	if v == nil {
		return 0, false
	}
	switch v.Kind() {
	case constant.Float:
		v = constant.ToInt(v) // Unknown unless the value is an integer
	case constant.String:
		n, err := strconv.ParseInt(constant.StringVal(v), 10, 32)
		if err != nil {
			return 0, false
		}
		return codes.ReturnCode(n), true
	}
	if v.Kind() != constant.Int {
		return 0, false
	}
	i, exact := constant.Int64Val(v)
	if !exact {
		return 0, false
	}
	return codes.ReturnCode(i), true
}

func isBuiltinCodeType(tn *types.TypeName) bool {
	if tn.Pkg() == nil {
		return false
	}
	path := tn.Pkg().Path()
	return (path == CodesPath && tn.Name() == "ReturnCode") || codeTypes.has(path+"."+tn.Name())
}

func run(pass *analysis.Pass) (any, error) {
	r := &Result{}
	pkg := pass.Pkg
	if pkg == nil {
		return r, nil
	}
	// Everything the Result answers is computed here: the analysis API
	// forbids calling the pass's fact methods once Run has returned.
	r.sinks = map[*types.Func]*sinkFact{}
	dirs := scanDirectives(pass)
	if dirs != nil {
		r.problems = dirs.problems
		r.require, r.ignore = dirs.require, dirs.ignore
		for fn, f := range dirs.sinks {
			r.sinks[fn] = f
			pass.ExportObjectFact(fn, f)
		}
	}
	own := dirs.signal() || ownSignal(pass) || slices.ContainsFunc(pkg.Imports(), func(p *types.Package) bool { return p.Path() == CodesPath })
	r.relevant = own || importsRelevant(pass)
	groups := findCodeTypes(pass)
	if groups.doubts() {
		// A group recognized by its names that says something against
		// it counts only with evidence (doubt.go): looked for here, the
		// costliest test last.
		if own || importsRelevant(pass) || enumDocSignal(pass, append(groups.doubtMirrors, groups.doubtTypes...), append(groups.doubtUntyped, groups.doubtConsts...)) || (!typex.InGoroot(pass) && bodySignal(pass)) {
			groups.trust()
		}
	}
	local, untypedMirror, lookalikes := groups.mirrors, groups.untyped, groups.lookalikes
	valuedTypes, valuedConsts, looseTypes, looseConsts := groups.valuedTypes, groups.valuedConsts, groups.looseTypes, groups.looseConsts
	// A group of the team's own constants named loosely like the codes
	// (valued.go) makes the package relevant, not evidence of its own.
	r.relevant = r.relevant || untypedMirror || len(looseTypes)+len(looseConsts) > 0
	// So does a value whose fields are named like the codes (codesets.go).
	sets := findSetCands(pass)
	r.relevant = r.relevant || slices.ContainsFunc(sets, func(c *setCand) bool { return c.named && !c.doubt })
	own = own || untypedMirror
	if dirs != nil {
		for _, tn := range dirs.codeTypes {
			if !slices.Contains(local, tn) {
				local = append(local, tn)
			}
		}
	}
	if len(local) > 0 {
		r.relevant, own = true, true
		// A package mirroring the enum by its published names has its
		// mirror: another named type of published values beside it
		// (core banking's TransferHold 9002, 9003, 9015) is another
		// enum, not the team's own names for the codes (valued.go).
		valuedTypes, looseTypes = nil, nil
	}
	if !r.relevant && !typex.InGoroot(pass) { // the standard library holds no evidence
		r.relevant = bodySignal(pass) // the costliest test, last
		own = r.relevant
	}
	r.findDerefs(pass, r.relevant) // derefs.go: a util package's too
	if !r.relevant {
		return r, nil
	}

	// Everything below runs only in packages with a SurePassID signal.
	r.codeTypes = map[*types.TypeName]bool{}
	r.fields = map[*types.Var]Role{}
	r.funcs = map[*types.Func]Role{}
	r.sentinels = map[*types.Var][]codes.ReturnCode{}
	r.mirrors = map[*types.TypeName]*Mirror{}
	for _, f := range pass.AllObjectFacts() {
		switch fact := f.Fact.(type) {
		case *sinkFact:
			if fn, ok := f.Object.(*types.Func); ok && r.sinks[fn] == nil {
				r.sinks[fn] = fact
			}
		case *codeTypeFact:
			if tn, ok := f.Object.(*types.TypeName); ok {
				r.codeTypes[tn] = true
			}
		case *fieldFact:
			if v, ok := f.Object.(*types.Var); ok {
				r.fields[v] = fact.Role
			}
		case *resultFact:
			if fn, ok := f.Object.(*types.Func); ok {
				if fact.Role != RoleNone {
					r.funcs[fn] = fact.Role
				}
				r.addOps(fn, fact.Results)
				if fact.Fallback {
					r.markFallback(fn)
				}
			} else if v, ok := f.Object.(*types.Var); ok {
				if r.funcVars == nil {
					r.funcVars = map[*types.Var]Role{}
				}
				if fact.Role != RoleNone {
					r.funcVars[v] = fact.Role // a func-typed field (ifaces.go)
				}
				r.addOps(v, fact.Results)
			}
		case *sentinelFact:
			if v, ok := f.Object.(*types.Var); ok {
				r.addSentinel(v, sentinelList(fact))
			}
		case *mirrorFact:
			if tn, ok := f.Object.(*types.TypeName); ok {
				m := newMirror(fact)
				m.typ = tn.Type()
				r.mirrors[tn] = m
			} else if fn, ok := f.Object.(*types.Func); ok && fn.Signature().Results().Len() == 1 {
				m := newMirror(fact)
				m.typ = fn.Signature().Results().At(0).Type()
				r.addFuncMirror(fn, m)
			}
		case *codeConstFact:
			if c, ok := f.Object.(*types.Const); ok {
				if r.codeConsts == nil {
					r.codeConsts = map[*types.Const]bool{}
				}
				r.codeConsts[c] = true
			}
		case *codeSetFact:
			if v, ok := f.Object.(*types.Var); ok && len(fact.Names) == len(fact.Codes) {
				if r.codeSets == nil {
					r.codeSets = map[*types.Var]codeSet{}
				}
				s := codeSet{}
				for i, name := range fact.Names {
					s[name] = codes.ReturnCode(fact.Codes[i])
				}
				r.codeSets[v] = s
			}
		}
	}
	for _, tn := range local {
		r.codeTypes[tn] = true
		pass.ExportObjectFact(tn, new(codeTypeFact))
	}
	var marked map[*types.Var]Role
	if dirs != nil {
		marked = dirs.fields
	}
	hosts := otherVendors(pass.Files)
	vendors := maps.Clone(hosts)
	// A package whose only signal is an import (a handler package beside
	// the client) recognizes no struct by its field names alone unless its
	// own body shows SurePassID: looked for once, and only when a struct
	// needs it (see ownEvidence).
	ownKnown := own
	ownEvidence := func() bool {
		if !ownKnown {
			own, ownKnown = proseFreeSignal(pass), true
		}
		return own
	}
	if len(valuedTypes)+len(valuedConsts) > 0 && ownEvidence() {
		r.addValued(pass, valuedTypes, valuedConsts) // valued.go
	}
	if len(looseTypes)+len(looseConsts) > 0 {
		r.addValued(pass, looseTypes, looseConsts) // valued.go: named like the codes, no evidence needed
	}
	for _, la := range lookalikes {
		// The values of a return-code type of the package, however its
		// generator names them (oapi-codegen's ResultCodeN9003 beside the
		// team's aliases, UserLoginFailed = ResultCodeN9001), are the
		// codes, not another vendor's look-alikes.
		if la.typ != nil && r.codeTypes[la.typ] {
			continue
		}
		if vendors == nil {
			vendors = map[string]bool{}
		}
		vendors[la.vendor] = true
	}
	r.addCodeSets(pass, sets, func() bool { // codesets.go
		return own || importsRelevant(pass) || (!typex.InGoroot(pass) && bodySignal(pass))
	}, ownEvidence)
	named := map[*ast.StructType]bool{}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			name := ""
			if ts, ok := n.(*ast.TypeSpec); ok {
				if st, ok := ts.Type.(*ast.StructType); ok {
					name, n = ts.Name.Name, st
				}
			}
			if st, ok := n.(*ast.StructType); ok && !named[st] {
				if name != "" {
					named[st] = true // not again, nameless, when Inspect reaches it
				}
				if s, ok := pass.TypesInfo.TypeOf(st).(*types.Struct); ok {
					r.classifyStruct(s, marked, func() bool { return forOtherVendor(name, vendors) || !ownEvidence() })
				}
			}
			return true
		})
	}
	r.rangeKeys = rangeKeyRoles(pass)
	r.pairVals = pairValueRoles(pass)
	if vals, decs := keyedStores(pass); (vals != nil || decs != nil) && ownEvidence() {
		r.keyedVals, r.keyedDecs = vals, decs // another vendor's key loop beside the client: only with evidence, as tagged fields
	}
	// A package calling another vendor's host, or whose doc or name names
	// another party, with no SurePassID evidence of its own: its methods
	// named like operations are not SurePassID's by their names.
	otherPkg := func() bool {
		return (callsHosts(pass, hosts) || packageNamesOtherParty(pass)) && !ownEvidence()
	}
	r.classifyOperations(pass, vendors, otherPkg) // operations.go
	r.classifyFuncs(pass)
	for round := 0; round < accessorRounds && r.classifyFilled(pass); round++ {
		// A function handing out such a field (func CodeOf(err error)
		// int { var e *APIError; if errors.As(err, &e) { return e.Code
		// }; return -1 }) has its role now, and a field filled from it
		// (or from another such field: &Error{Code: o.code}) may get one.
		r.classifyFuncs(pass)
	}
	for v, role := range r.fields {
		if v.Pkg() == pkg { // facts on fields of types local to a function are dropped by the driver
			pass.ExportObjectFact(v, &fieldFact{Role: role})
		}
	}
	pass.ExportPackageFact(new(relevantFact))
	// Mirrors and sentinels read the codes a table or a switch lists as
	// constants: a code set's fields too (codesets.go).
	pinned := r.PinSetReads(pass)
	r.findMirrors(pinned)     // mirrors.go; before the sentinels a switch over a mirror ties
	r.importSentinels(pinned) // sentinels.go
	r.findSentinels(pinned)
	return r, nil
}

// classifyStruct records the roles of the fields of s, a struct type
// declared in the package being analyzed (which has a signal). The flags
// come first, then the fields marked by directives, then the heuristics:
// a field is named as the code or the message by its json, xml or protobuf
// json= tag, or by its Go name when no tag names it (see wireNames).
//
// A struct declared for another vendor the package calls (see
// forOtherVendor), or in a package with no SurePassID evidence of its own,
// keeps only what flags, directives and code types say; foreign is asked
// only when a field is named as the code or the message.
func (r *Result) classifyStruct(s *types.Struct, marked map[*types.Var]Role, foreign func() bool) {
	var code, msg []*types.Var
	codeNamed := false // a field named as the code, whatever its (valid) type
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		qual := configuredName(f)
		switch {
		case codeFields.has(qual):
			r.fields[f] = RoleCode
			continue
		case messageFields.has(qual):
			r.fields[f] = RoleMessage
			continue
		case marked[f] != RoleNone:
			r.fields[f] = marked[f]
			continue
		case r.IsCodeType(deref(f.Type())):
			code = append(code, f)
			continue
		}
		if f.Embedded() {
			continue
		}
		names := wireNames(f, s.Tag(i))
		if (namedAs(names, codeNames) || namedAs(names, messageNames)) && foreign() {
			continue
		}
		switch {
		case namedAs(names, codeNames):
			codeNamed = codeNamed || !invalid(f.Type()) // a type error is no evidence
			if isCodeShape(f.Type()) || isRawMember(f.Type()) {
				code = append(code, f)
			}
		case namedAs(names, messageNames) && (isMessageShape(f.Type()) || isRawMember(f.Type())):
			msg = append(msg, f)
		}
	}
	// A code needs its message beside it to be a SurePassID response; a
	// field of a return-code type is one on its own. The message needs a
	// field named as the code beside it, of whatever type.
	for _, f := range code {
		if len(msg) > 0 || r.IsCodeType(deref(f.Type())) {
			r.fields[f] = RoleCode
		}
	}
	if len(code) > 0 || codeNamed {
		for _, f := range msg {
			r.fields[f] = RoleMessage
		}
	} else if len(msg) > 0 {
		if r.pendingMsg == nil {
			r.pendingMsg = map[*types.Var][]*types.Var{}
		}
		for i := 0; i < s.NumFields(); i++ {
			r.pendingMsg[s.Field(i)] = msg
		}
	}
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// importsRelevant reports whether a direct import has a SurePassID signal.
func importsRelevant(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == CodesPath || pass.ImportPackageFact(imp, new(relevantFact)) {
			return true
		}
	}
	return false
}

// ownSignal scans the package's name and package-level declarations only.
func ownSignal(pass *analysis.Pass) bool {
	path := pass.Pkg.Path()
	if containsFold(path, "surepass") || containsFold(pass.Pkg.Name(), "surepass") || codeTypes.inPackage(path) || codeFields.inPackage(path) || messageFields.inPackage(path) {
		return true
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok == token.IMPORT {
				continue
			}
			if declSignal(gd) {
				return true
			}
		}
	}
	return false
}

// Strings whose presence in a package-level declaration marks SurePassID code.
var (
	requestTags   = []string{"spaccountloginname", "spaccountloginkey"} // normalized by normName
	endpointMarks = []string{"surepassid", "u2fserver.aspx"}
)

func declSignal(gd *ast.GenDecl) bool {
	found := false
	ast.Inspect(gd, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.Field:
			if n.Tag != nil {
				// json:"spAccountLoginName", or protobuf's name=sp_account_login_name.
				tag := normName(n.Tag.Value)
				for _, t := range requestTags {
					if strings.Contains(tag, t) {
						found = true
					}
				}
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				for _, m := range endpointMarks {
					if containsFold(n.Value, m) {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// EndpointMark reports whether s, a URL or part of one, names SurePassID's
// host or endpoint (surepassid, U2FServer.aspx).
func EndpointMark(s string) bool {
	for _, m := range endpointMarks {
		if containsFold(s, m) {
			return true
		}
	}
	return false
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), sub)
}

// codeGroups is what findCodeTypes finds among the package's constants.
type codeGroups struct {
	mirrors      []*types.TypeName // named types mirroring the enum (see mirrorGroup)
	untyped      bool              // a block of untyped or basic-typed constants mirrors it
	lookalikes   []lookalike       // vendors of look-alike codes (see lookalikeVendor)
	valuedTypes  []*types.TypeName // codes by value (valued.go), given evidence
	valuedConsts []*types.Const
	looseTypes   []*types.TypeName // codes named loosely (valued.go)
	looseConsts  []*types.Const
	// The groups above recognized by their names but doubtful (see
	// doubtful in doubt.go): they count only with evidence (see trust).
	doubtMirrors []*types.TypeName
	doubtUntyped []*types.Const
	doubtTypes   []*types.TypeName
	doubtConsts  []*types.Const
}

// doubts reports whether g holds a doubtful group.
func (g *codeGroups) doubts() bool {
	return len(g.doubtMirrors)+len(g.doubtUntyped)+len(g.doubtTypes)+len(g.doubtConsts) > 0
}

// trust counts the doubtful groups as the others.
func (g *codeGroups) trust() {
	g.mirrors = append(g.mirrors, g.doubtMirrors...)
	g.untyped = g.untyped || len(g.doubtUntyped) > 0
	g.looseTypes = append(g.looseTypes, g.doubtTypes...)
	g.looseConsts = append(g.looseConsts, g.doubtConsts...)
}

// findCodeTypes returns the named integer types declared in this package
// that mirror the published enum (see the package documentation), whether
// a block of its untyped (or basic-typed) constants mirrors it too (const
// SP_OTP_INVALID = 9003 ...), the names of the other vendors whose
// look-alike codes the package declares (see lookalikeVendor), the groups
// of codes by value and named loosely (valued.go), and apart those
// recognized by their names that are doubtful (doubt.go). Names are looked
// up only in groups with two constants whose values are published codes,
// so a package of unrelated constants costs a value test each.
func findCodeTypes(pass *analysis.Pass) *codeGroups {
	g := &codeGroups{}
	var order []*types.TypeName
	var untypedBlocks, looseBlocks [][]*types.Const // trusted by their names, unless another party's
	typed := map[*types.TypeName][]*types.Const{}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			var block []*types.Const // this block's untyped and basic-typed constants
			var all []*types.Const   // every integer constant of the block
			for _, spec := range gd.Specs {
				for _, id := range spec.(*ast.ValueSpec).Names {
					c, ok := pass.TypesInfo.Defs[id].(*types.Const)
					if !ok {
						continue
					}
					if isInteger(c.Type()) {
						all = append(all, c)
					}
					n, ok := types.Unalias(c.Type()).(*types.Named)
					if !ok {
						if isInteger(c.Type()) {
							block = append(block, c)
						}
						continue
					}
					if n.Obj().Pkg() != pass.Pkg || !isInteger(n) {
						continue
					}
					tn := n.Obj()
					if typed[tn] == nil {
						order = append(order, tn)
					}
					typed[tn] = append(typed[tn], c)
				}
			}
			if mirrorGroup("", block) {
				if doubtful("", block) {
					g.doubtUntyped = append(g.doubtUntyped, block...)
				} else {
					untypedBlocks = append(untypedBlocks, block)
				}
			}
			if len(block) > minValuedFailures && valuedGroup(block) {
				g.valuedConsts = append(g.valuedConsts, block...) // valued.go
			} else if looseGroup(block) {
				if doubtful("", block) {
					g.doubtConsts = append(g.doubtConsts, block...)
				} else {
					looseBlocks = append(looseBlocks, block) // valued.go
				}
			}
			if v := lookalikeVendor(all); v != "" {
				g.lookalikes = append(g.lookalikes, lookalike{v, blockType(all)})
			}
		}
	}
	// A group trusted by its names is doubtful too when the package, or
	// the group's comments or type, say the codes are another party's
	// (otherdomain.go).
	other := &otherDomain{pass: pass}
	for _, block := range untypedBlocks {
		if other.foreign(nil, block) {
			g.doubtUntyped = append(g.doubtUntyped, block...)
		} else {
			g.untyped = true
		}
	}
	for _, block := range looseBlocks {
		if other.foreign(nil, block) {
			g.doubtConsts = append(g.doubtConsts, block...)
		} else {
			g.looseConsts = append(g.looseConsts, block...)
		}
	}
	for _, tn := range order {
		one := []*types.TypeName{tn}
		switch {
		case isBuiltinCodeType(tn):
			g.mirrors = append(g.mirrors, tn)
		case mirrorGroup(tn.Name(), typed[tn]):
			if doubtful(tn.Name(), typed[tn]) || other.foreign(one, typed[tn]) {
				g.doubtMirrors = append(g.doubtMirrors, tn)
			} else {
				g.mirrors = append(g.mirrors, tn)
			}
		case len(typed[tn]) > minValuedFailures && valuedGroup(typed[tn]):
			g.valuedTypes = append(g.valuedTypes, tn)
		case looseGroup(typed[tn]):
			if doubtful(tn.Name(), typed[tn]) || other.foreign(one, typed[tn]) {
				g.doubtTypes = append(g.doubtTypes, tn)
			} else {
				g.looseTypes = append(g.looseTypes, tn)
			}
		}
	}
	return g
}

// lookalike is a const block of look-alike codes: the vendor it is named
// for, and the named type of all its constants (nil when they have none or
// several).
type lookalike struct {
	vendor string
	typ    *types.TypeName
}

// blockType returns the named type every constant of cs has, or nil.
func blockType(cs []*types.Const) *types.TypeName {
	var tn *types.TypeName
	for _, c := range cs {
		n, ok := types.Unalias(c.Type()).(*types.Named)
		if !ok || tn != nil && n.Obj() != tn {
			return nil
		}
		tn = n.Obj()
	}
	return tn
}

// lookalikeVendor returns the vendor a const block of look-alike codes is
// named for: when at least two of cs have values that are published codes,
// none of them is named like its value's published code (by name or by a
// shared word, see looselyNamed), and every name starts with one word of
// three letters or more that is no short prefix of ours (cardlineDeclined =
// 9001, cardlineCardExpired = 9003: cardline). "" otherwise.
func lookalikeVendor(cs []*types.Const) string {
	n := 0
	for _, c := range cs {
		if maybeCode(c) {
			n++
		}
	}
	if n < 2 {
		return ""
	}
	var t tally
	for _, c := range cs {
		t.add("", c)
	}
	if t.match+t.loose > 0 || spellsValues(cs) {
		return ""
	}
	first := ""
	for _, c := range cs {
		words := nameWords(c.Name())
		if len(words) < 2 {
			return ""
		}
		switch {
		case first == "":
			first = words[0]
		case words[0] != first:
			return ""
		}
	}
	if len(first) < 3 || weakWords[first] || slices.Contains(namePrefixes, first) || containsFold(first, "surepass") {
		return ""
	}
	return first
}

// spellsValues reports whether every constant of cs whose value is a
// published code carries that value in its name, as generators name an
// enum they know only by its values (oapi-codegen's ResultCodeN9003,
// Code_9003): such names are the values, not a vendor's words for them.
func spellsValues(cs []*types.Const) bool {
	for _, c := range cs {
		if maybeCode(c) && !spellsValue(c) {
			return false
		}
	}
	return true
}

// spellsValue reports whether constant c, whose value is a published code,
// carries that value in its name (ResultCodeN9003, Status_9003): a name
// that says nothing against the code, nor for it.
func spellsValue(c *types.Const) bool {
	v, ok := CodeOf(c.Val())
	return ok && strings.Contains(c.Name(), strconv.Itoa(int(v)))
}

// mirrorGroup reports whether constants cs, of a type named typeName (""
// for none), mirror the published enum.
func mirrorGroup(typeName string, cs []*types.Const) bool {
	n := 0
	for _, c := range cs {
		if maybeCode(c) {
			n++
		}
	}
	if n < 2 {
		return false
	}
	var t tally
	for _, c := range cs {
		t.add(typeName, c)
	}
	return t.mirrors()
}

// configuredName returns the configured -codefields/-messagefields name
// that f matches, or "". Configured names are import/path.TypeName.Field;
// the field's owner is found by scanning the package's named types.
func configuredName(f *types.Var) string {
	if f.Pkg() == nil || (len(codeFields.set) == 0 && len(messageFields.set) == 0) {
		return ""
	}
	scope := f.Pkg().Scope()
	for _, set := range []map[string]bool{codeFields.set, messageFields.set} {
		for name := range set {
			path, rest, ok := cutLastDot2(name)
			if !ok || path != f.Pkg().Path() {
				continue
			}
			typeName, field, _ := strings.Cut(rest, ".")
			if field != f.Name() {
				continue
			}
			if tn, ok := scope.Lookup(typeName).(*types.TypeName); ok {
				if s, ok := tn.Type().Underlying().(*types.Struct); ok {
					for i := 0; i < s.NumFields(); i++ {
						if s.Field(i) == f {
							return name
						}
					}
				}
			}
		}
	}
	return ""
}

// cutLastDot2 splits "a/b/pkg.Type.Field" into "a/b/pkg" and "Type.Field".
func cutLastDot2(s string) (path, rest string, ok bool) {
	slash := strings.LastIndex(s, "/")
	dot := strings.Index(s[slash+1:], ".")
	if dot < 0 {
		return "", "", false
	}
	return s[:slash+1+dot], s[slash+1+dot+1:], true
}
