// Package deploy drives the staged rollout of the edge configuration. Its
// halt reasons are its own numbering, picked long ago in the 9000 range.
package deploy

import "fmt"

// Halt says why a rollout stopped at a stage.
type Halt int

const (
	HaltOK             Halt = 0
	HaltReplayedEvent  Halt = 9002 // an event of an older push was delivered again
	HaltLockHeld       Halt = 9015
	HaltDatabaseError  Halt = 9010
	HaltErrorBudgetHit Halt = 9051 // a published value under a name of the rollout's own
)

// Proceed reports whether the next stage may start.
func Proceed(h Halt) bool {
	switch h {
	case HaltErrorBudgetHit, HaltLockHeld:
		return false
	}
	return true
}

// Describe is shown on the release dashboard.
func Describe(h Halt, stage string) string {
	return fmt.Sprintf("stage %s halted (%d)", stage, int(h))
}
