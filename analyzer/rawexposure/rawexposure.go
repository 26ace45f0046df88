package rawexposure

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/pkgdoc"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// docGo is doc.go, whose package comment is the documentation -explain,
// gopls and SARIF show.
//
//go:embed doc.go
var docGo string

// Analyzer reports raw SurePassID messages and return codes reaching end users.
var Analyzer = &analysis.Analyzer{
	Name:             "rawexposure",
	Doc:              pkgdoc.Text(docGo),
	URL:              "https://github.com/surepasslint/surepasslint#rawexposure",
	Requires:         []*analysis.Analyzer{spid.Analyzer},
	Run:              suppress.Honour("rawexposure", run),
	RunDespiteErrors: true,
	FactTypes:        []analysis.Fact{new(funcFact), new(fieldFact), new(predFact), new(foreignFieldsFact), new(wrappedFact), new(wrappedElsewhereFact), new(scopedFact), new(recvFieldsFact), new(encodedFact), new(discrFact)},
}

func init() {
	Analyzer.Flags.Var(&userSinks, "sinks", "comma-separated extra sinks, each import/path.Func:N or import/path.Type.Method:N (N: 0-based argument index, receiver excluded; N... for that argument and every later one)")
}

// kind is what a raw value is; kinds are ordered, the higher wins.
type kind uint8

const (
	kNone      kind = iota
	kCodeValue      // a return code not yet formatted (an int)
	kCode           // a return code formatted or encoded
	kMessage        // the raw errorMessage
)

// category is the diagnostic category of a finding about a raw value of
// kind k: "message" for the errorMessage, "code" for a return code. Editors
// show it beside the check's name (rawexposure(message) in VS Code's
// Problems panel); gopls shows "default" for a diagnostic without one.
func (k kind) category() string {
	if k == kMessage {
		return "message"
	}
	return "code"
}

func (k kind) String() string {
	switch k {
	case kCodeValue, kCode:
		return "return code"
	case kMessage:
		return "errorMessage"
	}
	return "nothing"
}

// receiverBit is the parameter bit of a method's receiver.
const receiverBit = 63

// ctorMsgBit is a pseudo-parameter: the message of a framework error
// (fiber.Error.Message, echo.HTTPError.Message) taken out of a parameter
// (errors.As(err, &fe); fe.Message). An error handler whose summary has
// it among its sinks sends the messages of fiber.NewError and echo.
// NewHTTPError but not, unless its error parameter reaches a sink too,
// the text of other errors (fiberapps.go).
const ctorMsgBit = receiverBit - 1

// taint is what flows: a raw value (kind, from where) and/or the
// parameters of the enclosing function it depends on.
type taint struct {
	kind     kind
	from     string    // "resp.ErrorMessage", "surepass.ValidateOTP"
	named    bool      // from names a function or field, not a local expression
	pos      token.Pos // where it entered the function being analyzed
	code     string    // a code expression of the same response, for the fix
	codeRoot types.Object
	codeRC   bool // code's type is codes.ReturnCode
	params   uint64
	calls    uint64 // results of func-typed parameters (callbacks.go)
	// textSafe: an error value raw only in fields its Error() does not
	// read (&LoginError{Code: c} with a fixed Error()): its text carries
	// nothing raw (errtext.go)
	textSafe bool
	// unsent: a struct value raw only in unexported fields no method of
	// its type reads, or a container of such values: an encoder or a
	// template, which reads exported fields by reflection, writes nothing
	// raw of it (exposed.go)
	unsent bool
	// narrow: the parameter bits reaching here only in part (an
	// errors.As target, its hints), narrowTo: those parts (narrow.go)
	narrow   uint64
	narrowTo string
}

// origin is the related information pointing at where t's raw value comes
// from; none when that position is unknown.
func (t taint) origin() []analysis.RelatedInformation {
	if !t.pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: t.pos, End: t.pos, Message: "the raw " + t.kind.String() + " comes from here"}}
}

func (t taint) clean() bool { return t.kind == kNone && t.params == 0 && t.calls == 0 }

