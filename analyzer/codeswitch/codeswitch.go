package codeswitch

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/fixsafe"
	"github.com/surepasslint/surepasslint/analyzer/internal/pkgdoc"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// docGo is doc.go, whose package comment is the documentation -explain,
// gopls and SARIF show.
//
//go:embed doc.go
var docGo string

// Analyzer reports fail-open switches over SurePassID return codes.
var Analyzer = &analysis.Analyzer{
	Name:             "codeswitch",
	Doc:              pkgdoc.Text(docGo),
	URL:              "https://github.com/surepasslint/surepasslint#codeswitch",
	Requires:         []*analysis.Analyzer{spid.Analyzer},
	FactTypes:        []analysis.Fact{new(predFact), new(rejectFact), new(accessorFact), new(fallbackFact), new(errorFact), new(memberFact), new(lookupFact), new(openFact), new(sumFact), new(tableFact), new(matcherFact), new(nilErrFact)},
	Run:              suppress.Honour("codeswitch", run),
	RunDespiteErrors: true,
}

// category is the diagnostic category of every finding: editors show it
// beside the check's name (codeswitch(failopen) in VS Code's Problems
// panel), and gopls shows "default" for a diagnostic without one. Bad
// //surepasslint: directives are reported in spid.DirectiveCategory.
const category = "failopen"

// A dispatch is a switch, or a chain of if statements, that picks a branch
// by comparing one return-code expression with constants.
type dispatch struct {
	kind    string            // "switch" or "if-else chain"
	stmt    ast.Stmt          // the switch, or the first if of the chain
	tagless bool              // a switch without a tag: switch { case code == X: }
	other   map[ast.Expr]bool // a tagless switch's case values, an if-else chain's conditions, that do not read the code
	last    *ast.IfStmt
	tag     ast.Expr // the code compared
	clauses []*clause
	dflt    *clause    // default clause or final else; nil if none
	stack   []ast.Node // the list owner of stmt and its enclosing nodes (for its function)
	errs    bool       // over an error tested against sentinels (sentinels_dispatch.go)
	from    *dispatch  // an errors.Is chain over the error the code is read from, just before: the walk starts there
	// predOnly: an if-else chain whose links are all predicates of one
	// answer reading its code inside (res.Locked(), res.Retryable()):
	// tag is the code the predicates read, spelled for comparison only
	// (predchain.go).
	predOnly bool
	predTest string // the fix's test of a failure for predOnly, "" for none (predchain.go)
}

// A clause is one branch of a dispatch.
type clause struct {
	exprs []ast.Expr // case values, or the constants compared in an if
	codes []codes.ReturnCode
	body  []ast.Stmt
	node  ast.Node // *ast.CaseClause, or the *ast.IfStmt's body
	// keysOnly: the keys of a table that if !ok {...} leaves out, which
	// pass the if without a branch of their own (see missingKeys).
	keysOnly bool
}

func run(pass *analysis.Pass) (any, error) {
	r, _ := pass.ResultOf[spid.Analyzer].(*spid.Result)
	r.ReportDirectives(pass, "codeswitch") // this check's share of the bad //surepasslint: directives
	pass = pinned(pass, r)                 // code variables never assigned read as constants (pinned.go)
	sums := summarize(pass, r)
	exportFallbacks(pass) // fallback.go
	exportMatchers(pass)  // engine.go
	exportTables(pass, r) // outnames.go
	// codetable.go, strcodes.go
	if !r.Relevant() && !hasCodeTable(pass) && !usesTextCodes(pass) {
		return nil, nil
	}
	required := requiredCodes(r.PackageCodes())
	for _, file := range pass.Files {
		if !ast.IsGenerated(file) {
			oc := &checker{pass: pass, spid: r, file: file, required: required, sums: sums}
			oc.checkOpenHelpers() // openhelper.go, before the calls of those helpers are judged
		}
	}
	for _, file := range pass.Files {
		if ast.IsGenerated(file) {
			continue
		}
		fc := &checker{pass: pass, spid: r, file: file, required: required, sums: sums}
		fc.checkFallbacks() // fallback.go, on a checker of its own: its caches stay apart
		c := &checker{pass: pass, spid: r, file: file, required: required, sums: sums}
		c.checkSelfPredicates() // selfpred.go
		var stack []ast.Node
		ast.Inspect(file, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.BlockStmt:
				c.scan(n.List, stack)
			case *ast.CaseClause:
				c.scan(n.Body, stack)
			case *ast.CommClause:
				c.scan(n.Body, stack)
			}
			return true
		})
	}
	return nil, nil
}

