package sarif

import "github.com/surepasslint/surepasslint/internal/suppress"

// meta is what a check's rule carries beyond its documentation.
type meta struct {
	name     string   // rule name: a PascalCase identifier
	level    string   // default SARIF level: error, warning or note
	severity string   // GitHub security-severity, 0.0 to 10.0
	tags     []string // "security" makes GitHub rank by severity
}

// rules is the rule metadata of each check. A check missing here gets
// fallback: it still works, it is just ranked as a medium security alert.
var rules = map[string]meta{
	"codeswitch": {
		name:     "FailOpenReturnCodeSwitch",
		level:    "error",
		severity: "8.1", // CVSS-like: an authentication bypass
		tags:     []string{"security", "correctness", "external/cwe/cwe-636", "external/cwe/cwe-287"},
	},
	"rawexposure": {
		name:     "RawSurePassIDErrorExposure",
		level:    "warning",
		severity: "5.3", // information exposure: account and OTP state
		tags:     []string{"security", "external/cwe/cwe-209", "external/cwe/cwe-204"},
	},
	suppress.Category: {
		name:  "LintIgnoreDirective",
		level: "note",
		tags:  []string{"maintainability"},
	},
}

var fallback = meta{level: "warning", severity: "5.0", tags: []string{"security"}}

func metaOf(rule string) meta {
	if m, ok := rules[rule]; ok {
		return m
	}
	m := fallback
	m.name = rule
	return m
}