// join returns the union of a and b, keeping the description of the
// strongest raw value (the first one met on ties).
func join(a, b taint) taint {
	p, c := a.params|b.params, a.calls|b.calls
	safe := (a.kind == kNone || a.textSafe) && (b.kind == kNone || b.textSafe)
	unsent := (a.kind == kNone || a.unsent) && (b.kind == kNone || b.unsent)
	a0, b0 := a, b
	if b.kind > a.kind {
		a = b
	} else if a.code == "" && b.code != "" && a.kind == b.kind {
		a.code, a.codeRoot, a.codeRC = b.code, b.codeRoot, b.codeRC
	}
	a.params, a.calls = p, c
	a.textSafe = safe && a.kind != kNone
	a.unsent = unsent && a.kind != kNone
	if a0.narrow|b0.narrow != 0 {
		joinNarrow(&a, a0, b0)
	} else {
		a.narrow, a.narrowTo = 0, ""
	}
	return a
}

// fit adapts t to a value of type typ: a boolean carries nothing, a number
// carries at most a code, anything else formats a code.
func fit(t taint, typ types.Type) taint {
	if typ == nil {
		return t
	}
	b, ok := typ.Underlying().(*types.Basic)
	if ok {
		t.unsent = false // a string or a number has no fields to hide
	}
	switch {
	case ok && b.Info()&types.IsBoolean != 0:
		return taint{}
	case ok && b.Info()&types.IsNumeric != 0:
		switch t.kind {
		case kMessage:
			t.kind = kNone
		case kCode:
			t.kind = kCodeValue
		}
	case t.kind == kCodeValue:
		t.kind = kCode
	}
	return t
}

// funcFact says what a function's results carry and which of its
// parameters reach a sink. Exported only for functions where either is so.
type funcFact struct {
	Results    []rawResult
	NilResults []rawResult // when some result carries less beside a nil first result (nilresult.go)
	Sinks      []paramSink
	// Carrier is the error type ("import/path.Type") every non-nil error
	// the function returns is or wraps, when one is (gqlcarrier.go).
	Carrier string
}

type rawResult struct {
	Kind   kind
	From   string
	Params uint64
	Calls  uint64 // results of func-typed parameters it returns (callbacks.go)
	// TextSafe: an error whose text carries nothing raw (errtext.go)
	TextSafe bool
	// Reported: every return making it raw is reported at the function,
	// a handler, so its callers do not report it again (reported.go).
	Reported bool
}

type paramSink struct {
	Param int // parameter index; receiverBit for the receiver
	What  string
	Via   string // the sink call, "http.Error"
	// Narrow: the parts of the parameter (an error) the sink writes, ""
	// for all of it: "pkg/path.Type|hint" (narrow.go)
	Narrow string
	// Reflect: every sink the parameter reaches writes it by reflection
	// over exported fields (reflectSinks, exposed.go)
	Reflect bool
}

func (*funcFact) AFact() {}
func (f *funcFact) String() string {
	var parts []string
	for i, r := range f.Results {
		if r.Kind != kNone {
			parts = append(parts, fmt.Sprintf("result %d raw %s from %s", i, r.Kind, r.From))
			if r.TextSafe {
				parts[len(parts)-1] += " (not in its text)"
			}
		}
		if r.Params != 0 {
			parts = append(parts, fmt.Sprintf("result %d from params %s", i, bits(r.Params)))
		}
		if r.Calls != 0 {
			parts = append(parts, fmt.Sprintf("result %d from %s", i, callsString(r.Calls)))
		}
	}
	for i, r := range f.NilResults {
		if i > 0 && i < len(f.Results) && r.Kind != f.Results[i].Kind {
			parts = append(parts, fmt.Sprintf("result %d beside nil: %s", i, r.Kind))
		}
	}
	for _, s := range f.Sinks {
		parts = append(parts, fmt.Sprintf("param %s reaches %s via %s", bits(1<<s.Param), s.What, s.Via))
	}
	return "rawexposure(" + strings.Join(parts, "; ") + ")"
}

func bits(m uint64) string {
	var out []string
	for i := 0; i < 64; i++ {
		if m&(1<<i) != 0 {
			switch i {
			case receiverBit:
				out = append(out, "recv")
			case ctorMsgBit:
				out = append(out, "framework error message")
			default:
				out = append(out, fmt.Sprint(i))
			}
		}
	}
	return strings.Join(out, ",")
}

// fieldFact marks a struct field that some code stores a raw value in (an
// error type's message field, say).
type fieldFact struct {
	Kind kind
	From string
}

func (*fieldFact) AFact() {}
func (f *fieldFact) String() string {
	return fmt.Sprintf("rawexposure(raw %s from %s)", f.Kind, f.From)
}