// checker holds what one file's analysis needs.
type checker struct {
	pass *analysis.Pass
	// asOutcome: the returns that reject only as an outcome apart from
	// Success's (outcome.go); a fix copies another rejection first.
	asOutcome map[*ast.ReturnStmt]bool
	spid      *spid.Result
	file      *ast.File
	src       []byte // read on first use
	badPos    bool   // a fix helper met a position outside the file
	required  []codes.ReturnCode
	flows     map[*ast.BlockStmt]*flow // per function holding a dispatch
	sig       *types.Signature         // of the function holding the dispatch checked
	loose     bool                     // equalities takes any value: its constants will tell (looseIf)
	// inTagless: the cases of a tagless switch are read, where a call of
	// a predicate on the code is a case too (case isLockout(code):).
	inTagless  bool
	flagsTrue  map[*types.Var]bool              // success flags a literal of the file sets to true (closed.go)
	sums       *summaries                       // the package's predicates and helpers
	okVars     map[*types.Var]*ast.IndexExpr    // the file's v, ok := m[k] (lookup.go)
	rowLits    map[ast.Expr]*ast.CompositeLit   // the slices row searches are passed, as tables (rowsearch.go)
	valVars    map[*types.Var]*ast.IndexExpr    // the file's v := m[k], v, ok := m[k] (lookup.go)
	loopConds  map[ast.Expr]*ast.IndexExpr      // the ifs of loops over rule rows, as lookups (looprows.go)
	mapLits    map[*types.Var]*ast.CompositeLit // the package's map literals (lookup.go)
	localMaps  map[*types.Var]*ast.CompositeLit // the file's local map literals read by index only (tabled.go)
	fieldLits  map[*types.Var]*ast.CompositeLit // the package's fields holding a map literal (fieldtable.go)
	filled     map[*types.Var]*ast.CompositeLit // locals a constructor fills from a known table (derivedtables.go)
	ctorParams map[*types.Var]*ast.CompositeLit // constructors' parameters stored in a field (derivedtables.go)
	okStates   map[*types.Const]bool            // text states returned right after a Success test (decline.go)
	refusing   map[*types.Named]bool            // enums declaring a constant that refuses (decline.go)
	famRefuse  map[*types.Const]bool            // untyped constant families declaring one that refuses (family.go)
	flagMemo   map[*types.Var]lookupCall        // lookupFlag's answers (tabled.go)
	statusVars map[*types.Var]bool              // failureStatusVar's answers (statusvars.go)
	normCodes  map[ast.Expr]ast.Expr            // normalCode's answers
	heldTypes  map[string]types.Type            // the enum each held key holds (heldvalue.go)
	defaulted  map[*types.Var]defaulted         // locals holding a table's value or a default (lookup.go)
	rangeVars  map[*types.Var]listBind          // rangeList's answers (listed.go)
	fieldLists map[*types.Var]*ast.CompositeLit // fieldList's answers (fieldlists.go)
	// effectOnly: classify a helper's body, where only what it does
	// rejects (a failure response, a panic), not what it returns.
	effectOnly bool
	// wrapLits: the struct literals locals wrapping an answer were
	// declared with (wrapped.go).
	wrapLits map[*types.Var]*ast.CompositeLit
	// as: the targets a predicate's body reads its error parameter into
	// (errcode.go), while the predicate is summarized.
	as asBinding
	// rejectTrue: the function holding the dispatch checked answers true
	// to reject (polarity.go), so its constant true rejects, false accepts.
	rejectTrue bool
	// verdictText: the function holding the dispatch checked answers its
	// decision as a word ("approved", "denied": messages.go), so a
	// returned text that says it rejects rejects, one that grants grants.
	verdictText bool
	// rejectText: the function holding the dispatch checked, when it
	// answers "" to accept and any other text to refuse, as its callers
	// read it (emptytext.go); its own constant texts are so judged.
	rejectText *ast.FuncDecl
	emptyMemo  map[*types.Func]bool // emptyAccepts' answers
	// exitCode: the function holding the dispatch checked answers an exit
	// status (Run(args []string) int): a nonzero constant fails (exitstatus.go).
	exitCode   bool
	rejectMemo map[*types.Func]bool // trueRejects' answers
	// protocols: 1 when the package imports one of protocolRejects'
	// packages, 2 when it does not, 0 before it is known (protocols.go).
	protocols int8
	alias     *readAlias // a predicate's checked read of its code (checked.go)
	// names: the code type whose String() the dispatch checked switches
	// on (names.go), so "OTPInvalid" compares as that code.
	names *types.Named
	// built: the map literals functions of the package return (tabled.go).
	built map[*types.Func]*ast.CompositeLit
	// Held lookups (held.go): writes of locals and fields, the fields
	// the file assigns a table's element, zero values.
	fieldIdx map[*types.Var]*ast.IndexExpr
	zeros    map[types.Type]ast.Expr
	zeroVals map[ast.Expr]constant.Value
	// after: the errors.Is chain just before a dispatch over the code of
	// its error, by that dispatch's statement (sentinelThenCode).
	after map[ast.Stmt]*dispatch
	// setRoots: the code sets the file reads (SP, surepass.SP), for the
	// fixes' spelling (setSpelling in fix.go); nil until first used.
	setRoots []ast.Expr
	// tableKeys: the locals the file looks up in a code table
	// (codetable.go).
	tableKeys map[*types.Var]bool
	// factLits: the tables of other packages read from their facts, with
	// the constants of their synthetic keys and values (outnames.go).
	factLits   map[types.Object]*ast.CompositeLit
	factLists  map[types.Object]*ast.CompositeLit // the lists of other packages (sharedlists.go)
	listedElts map[ast.Expr]bool                  // their elements
	synthVals  map[ast.Expr]constant.Value
	// callIdx: the lookups calls of functions answering a table's value
	// stand for, their synthetic tables' literals and types (outnames.go).
	callIdx   map[*ast.CallExpr]*ast.IndexExpr
	callLits  map[ast.Expr]*ast.CompositeLit
	callTypes map[ast.Expr]*types.Map
	// classVars: the locals declared with a classifier's call, and its
	// mapping (mirror.go).
	classVars map[*types.Var]*spid.Mirror
}

// scan finds the dispatches among list, a statement list whose owner is on
// top of stack.
func (c *checker) scan(list []ast.Stmt, stack []ast.Node) {
	var tags []ast.Expr // the codes earlier dispatches of list compared
	for i := 0; i < len(list); i++ {
		var d *dispatch
		switch s := list[i].(type) {
		case *ast.SwitchStmt:
			d = c.switchDispatch(s)
			if d == nil {
				d = c.sentinelSwitch(s)
			}
		case *ast.IfStmt:
			if c.logsOnly(s) {
				continue // if rc != Success { log... }: no link of the dispatch after it
			}
			var n int
			d, n = c.ifDispatch(list[i:])
			if d == nil {
				d, n = c.looseIf(list[i:])
			}
			if d == nil {
				if d, n = c.sentinelIf(list[i:]); d != nil && c.sentinelThenCode(d, list, i+n, stack) {
					i += n - 1
					continue // judged with the dispatch over its code after it
				}
			}
			if d != nil {
				i += n - 1
			}
		}
		if d != nil && c.after[d.stmt] != nil {
			d.from = c.after[d.stmt]
		}
		if d != nil && c.laterPredicate(d, tags) {
			continue // judged with the dispatch before it
		}
		if d != nil {
			tags = append(tags, d.tag)
			d.stack = append([]ast.Node(nil), stack...)
			c.check(d)
		}
	}
}

// logsOnly reports whether ifs, with no else, only logs (if rc !=
// Success { log.Infow(...) }): it tells no code apart, so a dispatch
// starts at the statement after it.
func (c *checker) logsOnly(ifs *ast.IfStmt) bool {
	if ifs.Else != nil || ifs.Init != nil || len(ifs.Body.List) == 0 {
		return false
	}
	for _, st := range ifs.Body.List {
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			return false
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok || !c.isLogging(call) {
			return false
		}
	}
	return true
}

