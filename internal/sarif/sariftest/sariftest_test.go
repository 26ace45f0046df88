package sariftest_test

import (
	"testing"

	"github.com/surepasslint/surepasslint/internal/sarif/sariftest"
)

// failing records failures instead of stopping the test.
type failing struct {
	testing.TB
	failed bool
}

func (f *failing) Helper()               {}
func (f *failing) Fatalf(string, ...any) { f.failed = true }

func TestValidateRejects(t *testing.T) {
	for name, doc := range map[string]string{
		"not json":               `{"version": `,
		"wrong version":          `{"version": "2.0.0", "runs": []}`,
		"result without message": `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "r"}]}]}`,
		"bad uri-reference":      `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "informationUri": "::not a uri"}}}]}`,
	} {
		f := &failing{TB: t}
		sariftest.Validate(f, []byte(doc))
		if !f.failed {
			t.Errorf("%s: accepted %s", name, doc)
		}
	}
}

func TestValidateAccepts(t *testing.T) {
	sariftest.Validate(t, []byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "surepasslint"}}, "results": []}]}`))
}
