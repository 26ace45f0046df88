// Package buildgate decides whether a build may be promoted. Its verdict
// numbers come from the CI system's plugin API, whatever else uses them.
package buildgate

import "fmt"

// Verdict is the CI plugin's reason a build is held.
type Verdict int

const (
	VerdictOK            Verdict = 0
	VerdictTokenReused   Verdict = 9002 // the deploy token was reused by another job
	VerdictCacheLocked   Verdict = 9015
	VerdictDatabaseError Verdict = 9010
	VerdictFlakyTest     Verdict = 9051
)

// Promote holds a build only for flaky tests and a locked cache: the other
// verdicts are notes.
func Promote(v Verdict) bool {
	switch v {
	case VerdictFlakyTest, VerdictCacheLocked:
		return false
	}
	return true
}

// Summary is posted on the pull request.
func Summary(v Verdict) string {
	return fmt.Sprintf("build held (%d)", int(v))
}