// laterPredicate reports whether d is an if whose only link calls a
// predicate on a code an earlier dispatch of its list already told apart
// (switch code {...}; if IsRetryable(code) { retry }): the if refines
// that dispatch's fall-through, which is judged at the dispatch.
func (c *checker) laterPredicate(d *dispatch, tags []ast.Expr) bool {
	ifs, ok := d.stmt.(*ast.IfStmt)
	if !ok || ifs.Else != nil || d.tag == nil {
		return false
	}
	if _, isCall := ast.Unparen(ifs.Cond).(*ast.CallExpr); !isCall {
		return false
	}
	for _, t := range tags {
		if t != nil && sameExpr(t, d.tag) {
			return true
		}
	}
	return false
}

// switchDispatch returns s as a dispatch if it switches over a return code.
func (c *checker) switchDispatch(s *ast.SwitchStmt) *dispatch {
	if s.Body == nil {
		return nil
	}
	if s.Tag == nil {
		return c.taglessDispatch(s)
	}
	mirror := c.mirrorOf(s.Tag)  // mirror.go
	named := c.codeNameOf(s.Tag) // names.go
	if named != nil && !c.namesAllCodes(named, caseValues(s)) {
		return nil // a String() switch on other text
	}
	if mirror == nil && named == nil && !c.isCode(s.Tag) && !c.casesNameCodes(s) {
		if idx := c.heldLookup(s.Tag); idx != nil { // switch verdict of verdict := policy[code] (held.go)
			return c.heldSwitch(s, idx)
		}
		return nil
	}
	d := &dispatch{kind: "switch", stmt: s, tag: s.Tag}
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			continue
		}
		cl := &clause{exprs: cc.List, body: cc.Body, node: cc}
		switch {
		case mirror != nil:
			cl.codes = c.mirrorCodes(mirror, cc.List)
		case named != nil:
			cl.codes = c.nameCodes(named, cc.List)
		}
		for _, e := range cc.List {
			if mirror != nil || named != nil {
				break
			}
			if code, ok := c.constCode(e); ok {
				cl.codes = append(cl.codes, code)
			}
		}
		if cc.List == nil {
			d.dflt = cl
		} else {
			d.clauses = append(d.clauses, cl)
		}
	}
	return d
}

// casesNameCodes reports whether the case values of s, a switch over a
// value spid does not know, are constants that name published codes with
// their values, or return codes by their values (spid's
// Result.CodeConstants): case SP_OTP_INVALID, SP_OTP_ALREADY_USED;
// or published codes written as literals (spid.CodeLiterals): case "9106",
// case 9107, 9108; or looked up by their published names (namedCodes:
// case codes["OTPInvalid"], codes["OTPAlreadyUsed"]).
func (c *checker) casesNameCodes(s *ast.SwitchStmt) bool {
	var exprs []ast.Expr
	for _, st := range s.Body.List {
		if cc, ok := st.(*ast.CaseClause); ok {
			exprs = append(exprs, cc.List...)
		}
	}
	return c.spid.CodeConstants(c.pass.TypesInfo, exprs) || spid.CodeLiterals(c.pass.TypesInfo, exprs) || c.namedCodes(exprs) || c.convertedCodeConsts(exprs) || c.textCodeConsts(exprs)
}

// constantsNameCodes is casesNameCodes for the constants d compares with.
func (c *checker) constantsNameCodes(d *dispatch) bool {
	var exprs []ast.Expr
	for _, cl := range d.clauses {
		exprs = append(exprs, c.unformatted(cl.exprs)...)
	}
	if slices.ContainsFunc(exprs, c.isListed) {
		return true // another package's list of code constants (sharedlists.go)
	}
	return c.spid.CodeConstants(c.pass.TypesInfo, exprs) || spid.CodeLiterals(c.pass.TypesInfo, exprs) || c.namedCodes(exprs) || c.convertedCodeConsts(exprs) || c.textCodeConsts(exprs)
}

// looseIf is ifDispatch for a value spid does not know as a code, compared
// with constants that name published codes (see casesNameCodes).
func (c *checker) looseIf(list []ast.Stmt) (*dispatch, int) {
	c.loose = true
	d, n := c.ifDispatch(list)
	c.loose = false
	if d == nil || !c.constantsNameCodes(d) {
		return nil, 0
	}
	return d, n
}

// taglessDispatch returns s, a switch without a tag, as a dispatch if every
// case compares one return code for equality with constants
// (case r.ErrorCode == X, case r.ErrorCode == Y || r.ErrorCode == Z), or
// one value with constants that name published codes.
func (c *checker) taglessDispatch(s *ast.SwitchStmt) *dispatch {
	if d := c.taglessOf(s); d != nil {
		return d
	}
	c.loose = true
	d := c.taglessOf(s)
	c.loose = false
	if d == nil || !c.constantsNameCodes(d) {
		return nil
	}
	return d
}

func (c *checker) taglessOf(s *ast.SwitchStmt) *dispatch {
	c.inTagless = true
	defer func() { c.inTagless = false }()
	d := &dispatch{kind: "switch", stmt: s, tagless: true}
	var hint ast.Expr // the code a later case names, computed once (errcode.go)
	hinted := false
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			return nil
		}
		cl := &clause{body: cc.Body, node: cc}
		if cc.List == nil {
			d.dflt = cl
			continue
		}
		for _, e := range cc.List {
			tag, vals, codes := c.condition(e)
			ref := d.tag
			if tag == nil && ref == nil {
				if !hinted {
					hint, hinted = c.caseCode(s), true
				}
				ref = hint // case IsLocked(err): before case ReasonOf(err) == X:
			}
			if tag == nil && ref != nil {
				if tv, tc := c.tagLink(e, ref); tv != nil {
					tag, vals, codes = ref, tv, tc // case r.LockedOut():
				}
			}
			if tag == nil && !c.loose && !c.readsCode(e) {
				// A case on something else (rep.GetStatus() == "pending"):
				// judged as not taken (see walker.eval).
				if d.other == nil {
					d.other = map[ast.Expr]bool{}
				}
				d.other[e] = true
				continue
			}
			if tag == nil || (d.tag != nil && !c.sameCode(d.tag, tag)) {
				return nil
			}
			d.tag = tag
			cl.exprs = append(cl.exprs, vals...)
			cl.codes = append(cl.codes, codes...)
		}
		d.clauses = append(d.clauses, cl)
	}
	if d.tag == nil {
		return nil
	}
	return d
}

