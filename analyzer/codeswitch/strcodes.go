package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/types"
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
	return nil
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