// summary is a function's funcFact while the package is being analyzed.
type summary struct {
	results []taint
	nilRes  []taint // results on the returns whose first result may be nil; nil: as results (nilresult.go)
	sinks   map[int]paramSink
	stores  map[*types.Var]uint64 // fields the function stores its parameters in (ctorstores.go)
	// loud and quieted: the results some raw return makes raw that is
	// not, and that is, reported at the function's own return (reported.go).
	loud, quieted uint64
}

// fact returns the fact to export for fn, nil when there is nothing to say.
// A result's dependence on parameters is kept for parameters of interface
// types (err in Wrap(op string, err error) error), and, for a result of an
// error type of an error constructor (a function with no context
// parameter: AsError(op, code, msg) returning &APIError{Message: msg}),
// for every parameter: it carries its arguments to the client whatever
// their type; so does a chat SDK's message a helper builds from its text
// (views.Notice(title, text) slack.ModalViewRequest). An operation's
// error (a client method formatting the
// username into its transport errors) and a string result following a
// string parameter are left out: they would put a fact on every function.
func (s *summary) fact(fn *types.Func) *funcFact {
	sig := fn.Type().(*types.Signature)
	var keep uint64
	ctor := true
	for i := 0; i < sig.Params().Len() && i < receiverBit; i++ {
		if types.IsInterface(sig.Params().At(i).Type()) {
			keep |= 1 << i
		}
		ctor = ctor && !typex.IsNamed(sig.Params().At(i).Type(), "context", "Context")
	}
	f := &funcFact{}
	some := false
	for k := range s.sinks {
		some = some || k < scopedFirst || k >= ctorMsgBit // not a read under a key (scoped.go)
	}
	keepFor := func(i int) uint64 {
		if ctor && i < sig.Results().Len() && errorish(sig.Results().At(i).Type()) {
			return keep | paramBits&^(1<<receiverBit)
		}
		if i < sig.Results().Len() && chatMessage(sig.Results().At(i).Type()) {
			return keep | paramBits&^(1<<receiverBit) // a chat message built from text (sinks_bots.go)
		}
		return keep
	}
	for i, r := range s.results {
		rr := rawResult{Kind: r.kind, From: r.from, Params: r.params & keepFor(i), Calls: r.calls, TextSafe: r.textSafe, Reported: r.kind != kNone && !s.passes(i)}
		if rr.Kind != kNone || rr.Params != 0 || rr.Calls != 0 {
			some = true
		}
		f.Results = append(f.Results, rr)
	}
	if !some {
		return nil
	}
	if len(s.nilRes) == len(s.results) {
		for i, r := range s.nilRes {
			if i > 0 && r.kind < s.results[i].kind { // result 0 is nil there
				for j, r := range s.nilRes {
					f.NilResults = append(f.NilResults, rawResult{Kind: r.kind, From: r.from, Params: r.params & keepFor(j), Calls: r.calls})
				}
				break
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(s.sinks)) {
		if k >= scopedFirst && k < ctorMsgBit {
			continue // a read under a key (scoped.go): the scoped fact's business
		}
		f.Sinks = append(f.Sinks, s.sinks[k])
	}
	return f
}

// state is one package's analysis.
type state struct {
	pass           *analysis.Pass
	spid           *spid.Result
	sinks          *sinkIndex
	funcs          map[*types.Func]*summary // this package's functions
	facts          map[*types.Func]*summary // imported functions' facts (nil: none)
	fields         map[*types.Var]taint
	globals        map[*types.Var]taint
	changed        bool
	imports        map[string]*types.Package               // transitive imports by path
	respIfc        *types.Interface                        // net/http.ResponseWriter, if imported
	fsinks         map[*types.Var]fieldSink                // field sinks by field (fields.go), nil until needed
	exposure       *exposureIndex                          // exposed.go, kitfailer.go; nil until needed
	reach          map[ast.Node]*reaching                  // per unit, reaching.go
	preds          map[*types.Func]*predFact               // predicates, guards.go
	bound          map[*types.Var]*condBinding             // conditions stored in locals, guards.go
	seeded         map[*types.Var]bool                     // fields of other packages a package fact says are raw (foreign.go)
	wrapped        map[*types.Var]bool                     // sentinels wrapped with other text (sentinelguard.go)
	sentinelBodies map[*ast.BlockStmt]bool                 // bodies testing sentinels (sentinelguard.go)
	built          map[*types.Func]bool                    // status builders carrying a raw value (builders.go)
	scoped         scopedState                             // request-scoped values (scoped.go)
	recvCache      map[*types.Func]recvReads               // carriers' receiver fields (recvfields.go)
	inst           map[*types.Var]bool                     // fields methods fill through their receiver (instfields.go), nil until needed
	fresh          map[ast.Node]map[*types.Var]*freshLocal // each unit's fresh locals (instfields.go)
	ctors          map[*types.Func]bool                    // the package's functions returning a new instance (instfields.go), nil until needed
	instReads      map[*types.Func]bool                    // methods reading fields their type's methods fill (instfields.go)
	inView         originState                             // locals whose definitions are in view (resultfields.go, discr.go)
	writerHelpers  map[*types.Func]int                     // the parameter a helper's writer result wraps, or -1 (httpsinks.go)
	rawBodies      map[ast.Node]*decodeSummary             // units' decoded bodies, nil while scanned (rawbody.go)
	quiet          map[*ast.ReturnStmt]uint64              // results reported at a handler's return, kept out of its summary (reported.go)
	probing        map[*ast.ReturnStmt]uint64              // while reportedReturns runs (reported.go)
	hooks          *hookIndex                              // error-constructor hooks (ctorhooks.go), nil until needed
	extras                                                 // returned errors, dispatch, error types (returns.go)
	work                                                   // the worklist of units (worklist.go)
}

func run(pass *analysis.Pass) (any, error) {
	r, _ := pass.ResultOf[spid.Analyzer].(*spid.Result)
	r.ReportDirectives(pass, "rawexposure") // this check's share of the bad //surepasslint: directives
	if pass.Pkg == nil {
		return nil, nil
	}
	exportEncoded(pass) // strict.go
	adapterOnly := false
	foreign := foreignFacts(pass) // foreign.go
	scoped := scopedFacts(pass)   // scoped.go
	if facts := pass.AllObjectFacts(); !r.Relevant() && !rawFacts(facts) && len(foreign) == 0 && !scopedRelevant(pass, scoped) {
		runSinksOnly(pass, r, facts) // sinkonly.go
		// A package declaring an error-returning handler type with methods,
		// or a function taking one, also gets its adapters' facts
		// (adapters.go): sink-only summaries leave out func parameters and
		// receivers.
		if typex.InGoroot(pass) || !declaresAdapterCandidate(pass.Pkg) {
			return nil, nil
		}
		adapterOnly = true
	}
	st := newState(pass, r, foreign, scoped)
	var units []unit
	for _, file := range pass.Files {
		// Generated files are summarized (a generated client's wrappers
		// matter to its callers) but never reported in.
		gen := ast.IsGenerated(file)
		for _, decl := range file.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Body == nil {
					continue
				}
				fn, _ := pass.TypesInfo.Defs[d.Name].(*types.Func)
				units = append(units, unit{file: file, node: d.Body, fn: fn, generated: gen})
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					units = append(units, unit{file: file, node: d, generated: gen})
				}
			}
		}
	}

	if adapterOnly {
		units = st.adapterUnits(units) // adapters.go
	}
	order := st.calleesFirst(units)
	ordered := make([]unit, len(order))
	for i, j := range order {
		ordered[i] = units[j]
	}
	if !adapterOnly {
		st.findPredicates(ordered)
	}

	// Summaries and raw fields to a fixed point, then report.
	st.fixpoint(units, order)
	if adapterOnly {
		st.exportAdapterFacts()
		st.exportWrapped() // sentinelguard.go
		return nil, nil
	}
	if quiet := st.reportedReturns(units); len(quiet) > 0 {
		// One bug, one report: what a handler's return is reported for
		// is not passed on to its callers (reported.go); the summaries
		// are computed again without it.
		again := newState(pass, r, foreign, scoped)
		again.preds = st.preds
		again.quiet = quiet
		again.fixpoint(units, order)
		st = again
	}
	for _, u := range units {
		st.analyze(u, true)
	}
	st.reportRegistered() // registered.go

	// Facts only where another package can use them: exported functions and
	// methods, exported fields of exported types.
	for fn, s := range st.funcs {
		if !fn.Exported() {
			continue
		}
		if f := s.fact(fn); f != nil {
			f.Carrier = st.carrierName(fn) // gqlcarrier.go
			pass.ExportObjectFact(fn, f)
		}
	}
	for v, t := range st.fields {
		if v.Pkg() == pass.Pkg && t.kind != kNone && v.Exported() && exportedOwner(v) {
			pass.ExportObjectFact(v, &fieldFact{Kind: t.kind, From: t.from})
		}
	}
	st.exportForeign()
	st.exportDispatch()   // dispatch.go
	st.exportWrapped()    // sentinelguard.go
	st.exportScoped()     // scoped.go
	st.exportRecvFields() // recvfields.go
	st.exportDiscr()      // discr.go
	return nil, nil
}