// readsCode reports whether e reads a return code anywhere, or a value
// standing for one (a mirror's constant, a code's name).
func (c *checker) readsCode(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && !found && (c.isCode(x) || c.mirrorOf(x) != nil || c.codeNameOf(x) != nil) {
			found = true
		}
		return !found
	})
	return found
}

// ifDispatch returns the chain of if statements at the start of list that
// compare one return-code expression for equality with constants
// (if code == X {...} else if code == Y {...}, or consecutive ifs), and how
// many statements of list it spans.
func (c *checker) ifDispatch(list []ast.Stmt) (*dispatch, int) {
	var d *dispatch
	n := 0
	for _, st := range list {
		ifs, ok := st.(*ast.IfStmt)
		if !ok || (d != nil && d.dflt != nil) {
			break
		}
		var links []*clause
		var tag ast.Expr
		var dflt *clause
		var last *ast.IfStmt
		var other []ast.Expr
		predOnly := false
		for cur := ifs; cur != nil; {
			// A later link may call a predicate on the code (else if
			// !res.Status.OK()), as a tagless switch's case may.
			c.inTagless = cur != ifs
			e, vals, codes := c.condition(cur.Cond)
			c.inTagless = false
			if e == nil && cur != ifs && cur.Init == nil {
				if cv, cc := c.closureLink(ifs, cur.Cond, tag); cv != nil {
					e, vals, codes = tag, cv, cc // closures.go
				}
			}
			if e == nil && cur == ifs && cur.Init == nil {
				// if res.Rejected() {...} else if res.Code() == X: the
				// first link a predicate of the answer, the code named by
				// a later one.
				if later := c.laterTag(ifs); later != nil {
					if tv, tc := c.tagLink(cur.Cond, later); tv != nil {
						e, vals, codes = later, tv, tc
					}
				}
			}
			if e == nil && cur == ifs && cur.Init == nil && d == nil {
				// if res.Locked() {...} else if res.Retryable() {...}:
				// every link a predicate of the answer (predchain.go).
				if pt := c.predChainTag(ifs); pt != nil {
					if tv, tc := c.tagLink(cur.Cond, pt); tv != nil {
						e, vals, codes, predOnly = pt, tv, tc, true
					}
				}
			}
			if e == nil && cur != ifs && cur.Init == nil && tag != nil {
				if tv, tc := c.tagLink(cur.Cond, tag); tv != nil {
					e, vals, codes = tag, tv, tc // else if r.LockedOut(), a predicate of the reply
				}
			}
			if e == nil && cur != ifs && cur.Init == nil && !c.loose && !c.readsCode(cur.Cond) {
				// else if cb.Answer == "deny": a link on something else,
				// judged as not taken (see walker.eval), as a tagless
				// switch's case on something else is.
				other = append(other, cur.Cond)
				e, vals, codes = tag, nil, nil
			}
			if e == nil || (cur.Init != nil && !c.lookupInit(cur.Init, cur.Cond) && !(d == nil && cur == ifs && (c.declaresTag(cur.Init, e) || c.heldInit(cur.Init, e)))) || (tag != nil && !c.sameCode(tag, e)) {
				links = nil
				break
			}
			tag, last = e, cur
			links = append(links, &clause{exprs: vals, codes: codes, body: cur.Body.List, node: cur.Body})
			switch el := cur.Else.(type) {
			case *ast.IfStmt:
				cur = el
			case *ast.BlockStmt:
				dflt = &clause{body: el.List, node: el}
				cur = nil
			default:
				cur = nil
			}
		}
		if links == nil || (d != nil && !c.sameCode(d.tag, tag)) {
			break
		}
		if d == nil && dflt == nil && len(links) == 1 {
			if keys, rest := c.missingKeys(links[0], last); keys != nil {
				links, dflt = []*clause{keys}, rest
			}
		}
		if d == nil {
			d = &dispatch{kind: "if-else chain", stmt: ifs, tag: tag, predOnly: predOnly}
		}
		for _, o := range other {
			if d.other == nil {
				d.other = map[ast.Expr]bool{}
			}
			d.other[o] = true
		}
		d.clauses = append(d.clauses, links...)
		d.dflt, d.last = dflt, last
		n++
	}
	return d, n
}

// missingKeys reads cl, the only clause of an if without else testing a
// table lookup negatively (if !ok {...} of v, ok := table[code], if _, ok
// := table[code]; !ok {...}), as the table's keys, which pass the if, and
// an else that the codes missing from the table take, Success among them:
// the table decides its codes after the if, and the branch is what every
// other code gets. Nil when cl is no such clause.
func (c *checker) missingKeys(cl *clause, ifs *ast.IfStmt) (keys, rest *clause) {
	if ifs == nil || len(cl.exprs) == 0 || (len(cl.exprs) == 1 && cl.exprs[0] == ifs.Cond) || !slices.Contains(cl.codes, codes.Success) {
		return nil, nil
	}
	listed := c.codesOf(cl.exprs)
	if slices.Contains(listed, codes.Success) {
		return nil, nil
	}
	return &clause{exprs: cl.exprs, codes: listed, node: ifs, keysOnly: true},
		&clause{body: cl.body, node: cl.node}
}

// declaresTag reports whether init, the init of a chain's first if,
// declares the code the chain compares: if c := rep.GetErrorCode(); c ==
// X {...} else if c == Y {...}, or as the first of two results (if c, _
// := jsonparser.GetInt(body, "errorCode"); c == 9001 {...}).
func (c *checker) declaresTag(init ast.Stmt, tag ast.Expr) bool {
	as, ok := init.(*ast.AssignStmt)
	// The code may come with a parse error the chain ignores: if n, _ :=
	// resp.Code.Int64(); n == X {...}.
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) == 0 || len(as.Lhs) > 2 || len(as.Rhs) != 1 {
		return false
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	tid, isID := ast.Unparen(tag).(*ast.Ident)
	if !ok || !isID {
		return false
	}
	obj := c.pass.TypesInfo.Defs[id]
	return obj != nil && c.pass.TypesInfo.Uses[tid] == obj
}

