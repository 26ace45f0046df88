// Package graphql is a test stub of github.com/graphql-go/graphql (v0.8.1):
// the declarations the tests use, with the real signatures (ResolveInfo's
// fields of package language/ast are left out). The executor sends a
// resolver's returned error as errors[].message, gqlerrors.FormatError's
// err.Error(), and its returned value as the field's data.
package graphql

import (
	"context"

	"github.com/graphql-go/graphql/gqlerrors"
)

// Type is any GraphQL type.
type Type interface {
	Name() string
	Description() string
	String() string
	Error() error
}

// Input is a type usable for arguments.
type Input interface {
	Name() string
	Description() string
	String() string
	Error() error
}

// Output is a type usable for fields.
type Output interface {
	Name() string
	Description() string
	String() string
	Error() error
}

// Composite is a type with fields.
type Composite interface {
	Name() string
	Description() string
	String() string
	Error() error
}

// Scalar is a scalar type.
type Scalar struct{ name string }

func (st *Scalar) Name() string        { return st.name }
func (st *Scalar) Description() string { return "" }
func (st *Scalar) String() string      { return st.name }
func (st *Scalar) Error() error        { return nil }

// String and Boolean are built-in scalars.
var (
	String  = &Scalar{name: "String"}
	Boolean = &Scalar{name: "Boolean"}
	Int     = &Scalar{name: "Int"}
)

// ResolveInfo is the execution state a resolver sees.
type ResolveInfo struct {
	FieldName      string
	ReturnType     Output
	ParentType     Composite
	Schema         Schema
	RootValue      interface{}
	VariableValues map[string]interface{}
}

// ResolveParams are a resolver's parameters.
type ResolveParams struct {
	Source  interface{}
	Args    map[string]interface{}
	Info    ResolveInfo
	Context context.Context
}

// FieldResolveFn resolves a field.
type FieldResolveFn func(p ResolveParams) (interface{}, error)

// Fields are an object's fields.
type Fields map[string]*Field

// Field is a field's configuration.
type Field struct {
	Name              string              `json:"name"`
	Type              Output              `json:"type"`
	Args              FieldConfigArgument `json:"args"`
	Resolve           FieldResolveFn      `json:"-"`
	Subscribe         FieldResolveFn      `json:"-"`
	DeprecationReason string              `json:"deprecationReason"`
	Description       string              `json:"description"`
}

// FieldConfigArgument are a field's arguments.
type FieldConfigArgument map[string]*ArgumentConfig

// ArgumentConfig is an argument's configuration.
type ArgumentConfig struct {
	Type         Input       `json:"type"`
	DefaultValue interface{} `json:"defaultValue"`
	Description  string      `json:"description"`
}

// IsTypeOfParams are the parameters of an IsTypeOfFn.
type IsTypeOfParams struct {
	Value   interface{}
	Info    ResolveInfo
	Context context.Context
}

// IsTypeOfFn tells an object type its values.
type IsTypeOfFn func(p IsTypeOfParams) bool

// ObjectConfig configures an object type.
type ObjectConfig struct {
	Name        string      `json:"name"`
	Interfaces  interface{} `json:"interfaces"`
	Fields      interface{} `json:"fields"`
	IsTypeOf    IsTypeOfFn  `json:"isTypeOf"`
	Description string      `json:"description"`
}

// Object is an object type.
type Object struct {
	PrivateName        string `json:"name"`
	PrivateDescription string `json:"description"`
	IsTypeOf           IsTypeOfFn
	typeConfig         ObjectConfig
}

func NewObject(config ObjectConfig) *Object {
	return &Object{PrivateName: config.Name, typeConfig: config}
}

func (gt *Object) AddFieldConfig(fieldName string, fieldConfig *Field) {}
func (gt *Object) Name() string                                        { return gt.PrivateName }
func (gt *Object) Description() string                                 { return gt.PrivateDescription }
func (gt *Object) String() string                                      { return gt.PrivateName }
func (gt *Object) Error() error                                        { return nil }

// List and NonNull wrap a type.
type List struct{ OfType Type }
type NonNull struct{ OfType Type }

func NewList(ofType Type) *List       { return &List{OfType: ofType} }
func NewNonNull(ofType Type) *NonNull { return &NonNull{OfType: ofType} }

func (gl *List) Name() string           { return "" }
func (gl *List) Description() string    { return "" }
func (gl *List) String() string         { return "" }
func (gl *List) Error() error           { return nil }
func (gl *NonNull) Name() string        { return "" }
func (gl *NonNull) Description() string { return "" }
func (gl *NonNull) String() string      { return "" }
func (gl *NonNull) Error() error        { return nil }

// SchemaConfig configures a schema.
type SchemaConfig struct {
	Query        *Object
	Mutation     *Object
	Subscription *Object
	Types        []Type
}

// Schema is a schema.
type Schema struct{ queryType *Object }

func NewSchema(config SchemaConfig) (Schema, error) { return Schema{queryType: config.Query}, nil }

// Params are a request's parameters.
type Params struct {
	Schema         Schema
	RequestString  string
	RootObject     map[string]interface{}
	VariableValues map[string]interface{}
	OperationName  string
	Context        context.Context
}

// Result is a response: data and errors, encoded by the caller.
type Result struct {
	Data       interface{}                `json:"data"`
	Errors     []gqlerrors.FormattedError `json:"errors,omitempty"`
	Extensions map[string]interface{}     `json:"extensions,omitempty"`
}

func (r *Result) HasErrors() bool { return len(r.Errors) > 0 }

// Do executes a request.
func Do(p Params) *Result { return &Result{} }
