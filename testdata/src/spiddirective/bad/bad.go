// Package bad holds directives that cannot mean anything; each is reported
// once, at the directive.
package bad // want "relevant package"

import "net/http"

//surepasslint:codetyp // want `rawexposure: unknown surepasslint directive "codetyp": want one of codefield, codetype, ignore, messagefield, require, sink`
type Code int

//surepasslint:codetype
type Result int

//surepasslint:codetype strict // want `//surepasslint:codetype takes no argument, got "strict"`
type Status int

//surepasslint:codetype // want `//surepasslint:codetype on Label, a string type: SurePassID return codes are integers \(type Label int\)`
type Label string

//surepasslint:codetype // want `//surepasslint:codetype on alias Num: put it on the named type the alias stands for`
type Num = int

// surepasslint:codetype is prose, not a directive (a space after //).
type Prose int

//surepasslint:sink 1 // want `//surepasslint:sink does not apply to type Handler: write it in the doc comment of a function, a method or an interface method`
type Handler struct {
	Code    int    //surepasslint:codefield
	Message string //surepasslint:messagefield
	Count   string //surepasslint:codefield // want `//surepasslint:codefield on Count, a string field: a SurePassID return code is an integer`
	Level   int    //surepasslint:messagefield // want `//surepasslint:messagefield on Level, a int field: the SurePassID errorMessage is a string`
	//surepasslint:codetype // want `//surepasslint:codetype does not apply to a struct field: write it in the doc or line comment of a package-level named integer type \(type Code int\)`
	Other int
	//surepasslint:messagefield // want `//surepasslint:messagefield on an embedded field: put it on the field of the embedded struct`
	http.Header
}

//surepasslint:codefield // want `//surepasslint:codefield does not apply to function show: write it in the doc or line comment of an integer field of a package-level struct type`
func show(w http.ResponseWriter, msg string) {}

//surepasslint:sink // want `rawexposure: bad //surepasslint:sink on flash: want the index of the argument that reaches the user, as in //surepasslint:sink 1`
func flash(w http.ResponseWriter, msg string) {}

//surepasslint:sink 2 // want `bad //surepasslint:sink on banner: argument 2 does not exist: the function has 2 parameter\(s\)`
func banner(w http.ResponseWriter, msg string) {}

//surepasslint:sink one // want `bad //surepasslint:sink on toast: "one" is not an argument index`
func toast(w http.ResponseWriter, msg string) {}

//surepasslint:sink 0... 1 // want `bad //surepasslint:sink on dialog: "0..." must come last`
func dialog(title, msg string) {}

//surepasslint:sink 0 1
func modal(title, msg string) {}

//surepasslint:codetype // want `//surepasslint:codetype does not apply to a var: write it in the doc or line comment of a package-level named integer type`
var current int

func local() {
	//surepasslint:codetype // want `//surepasslint:codetype is not on a declaration it applies to: write it in the doc or line comment of a package-level named integer type`
	type inner int
	_ = inner(0)
}

func use(c Code, r Result, s Status, h Handler) {
	_ = c
	_ = r // want "role code"
	_ = s
	_ = h.Code    // want "role code"
	_ = h.Message // want "role message"
	_ = h.Count
	_ = h.Level
	modal("x", h.Message) // want "sink 0,1" "role message"
}