// equalities returns e and the constants in a condition of the form
// e == X || e == Y ..., where e is a return code; nil if cond has another form.
func (c *checker) equalities(cond ast.Expr) (ast.Expr, []ast.Expr) {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return nil, nil
	}
	switch b.Op {
	case token.LOR:
		l, lv := c.equalities(b.X)
		r, rv := c.equalities(b.Y)
		if l == nil || r == nil || !sameExpr(l, r) {
			return nil, nil
		}
		return l, append(lv, rv...)
	case token.EQL:
		x, y := b.X, b.Y
		if c.isConst(x) {
			x, y = y, x
		}
		if c.isConst(y) && !c.isConst(x) && (c.loose || c.isCode(x) || c.mirrorOf(x) != nil || c.codeNameOf(x) != nil) {
			return x, []ast.Expr{y}
		}
	}
	return nil, nil
}

// condition returns the code a case or if condition tests, the constants
// it compares the code with for equality (else the condition itself), and
// the published codes that make it true. Besides equalities, a condition
// of comparisons of one code with constants joined by &&, || and !
// (code >= 9000 && code < 9100) splits the codes when it is true or false
// for each published code; nil for any other condition.
func (c *checker) condition(cond ast.Expr) (ast.Expr, []ast.Expr, []codes.ReturnCode) {
	if tag, vals := c.equalities(cond); tag != nil {
		if m := c.mirrorOf(tag); m != nil {
			return tag, vals, c.mirrorCodes(m, vals)
		}
		if n := c.codeNameOf(tag); n != nil {
			if !c.namesAllCodes(n, vals) {
				return nil, nil, nil
			}
			return tag, vals, c.nameCodes(n, vals)
		}
		return tag, vals, c.codesOf(vals)
	}
	tag := c.comparedCode(cond)
	var vals []ast.Expr
	if tag == nil {
		tag = c.predicatedCode(cond)
	}
	if tag == nil {
		tag = c.closureCode(cond) // if rejected(res.Code) (closures.go)
	}
	if tag == nil {
		key, keys := c.testedLookup(cond) // lookup.go
		if key == nil {
			key = c.lookupFlagCode(cond) // tabled.go
		}
		if key == nil {
			key, keys = c.testedList(cond) // slices.Contains(list, code) (listed.go)
		}
		if key == nil {
			if idx := c.heldIn(cond); idx != nil { // action == Refuse of action := policy[code] (held.go)
				key = idx.Index
			}
		}
		if key != nil && !c.isCode(key) {
			if idx := c.heldLookup(key); idx != nil {
				// denied[outcome], slices.Contains(denyNames, outcome):
				// a set of a table's values (outnames.go).
				key, keys = idx.Index, nil
			}
		}
		n := c.codeNameOf(key) // a table keyed by the codes' names (names.go)
		if key != nil && c.mirrorOf(key) != nil {
			// A table keyed by a mirror's constants (mirror.go):
			// lookupHas reads them.
		} else if n != nil && c.namesAllCodes(n, keys) {
			old := c.names
			c.names = n
			defer func() { c.names = old }()
		} else if key == nil || !(c.loose || c.isCode(key)) {
			return nil, nil, nil
		}
		tag, vals = key, keys
	}
	s := subject{is: func(e ast.Expr) bool { return c.sameCode(e, tag) }, base: func(ast.Expr) bool { return false }, tag: tag}
	var out []codes.ReturnCode
	for _, code := range published {
		switch c.evalCond(cond, code, s) {
		case triTrue:
			out = append(out, code)
		case triUnknown:
			return nil, nil, nil
		}
	}
	if len(out) == 0 {
		return nil, nil, nil
	}
	if vals != nil {
		return tag, vals, out // a table's keys
	}
	return tag, []ast.Expr{cond}, out
}

// comparedCode returns the first return code cond compares with a
// constant by ==, !=, <, <=, > or >=.
func (c *checker) comparedCode(cond ast.Expr) ast.Expr {
	if tag := c.comparedOf(cond, c.isCode); tag != nil {
		return tag
	}
	// A mirror (mirror.go), where no code is compared.
	return c.comparedOf(cond, func(e ast.Expr) bool { return c.mirrorOf(e) != nil })
}

func (c *checker) comparedOf(cond ast.Expr, isCode func(ast.Expr) bool) ast.Expr {
	var tag ast.Expr
	ast.Inspect(cond, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || tag != nil {
			return tag == nil
		}
		switch b.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			x, y := b.X, b.Y
			if c.isConst(x) {
				x, y = y, x
			}
			if c.isConst(y) && !c.isConst(x) && isCode(x) {
				tag = x
			}
			return false
		}
		return true
	})
	return tag
}

// isIntegerExpr reports whether e has an integer type.
func (c *checker) isIntegerExpr(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	return t != nil && isInteger(t)
}

// predicatedCode returns the first return code cond calls a predicate
// on (isLockout(code), code.IsFIDO(); see summary.go): the team's own
// names for groups of codes.
func (c *checker) predicatedCode(cond ast.Expr) ast.Expr {
	if c.sums == nil {
		return nil
	}
	var tag ast.Expr
	ast.Inspect(cond, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || tag != nil {
			return tag == nil
		}
		p := c.predicateOf(call)
		if p == nil || len(p.Fields) > 0 {
			return true
		}
		if p.Self && !c.inTagless {
			// if !sessionAccepted(code) {...}: the predicate fails open
			// in itself and is reported where it decides (selfpred.go).
			return true
		}
		if fn, ok := c.callee(call).(*types.Func); p.Switch && !c.inTagless && (ok && fn.Pkg() == c.pass.Pkg || !ok && c.closureLit(call) != nil) {
			// if rejected(code) {...}: the switch in rejected, a function
			// of this package or a closure predicate, is judged on its
			// own (see "the answer of a bool function" in doc.go).
			return true
		}
		if arg := predArg(call, p); arg != nil && (c.isCode(arg) || p.Consts && c.isIntegerExpr(arg)) {
			tag = arg // isOTPFailure(res.Code) comparing code == SP_OTP_INVALID
		}
		return tag == nil
	})
	return tag
}

