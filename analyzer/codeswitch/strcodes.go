package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/types"
	"sync"
	"weak"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"

	"github.com/surepasslint/surepasslint/codes"
)

// A code held as a string (Code string `json:"errorCode"`) is compared
// with the team's integer constants formatted in place as well as with
// string literals ("9003"):
//
//	if r.Code == strconv.Itoa(spcodes.ErrOTPInvalid) || r.Code == fmt.Sprint(spcodes.ErrBogusOTP) {
//
// A call of strconv.Itoa, strconv.FormatInt (base 10)
// or fmt.Sprint of one integer constant stands for the constant's
// decimal text, as the literal would.

// formatters are the functions whose call formats their first argument,
// an integer, as its decimal text, with the number of arguments they take.
var formatters = map[string]int{
	"strconv.Itoa":       1,
	"strconv.FormatInt":  2,
	"strconv.FormatUint": 2,
	"fmt.Sprint":         1,
}

// constValue returns e's constant value, or the decimal text of an
// integer constant a formatter call formats (see formatters).
func (c *checker) constValue(e ast.Expr) constant.Value {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return tv.Value
	}
	if v, ok := c.synthVals[e]; ok {
		return v // a key or value of another package's table (outnames.go)
	}
	if arg := c.formatted(e); arg != nil {
		return constant.MakeString(info.Types[arg].Value.ExactString())
	}
	if code, ok := c.namedCode(e); ok {
		return constant.MakeInt64(int64(code))
	}
	return nil
}

// A team that loads the codes by name (from an embedded codes.json, a
// map of the published names) looks each one up where it compares:
//
//	case surepass.OTPInvalid, surepass.Code("BogusOTP"):
//
// A call of a function or method with one argument, a string constant
// that is a published name as published, returning an integer, stands for
// that code; so does such a name's index into a map of integers
// (surepass.Codes["SSOPolicyNoDailyAccess"]).

// namedCode returns the code e names, when e is such a lookup: a call, or
// an index of a map from names to integers (surepass.Codes["BogusOTP"]).
func (c *checker) namedCode(e ast.Expr) (codes.ReturnCode, bool) {
	info := c.pass.TypesInfo
	var key ast.Expr
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn, _ := c.callee(x).(*types.Func)
		if fn == nil || len(x.Args) != 1 {
			return 0, false
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil || sig.Results().Len() != 1 || !isInteger(sig.Results().At(0).Type()) {
			return 0, false
		}
		key = x.Args[0]
	case *ast.IndexExpr:
		m, ok := types.Unalias(info.TypeOf(x.X)).Underlying().(*types.Map)
		if !ok || !isInteger(m.Elem()) {
			return 0, false
		}
		key = x.Index
	default:
		return 0, false
	}
	tv, ok := info.Types[key]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return 0, false
	}
	return codes.Lookup(constant.StringVal(tv.Value))
}

// formatted returns the integer constant e formats, when e is a call of
// a formatter (strconv.Itoa(spcodes.ErrOTPInvalid)); else nil.
func (c *checker) formatted(e ast.Expr) ast.Expr {
	info := c.pass.TypesInfo
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return nil
	}
	fn, _ := c.callee(call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	n, ok := formatters[fn.Pkg().Path()+"."+fn.Name()]
	if !ok || len(call.Args) != n {
		return nil
	}
	if n == 2 {
		base, ok := info.Types[call.Args[1]]
		if !ok || base.Value == nil || base.Value.ExactString() != "10" {
			return nil
		}
	}
	arg := ast.Unparen(call.Args[0])
	if conv, ok := arg.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := info.Types[conv.Fun]; ok && tv.IsType() {
			arg = ast.Unparen(conv.Args[0]) // strconv.FormatInt(int64(K), 10)
		}
	}
	if tv, ok := info.Types[arg]; !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return nil
	}
	return arg
}

// unformatted returns exprs with every formatter call replaced by the
// constant it formats, for the checks that read constants by their names.
func (c *checker) unformatted(exprs []ast.Expr) []ast.Expr {
	out := make([]ast.Expr, len(exprs))
	for i, e := range exprs {
		out[i] = e
		if arg := c.formatted(e); arg != nil {
			out[i] = arg
		}
	}
	return out
}