// newState prepares the analysis of pass: the sink index, and the fields
// and request-scoped values facts say are raw.
func newState(pass *analysis.Pass, r *spid.Result, foreign []foreignField, scoped []*scopedFact) *state {
	st := &state{
		pass:    pass,
		spid:    r,
		sinks:   buildSinkIndex(),
		funcs:   map[*types.Func]*summary{},
		facts:   map[*types.Func]*summary{},
		fields:  map[*types.Var]taint{},
		globals: map[*types.Var]taint{},
	}
	for _, f := range pass.AllObjectFacts() {
		if ff, ok := f.Fact.(*fieldFact); ok {
			if v, ok := f.Object.(*types.Var); ok {
				st.fields[v] = taint{kind: ff.Kind, from: ff.From, named: true}
				st.seed(v) // its package said so: not exported again (foreign.go)
			}
		}
	}
	st.indexImports()
	st.seedForeign(foreign) // foreign.go
	st.seedScoped(scoped)   // scoped.go

	return st
}

// exportedOwner reports whether field v belongs to an exported struct type
// declared at package level.
func exportedOwner(v *types.Var) bool {
	n, ok := fieldOwner(v).(*types.Named)
	return ok && n.Obj().Exported()
}

// indexImports records the package's transitive imports by path.
func (st *state) indexImports() {
	st.imports = map[string]*types.Package{}
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		for _, imp := range p.Imports() {
			if st.imports[imp.Path()] == nil {
				st.imports[imp.Path()] = imp
				walk(imp)
			}
		}
	}
	walk(st.pass.Pkg)
	st.imports[st.pass.Pkg.Path()] = st.pass.Pkg
	if http := st.imports["net/http"]; http != nil {
		if tn, ok := http.Scope().Lookup("ResponseWriter").(*types.TypeName); ok {
			st.respIfc, _ = tn.Type().Underlying().(*types.Interface)
		}
	}
}

