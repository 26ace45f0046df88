// Package ledger keeps a payroll export's jobs and the states the
// dashboard shows for them, as plain text and numbers.
package ledger

// The states a job is in, as the dashboard shows them.
const (
	JobPending   = "pending"
	JobSucceeded = "succeeded"
	JobFailed    = "failed"
	JobRetry     = "retry"
)

// The answers a payout approval records, one block without a shared
// prefix.
const (
	Approved  = "approved"
	Declined  = "declined"
	Escalated = "escalated"
)

// The states of a payout batch: the release is named in the team's own
// words.
const (
	PayoutReleased = "released"
	PayoutHeld     = "held"
	PayoutRejected = "rejected"
)

// Messages the approver's phone shows.
const (
	MsgApproved = "Your payout is on its way."
	MsgDeclined = "That code was not accepted."
)

// Lanes a batch is exported by: routing, no decision.
const (
	LaneBatch   = "batch"
	LaneInstant = "instant"
)