func (c *checker) codesOf(exprs []ast.Expr) []codes.ReturnCode {
	var out []codes.ReturnCode
	for _, e := range exprs {
		if code, ok := c.constCode(e); ok {
			out = append(out, code)
		}
	}
	return out
}

func (c *checker) isConst(e ast.Expr) bool {
	if z, ok := c.zeroValue(e); ok { // the zero value of a held lookup (held.go)
		return z.Kind() != constant.Unknown
	}
	return c.constValue(e) != nil // strcodes.go
}

func (c *checker) constCode(e ast.Expr) (codes.ReturnCode, bool) {
	return spid.CodeOf(c.constValue(e))
}

// isCode reports whether e is a SurePassID return code: an expression spid
// recognizes, a local variable initialized from one (code := resp.ErrorCode,
// code, err := strconv.Atoi(resp.ErrorCode)), or a conversion or parse of
// one of those (int(code), n.Int64() of a json.Number local).
func (c *checker) isCode(e ast.Expr) bool { return c.isCodeIn(e, codeDepth) }

// codeDepth bounds the locals and conversions isCode follows.
const codeDepth = 4

func (c *checker) isCodeIn(e ast.Expr, depth int) bool {
	if c.spid.ExprRole(c.pass.TypesInfo, e) == spid.RoleCode || c.tableKeyed(e) { // codetable.go
		return true
	}
	if depth == 0 {
		return false
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if op, _ := spid.Operand(c.pass.TypesInfo, call); op != nil {
			return c.isCodeIn(op, depth-1)
		}
		return false
	}
	if init := c.codeInit(e); init != nil {
		return c.isCodeIn(init, depth-1)
	}
	return false
}

// check reports d if it fails open (see "When a dispatch is reported" in
// doc.go).
func (c *checker) check(d *dispatch) {
	if !c.listsAFailure(d) {
		return // nothing to reject: no need for the control-flow graph
	}
	if d.tag != nil {
		c.names = c.codeNameOf(d.tag) // compare reads its names (names.go)
		defer func() { c.names = nil }()
	}
	fl := c.flowOf(d)
	if fl == nil {
		return
	}
	if decl := d.enclosingDecl(); decl != nil && c.emptyAccepts(decl) {
		c.rejectText = decl // emptytext.go
	}
	defer func() { c.rejectText = nil }()
	if c.rejectText == nil && c.messageMapping(d, fl.sig) {
		return // picks a text to show, decides nothing (messages.go)
	}
	if inErrorRenderer(fl.sig) {
		return // words a failure the framework hands it, grants nothing (errrender.go)
	}
	if decl := d.enclosingDecl(); decl != nil {
		c.rejectTrue = c.trueRejects(decl)
		c.exitCode = c.exitStatus(decl)
	} else if lit, parent := d.enclosingLit(); lit != nil {
		c.rejectTrue = c.litTrueRejects(lit, parent) // rejected := func(code int) bool {...}
	}
	c.sig = fl.sig
	c.verdictText = c.answersVerdictWords(d, fl.sig) // messages.go
	defer func() { c.sig, c.rejectTrue, c.verdictText, c.exitCode = nil, false, false, false }()
	if c.decidesNothing(d) {
		return // an error's Unwrap, a code handed back (handback.go)
	}
	fates, ok := c.fates(d)
	if !ok {
		return
	}
	listedIn := map[codes.ReturnCode]*clause{}
	for _, cl := range d.clauses {
		for _, code := range cl.codes {
			if listedIn[code] == nil {
				listedIn[code] = cl
			}
		}
	}
	success := listedIn[codes.Success]
	// Only a dispatch that rejects some published failure code decides an
	// authentication outcome.
	var reject *clause
	for _, cl := range d.clauses {
		if cl != success && c.clauseRejects(cl, fates) {
			if reject == nil || c.betterRejection(cl, reject) {
				reject = cl
			}
		}
	}
	if reject == nil {
		return
	}
	// The required codes that reach Success's path, or accept elsewhere.
	var missing, listedOpen []codes.ReturnCode
	var open []*clause                        // listed clauses whose codes fail open
	excluded := c.excludedCodes(d, fl, fates) // excluded.go
	for _, code := range c.required {
		cl := listedIn[code]
		if cl != nil && cl == success || excluded[code] {
			continue // accepted on purpose, with Success or by name
		}
		f := fates[code]
		if f&fJoin == 0 && (cl != nil || f&fAccept == 0) {
			continue
		}
		missing = append(missing, code)
		if cl != nil {
			listedOpen = append(listedOpen, code)
			if !slices.Contains(open, cl) {
				open = append(open, cl)
			}
		}
	}
	if len(missing) == 0 || c.callersCheck(d) || c.afterRejection(d) {
		return
	}
	listed := map[codes.ReturnCode]bool{}
	for code := range listedIn {
		listed[code] = true
	}
	keyword := token.SWITCH
	if _, ok := d.stmt.(*ast.IfStmt); ok {
		keyword = token.IF
	}
	pos, end := d.stmt.Pos(), d.stmt.Pos()+token.Pos(len(keyword.String()))
	held := c.heldOf(d) // held.go
	if held != nil {
		if st := c.heldStmt(held); st != nil {
			// outcome := names[code]; if outcome == "invalid" {...}: the
			// lookup is where the codes are told apart, reported there
			// whichever fails open (a table lookup's finding is too).
			d.kind = "table lookup"
			pos, end = st.Pos(), st.End()
		}
	}
	if ifs, ok := d.stmt.(*ast.IfStmt); ok && held == nil {
		if as, idx := c.okTestOf(ifs); as != nil && as != ifs.Init && !c.keysMissing(idx, missing) {
			// v, ok := loginVerdicts[s]; if !ok { return VerdictAllow }:
			// only codes the table leaves out fail open, told apart at
			// the lookup kept before the if, reported there as a held
			// lookup is (lookup.go). One in the if's init stays at the
			// if, on the same line.
			d.kind = "table lookup"
			pos, end = as.Pos(), as.End()
		}
	}
	if held != nil && !c.leavesOut(held, missing) {
		// mfa.Outcomes[code] == "invalid": a code the table names
		// ("bypass") falls through too, the dispatch's own failure,
		// reported and fixed at it (outnames.go).
		held = nil
	}
	classifierOpen := false
	if m := c.classifierOf(d.tag); m != nil && m.OpenFallback() {
		// switch surepass.LoginVerdict(code) over a classifier whose
		// unlisted codes take Success's value, which is reported where
		// it maps them (its lookup, if or switch): those codes falling
		// through here are that finding again (mirror.go). The codes
		// it lists with a value the dispatch lets through are its own.
		unlisted := func(code codes.ReturnCode) bool { return !m.Lists(code) }
		missing = slices.DeleteFunc(missing, unlisted)
		listedOpen = slices.DeleteFunc(listedOpen, unlisted)
		if len(missing) == 0 {
			return
		}
		classifierOpen = !m.Lists(codes.Success)
	}
	if h := c.heldOrInit(d); h != nil && c.leavesOut(h, missing) && c.openAtCallee(h) {
		// switch stepup.SessionVerdict(code) over a function returning
		// verdicts[code], reported at that return (zerolookup.go): one
		// bug, reported once, where its fix goes.
		return
	}
	var lookup *ast.AssignStmt
	if held != nil {
		if lookup = c.heldStmt(held); lookup != nil {
			d.kind = "table lookup"
			pos, end = lookup.Pos(), lookup.End()
		}
	}
	diag := analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: category,
		Message:  message(d, missing, listedOpen, d.dflt != nil),
	}
	if pos := c.definition(d.tag, missing[0]); pos.IsValid() {
		diag.Related = []analysis.RelatedInformation{{
			Pos:     pos,
			Message: fmt.Sprintf("%s (%d), the first unhandled code", missing[0], int(missing[0])),
		}}
	}
	diag.Related = append(diag.Related, c.tables(d)...)       // lookup.go
	diag.Related = append(diag.Related, c.helperTables(d)...) // tabled.go
	if d.predOnly {
		d.predTest = c.predChainTest(d) // predchain.go
	}
	fix, ok, why := c.fix(d, reject, listed, len(listedOpen) < len(missing), open)
	if d.predOnly && d.predTest == "" {
		fix, ok, why = analysis.SuggestedFix{}, false, "the chain reads the code only through predicates; end it with an else that rejects"
	}
	if classifierOpen {
		fix, ok, why = analysis.SuggestedFix{}, false, "the classifier gives Success the value of the codes it leaves out, so no value stands for Success alone"
	}
	_, isSwitch := d.stmt.(*ast.SwitchStmt)
	if held != nil && (lookup != nil || isSwitch) && len(listedOpen) < len(missing) && len(open) == 0 {
		c.badPos = false
		listedFix, listedOK := fix, ok && isSwitch && c.keysMissing(held, missing)
		fix, why = c.heldFix(d, reject, held, lookup)
		ok = why == "" && !c.badPos && c.source() != nil
		if ok && listedOK {
			// Codes the table lists whose value the switch leaves to the
			// success path too: the switch's own fix as well (held.go).
			fix.TextEdits = append(fix.TextEdits, listedFix.TextEdits...)
		}
	}
	switch {
	case ok && fixsafe.Parses(c.pass, d.stmt.Pos()):
		diag.SuggestedFixes = []analysis.SuggestedFix{fix}
	case why != "":
		diag.Message += " (no suggested fix: " + why + ")"
	}
	c.pass.Report(diag)
}