// summaryOf returns what is known about fn: its summary in this package, or
// its fact.
func (st *state) summaryOf(fn *types.Func) *summary {
	fn = fn.Origin()
	if fn.Pkg() == nil || fn.Pkg() == st.pass.Pkg {
		st.reads(fn)
		return st.funcs[fn]
	}
	if s, ok := st.facts[fn]; ok {
		return s
	}
	var f funcFact
	if !st.pass.ImportObjectFact(fn, &f) {
		st.facts[fn] = nil
		return nil
	}
	s := &summary{sinks: map[int]paramSink{}}
	for i, r := range f.Results {
		s.results = append(s.results, taint{kind: r.Kind, from: r.From, named: true, params: r.Params, calls: r.Calls, textSafe: r.TextSafe})
		if r.Reported && i < 64 {
			s.quieted |= 1 << i
		}
	}
	for _, ps := range f.Sinks {
		s.sinks[ps.Param] = ps
	}
	if len(f.NilResults) == len(f.Results) && len(f.NilResults) > 0 {
		for _, r := range f.NilResults {
			s.nilRes = append(s.nilRes, taint{kind: r.Kind, from: r.From, named: true, params: r.Params, calls: r.Calls})
		}
	}
	st.facts[fn] = s
	return s
}

// funcName is how messages name a function: pkg.Name.
func funcName(fn *types.Func) string {
	if fn.Pkg() == nil {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// fieldName is how messages name a field: pkg.Type.Field, or pkg.Field.
func fieldName(v *types.Var, owner types.Type) string {
	prefix := ""
	if v.Pkg() != nil {
		prefix = v.Pkg().Name() + "."
	}
	if p, ok := owner.(*types.Pointer); ok {
		owner = p.Elem()
	}
	if n, ok := types.Unalias(owner).(*types.Named); ok {
		prefix += n.Obj().Name() + "."
	}
	return prefix + v.Name()
}
