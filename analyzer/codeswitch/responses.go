package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// This file reads a refusal written as a response value rather than
// through a writer (see "Fails closed" in doc.go): a serverless handler
// returns its HTTP response, and a response with a failure status, built
// in place or kept in a local, refuses as http.Error does:
//
//	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusUnauthorized}, nil
//	resp := events.APIGatewayProxyResponse{StatusCode: 403, Body: msg}; return resp, nil
//	resp.StatusCode = http.StatusTooManyRequests
//
// The team's helper building one from a status argument
// (apigw.Error(http.StatusForbidden, msg)) is a call carrying a status.

// statusFields name the field of a response value holding its HTTP status,
// lower case: StatusCode of the Lambda integrations' responses (API
// Gateway's REST and HTTP APIs, ALB targets, Function URLs), and a team's
// own response type's Status or HTTPStatus.
var statusFields = []string{"statuscode", "status", "httpstatus", "httpstatuscode"}

// failureResponse reports whether e is a response value with a failure
// status: a struct literal, or its address, setting a status field to an
// HTTP status of 400 or more, or a local variable declared with one or
// with a call carrying such a status or of a rejecting helper
// (summary.go) that returns one.
func (c *checker) failureResponse(e ast.Expr) bool {
	e = ast.Unparen(e)
	if star, ok := e.(*ast.StarExpr); ok {
		e = ast.Unparen(star.X) // return *resp, nil
	}
	if t := c.pass.TypesInfo.TypeOf(e); t == nil || !isStruct(typex.Deref(t)) {
		return false // a response is a struct (or points to one)
	}
	if c.localVar(e) != nil {
		init := c.localInit(e)
		if init == nil {
			return false
		}
		e = ast.Unparen(init)
	}
	if call, ok := e.(*ast.CallExpr); ok {
		// resp := apigw.Forbidden(msg), resp := apigw.Error(403, msg)
		failure, has := c.statusOf(call)
		return failure && has || c.rejectingHelper(call)
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if key, ok := kv.Key.(*ast.Ident); ok && c.failureStatusField(key.Name, kv.Value) {
			return true
		}
	}
	return false
}

// failureStatusField reports whether value, given to the field name of a
// response, is an HTTP status of 400 or more.
func (c *checker) failureStatusField(name string, value ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[value]
	if !ok || tv.Value == nil || !isHTTPStatus(c.pass.TypesInfo, value) || !isFailureStatus(tv.Value) {
		return false
	}
	if strings.EqualFold(name, "code") {
		// mvc.Response{Code: iris.StatusUnauthorized}: a field named
		// Code may hold a return code, so only a status constant's
		// name says it is an HTTP status.
		_, literal := ast.Unparen(value).(*ast.BasicLit)
		return !literal
	}
	return slices.Contains(statusFields, strings.ToLower(name))
}

func isStruct(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// quietAnswer reports whether results, nil, constants and at least one
// response value built in place or by a function (a struct with a status
// field: return apigw.Redirect("/checkout?status=declined"), nil), answer
// the request without doing anything on the way out, as a return of nil
// does: where Success acts first (confirms the booking), a required code
// answering so declines the action.
func (c *checker) quietAnswer(results []ast.Expr) bool {
	info := c.pass.TypesInfo
	answers := false
	for _, r := range results {
		if tv, ok := info.Types[r]; ok && (tv.IsNil() || tv.Value != nil) {
			continue
		}
		if !c.isResponse(info.TypeOf(r)) {
			return false
		}
		switch e := ast.Unparen(r).(type) {
		case *ast.CompositeLit:
		case *ast.CallExpr:
			fn, ok := c.callee(e).(*types.Func)
			if !ok || fn.Signature().Recv() != nil {
				return false // a method may act
			}
		default:
			return false
		}
		answers = true
	}
	return answers
}

// isResponse reports whether t is a response value: a struct with an
// integer status field (StatusCode of the Lambda integrations' responses).
func (c *checker) isResponse(t types.Type) bool {
	if t == nil {
		return false
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); slices.Contains(statusFields, strings.ToLower(f.Name())) && isInteger(f.Type()) {
			return true
		}
	}
	return false
}
