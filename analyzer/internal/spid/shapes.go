package spid

import (
	"go/types"
	"reflect"
	"strings"
)

// The wire names of the response fields, normalized by normName: the JSON
// names (errorCode, errorMessage), the WCF names (ErrorCode, ErrorMsg) and
// the short forms consumers give their own fields (ErrCode, ErrMsg).
var (
	codeNames    = map[string]bool{"errorcode": true, "errcode": true}
	messageNames = map[string]bool{"errormessage": true, "errormsg": true, "errmsg": true, "errmessage": true}
)

// normName folds a field or tag name for comparison: lower case, without
// underscores or hyphens (errorCode, ErrorCode, error_code, Error_Code and
// ERROR-CODE are one name).
func normName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c == '-':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// nameTags are the struct tag keys whose first element names a field on
// the wire or in a decoded map: encoding/json's, and those of the decoders
// consumers put between the body and their struct (mapstructure from a
// map[string]any, yaml, toml, bson, msgpack, cbor, codec; form, query, url
// and schema of the binders that fill a struct from form values, a
// callback's query string among them).
var nameTags = []string{"json", "mapstructure", "yaml", "toml", "bson", "msgpack", "cbor", "codec", "form", "query", "url", "schema"}

// wireNames returns the names field f of a struct with tag tag is known by
// on the wire: the name of its json tag (or of another decoder's, see
// nameTags), of its xml tag (the last element of a path, a namespace or
// prefix aside) and the json= name of its protobuf tag; its Go name when
// no tag names it.
func wireNames(f *types.Var, tag string) []string {
	var names []string
	st := reflect.StructTag(tag)
	for _, key := range nameTags {
		if j, _, _ := strings.Cut(st.Get(key), ","); j != "" && j != "-" {
			names = append(names, j)
		}
	}
	if x, _, _ := strings.Cut(st.Get("xml"), ","); x != "" && x != "-" {
		if i := strings.LastIndexByte(x, ' '); i >= 0 {
			x = x[i+1:] // "namespace name"
		}
		if i := strings.LastIndexByte(x, '>'); i >= 0 {
			x = x[i+1:] // "ValidateOTPResult>ErrorCode": the element the path ends at
		}
		if i := strings.LastIndexByte(x, ':'); i >= 0 {
			x = x[i+1:] // "a:ErrorCode", a SOAP prefix written into the tag
		}
		names = append(names, x)
	}
	for _, part := range strings.Split(st.Get("protobuf"), ",") {
		if j, ok := strings.CutPrefix(part, "json="); ok && j != "" {
			names = append(names, j)
		}
	}
	if len(names) == 0 {
		names = append(names, f.Name())
	}
	return names
}

// namedAs reports whether one of names, normalized, is in set.
func namedAs(names []string, set map[string]bool) bool {
	for _, n := range names {
		if set[normName(n)] {
			return true
		}
	}
	return false
}

// deref strips one pointer: *int32, the protobuf proto2 shape, is an int32.
func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// isCodeShape reports whether a field of type t can hold a return code: any
// integer or float type, a string holding the number (json.Number among
// them), or a pointer to one.
func isCodeShape(t types.Type) bool {
	b, ok := deref(t).Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsFloat|types.IsString) != 0
}

// isMessageShape reports whether a field of type t can hold the message: a
// string or a pointer to one.
func isMessageShape(t types.Type) bool {
	return isString(deref(t))
}

// isRawMember reports whether a field of type t holds a member of the
// answer undecoded, for a second stage (json.RawMessage): it has the role
// of the member its name names, and so has what it is decoded into.
func isRawMember(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "encoding/json" && n.Obj().Name() == "RawMessage"
}