// listsAFailure reports whether a clause of d lists a published failure
// code, which a rejecting clause must.
func (c *checker) listsAFailure(d *dispatch) bool {
	for _, cl := range d.clauses {
		for _, code := range cl.codes {
			if code != codes.Success && code.Known() {
				return true
			}
		}
	}
	return false
}

// clauseRejects reports whether cl lists a published failure code all of
// whose paths fail closed or leave away from Success's path.
func (c *checker) clauseRejects(cl *clause, fates map[codes.ReturnCode]fate) bool {
	for _, code := range cl.codes {
		if code == codes.Success || !code.Known() {
			continue
		}
		if f := fates[code]; f != 0 && f&^(fReject|fLeave) == 0 {
			return true
		}
		if f := fates[code]; f&fDecline != 0 && f&^(fReject|fLeave|fDecline|fAccept|fNeutral) == 0 && slices.Contains(c.required, code) {
			// Returns quietly where Success acts: declines it. Only for a
			// security-relevant code: if code == AlreadyEnrolled { return
			// nil } before the action is a success of another kind.
			return true
		}
	}
	return false
}

func (c *checker) listsRequired(cl *clause) bool {
	for _, code := range cl.codes {
		for _, r := range c.required {
			if code == r {
				return true
			}
		}
	}
	return false
}

// shownNames is how many missing codes a message names.
const shownNames = 3

func message(d *dispatch, missing, listedOpen []codes.ReturnCode, viaDefault bool) string {
	noun, verb := "codes", "fall"
	if len(missing) == 1 {
		noun, verb = "code", "falls"
	}
	where := "through unhandled"
	if viaDefault {
		where = "into a default that does not fail closed"
		if _, ok := d.stmt.(*ast.IfStmt); ok {
			where = "into a final else that does not fail closed"
		}
		if len(d.clauses) == 1 && d.clauses[0].keysOnly {
			where = "into the branch for the codes the table leaves out"
		}
	}
	if len(listedOpen) == len(missing) {
		// Only listed codes fail open: their clauses fall into Success's path.
		verb = "are listed but fall"
		if len(missing) == 1 {
			verb = "is listed but falls"
		}
		return fmt.Sprintf("fail-open %s over SurePassID return codes: %d security-relevant %s %s through to the success path (%s)",
			d.kind, len(missing), noun, verb, names(missing))
	}
	msg := fmt.Sprintf("fail-open %s over SurePassID return codes: %d security-relevant %s %s %s (%s)",
		d.kind, len(missing), noun, verb, where, names(missing))
	if len(listedOpen) > 0 {
		msg += "; listed but falling through to the success path: " + names(listedOpen)
	}
	return msg
}