// namedCodes reports whether exprs look up at least two distinct failure
// codes by their published names (namedCode): the value they are compared
// with is a return code.
func (c *checker) namedCodes(exprs []ast.Expr) bool {
	seen := map[codes.ReturnCode]bool{}
	for _, e := range exprs {
		if code, ok := c.namedCode(e); ok && code != codes.Success {
			seen[code] = true
		}
	}
	return len(seen) >= 2
}

// A team keeping the codes as their decimal text declares them in a
// package of constants of its own, with its predicates over them, and
// nothing else that says SurePassID:
//
//	const (
//		CodeSuccess    = "0"
//		CodeOTPInvalid = "9003"
//		...
//	)
//
//	func IsLockout(code string) bool {
//		switch code {
//		case CodeMaxFailedOTPRequestsExceeded, CodeMaxLoginPartnerAttempts:
//			return true
//		}
//		return false
//	}
//
// Such a package is summarized (its predicates become facts), and its
// constants name codes wherever they are compared, when its string
// constants mirror the published enum: at least minTextCodes of them
// carry a published name in any convention (spid.Lookup: CodeOTPInvalid,
// OTP_INVALID) with that code's text, one a failure, and none a published
// name with another text. Another vendor's text codes of the same values
// (an MDM's StatusDiskUnencrypted = "9001") name none of them.

// minTextCodes is the number of string constants with a published name
// and its code's text that make a package one of the codes' text.
const minTextCodes = 2

// declaresTextCodes reports whether pkg declares at package level string
// constants mirroring the published enum as text (see minTextCodes).
func declaresTextCodes(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	scope := pkg.Scope()
	match, failure := 0, false
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || k.Val().Kind() != constant.String {
			continue
		}
		code, ok := spid.CodeOf(k.Val())
		if !ok || !code.Known() {
			continue
		}
		want, named := spid.Lookup("", name)
		if !named {
			continue
		}
		if want != code {
			return false // a published name with another code's text
		}
		match++
		failure = failure || code != codes.Success
	}
	return match >= minTextCodes && failure
}

// usesTextCodes reports whether pass's package, or a package it imports
// outside the standard library, declares the codes as text (see
// declaresTextCodes): a package deciding on them (a policy's deny table
// keyed by authcodes.CodeOTPInvalid) may hold no other SurePassID signal.
func usesTextCodes(pass *analysis.Pass) bool {
	if pass.Pkg == nil || inGoroot(pass) {
		return false
	}
	if textCodesPkg(pass.Pkg) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if !typex.StdPkg(imp) && textCodesPkg(imp) {
			return true
		}
	}
	return false
}

// textCodeConsts reports whether exprs, the constants a value is compared
// with, are all constants of a package of the codes' text (see
// declaresTextCodes) spelling published codes, one of them a failure:
// switch code { case authcodes.CodeRecoveryExpiredToken: ... } over a
// code the client hands back as text, whatever its constants are named.
func (c *checker) textCodeConsts(exprs []ast.Expr) bool {
	info := c.pass.TypesInfo
	failure := false
	for _, e := range exprs {
		id := typex.NameIdent(e)
		if id == nil {
			return false
		}
		k, ok := info.Uses[id].(*types.Const)
		if !ok || k.Val().Kind() != constant.String || !textCodesPkg(k.Pkg()) {
			return false
		}
		code, ok := spid.CodeOf(k.Val())
		if !ok || !code.Known() {
			return false
		}
		failure = failure || code != codes.Success
	}
	return failure
}

// textCodesPkgs remembers declaresTextCodes for every package it was asked
// about (each pass asks about all its imports), weakly: a package gopls no
// longer holds is not kept alive by its entry.
var textCodesPkgs sync.Map // weak.Pointer[types.Package] -> bool

func textCodesPkg(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	key := weak.Make(pkg)
	if v, ok := textCodesPkgs.Load(key); ok {
		return v.(bool)
	}
	ok := declaresTextCodes(pkg)
	textCodesPkgs.Store(key, ok)
	return ok
}
