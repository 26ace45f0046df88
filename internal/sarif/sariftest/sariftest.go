// Package sariftest validates SARIF output against the official SARIF 2.1.0
// JSON schema, the copy committed at testdata/sarif/sarif-schema-2.1.0.json.
// Only tests import it.
package sariftest

import (
	"bytes"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var (
	once   sync.Once
	schema *jsonschema.Schema
	err    error
)

// SchemaPath is the committed copy of the schema.
func SchemaPath() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata", "sarif", "sarif-schema-2.1.0.json")
}

// Validate fails t unless data is a SARIF 2.1.0 log valid under the schema,
// with its "format" keywords (uri, uri-reference, ...) asserted too.
func Validate(t testing.TB, data []byte) {
	t.Helper()
	once.Do(func() {
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		schema, err = c.Compile(SchemaPath())
	})
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	inst, uerr := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if uerr != nil {
		t.Fatalf("SARIF output is not JSON: %v", uerr)
	}
	if verr := schema.Validate(inst); verr != nil {
		t.Fatalf("SARIF output is invalid under the 2.1.0 schema: %v", verr)
	}
}