// names lists the first codes of list by name.
func names(list []codes.ReturnCode) string {
	var out []string
	for i, code := range list {
		if i == shownNames && len(list) > shownNames+1 {
			out = append(out, fmt.Sprintf("and %d more", len(list)-shownNames))
			break
		}
		out = append(out, code.String())
	}
	return strings.Join(out, ", ")
}

// definition returns where the code missing is declared, if somewhere in
// the user's own code (see userDeclared) a declaration really is that code:
// a constant of the tag's own type with its value, else an integer constant
// of this package or the code field's package named as the code
// (errPartnerLoginFailed = 9000). Never the tag's type or field, and never
// this linter's codes package, whose constants the message names anyway.
func (c *checker) definition(tag ast.Expr, missing codes.ReturnCode) token.Pos {
	if n := c.namedType(tag); n != nil {
		if k := constantOf(n, missing); k != nil && c.userDeclared(k) {
			return k.Pos()
		}
	}
	pkgs := []*types.Package{c.pass.Pkg}
	if v := c.fieldOf(tag); v != nil && v.Pkg() != nil && v.Pkg() != c.pass.Pkg {
		pkgs = append(pkgs, v.Pkg())
	}
	for _, pkg := range pkgs {
		if k := namedConstant(pkg, missing); k != nil && c.userDeclared(k) {
			return k.Pos()
		}
	}
	return token.NoPos
}

// userDeclared reports whether k is declared in the user's own code, where
// a related location may point: in the module of the package being
// analyzed, and not in this linter's codes package. A constant of another
// module or of the standard library would send the user to a file of the
// module cache or GOROOT, outside the source root of SARIF.
func (c *checker) userDeclared(k *types.Const) bool {
	return k.Pkg() != nil && k.Pkg().Path() != spid.CodesPath && typex.InModule(c.pass, k.Pkg())
}

// namedConstant returns an integer constant of pkg whose value is code and
// whose name ends with the code's published name, case aside.
func namedConstant(pkg *types.Package, code codes.ReturnCode) *types.Const {
	want := strings.ToLower(code.String())
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || !strings.HasSuffix(strings.ToLower(name), want) {
			continue
		}
		if v, ok := spid.CodeOf(k.Val()); ok && v == code {
			return k
		}
	}
	return nil
}

// namedType returns the named type of tag, if any.
func (c *checker) namedType(tag ast.Expr) *types.Named {
	n, _ := types.Unalias(c.pass.TypesInfo.TypeOf(tag)).(*types.Named)
	return n
}

// fieldOf returns the struct field tag selects, directly or through the
// local variable it was initialized from.
func (c *checker) fieldOf(tag ast.Expr) *types.Var {
	if init := c.localInit(tag); init != nil {
		tag = init
	}
	if sel, ok := ast.Unparen(tag).(*ast.SelectorExpr); ok {
		if s, ok := c.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.FieldVal {
			v, _ := s.Obj().(*types.Var)
			return v
		}
	}
	return nil
}

// constantOf returns an exported-or-local constant of type n with the value
// of code, preferring the published name.
func constantOf(n *types.Named, code codes.ReturnCode) *types.Const {
	pkg := n.Obj().Pkg()
	if pkg == nil {
		return nil
	}
	var found *types.Const
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || !types.Identical(k.Type(), n) {
			continue
		}
		if v, ok := spid.CodeOf(k.Val()); !ok || v != code {
			continue
		}
		if want, ok := spid.Lookup(n.Obj().Name(), name); ok && want == code {
			return k
		}
		if found == nil {
			found = k
		}
	}
	return found
}

// tagLink returns cond and the codes that make it true, when cond, a
// later link of a chain or a later case of a tagless switch over tag,
// decides every published code through tag in any of its spellings
// (sameCode): a predicate of the reply reading the field (func (r Reply)
// LockedOut() bool { return r.Result().Locked() }) is a link listing the
// codes it is true for, not a link on something else. Nil otherwise.
func (c *checker) tagLink(cond, tag ast.Expr) ([]ast.Expr, []codes.ReturnCode) {
	s := subject{is: func(e ast.Expr) bool { return c.sameCode(e, tag) }, base: func(ast.Expr) bool { return false }, tag: tag}
	var out []codes.ReturnCode
	for _, code := range published {
		switch c.evalCond(cond, code, s) {
		case triTrue:
			out = append(out, code)
		case triUnknown:
			return nil, nil
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return []ast.Expr{cond}, out
}

// laterTag returns the code the first else if of ifs's chain that
// compares one (or calls a predicate on it) reads; nil if none does.
func (c *checker) laterTag(ifs *ast.IfStmt) ast.Expr {
	for el, ok := ifs.Else.(*ast.IfStmt); ok; el, ok = el.Else.(*ast.IfStmt) {
		if el.Init != nil {
			return nil
		}
		c.inTagless = true
		t, _, _ := c.condition(el.Cond)
		c.inTagless = false
		if t != nil {
			return t
		}
	}
	return nil
}

// sameCode reports whether a and b read the same return code: the same
// expression, or spellings that differ only by integer conversions
// (uint32(X) of the mirror, int(r.Code)), accessors returning the field
// (r.Result() of func (r Reply) Result() ResultCode { return
// ResultCode(r.Code) }) and locals declared with one and written nowhere
// else. A chain reading r.Code in one link and r.Result().Locked() in the
// next is one dispatch.
func (c *checker) sameCode(a, b ast.Expr) bool {
	return sameExpr(a, b) || sameExpr(c.normalCode(a), c.normalCode(b)) || c.sameWrapped(a, b) // wrapped.go
}

// normalCode returns e with conversions, accessors and single-write
// locals peeled off, as far as codeDepth allows (see sameCode).
func (c *checker) normalCode(e ast.Expr) ast.Expr {
	if n, ok := c.normCodes[e]; ok {
		return n
	}
	if c.normCodes == nil {
		c.normCodes = map[ast.Expr]ast.Expr{}
	}
	out := e
	defer func() { c.normCodes[e] = out }()
	for range codeDepth {
		next := c.canonical(c.unconverted(out))
		if sameExpr(next, out) {
			break
		}
		out = next
	}
	return out
}

func sameExpr(a, b ast.Expr) bool {
	return types.ExprString(ast.Unparen(a)) == types.ExprString(ast.Unparen(b))
}
