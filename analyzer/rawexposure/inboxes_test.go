package rawexposure_test

import "testing"

// TestInboxes: the module's own in-app messaging (a mailbox store, a
// message centre, a push outbox) names its recipient as a field of the
// message (GamerID, MemberIDs) or as a parameter (patientID): its text
// fields are sinks. A staff channel's alert and an audit trail's item
// carrying the same text are not.
func TestInboxes(t *testing.T) {
	checkFixed(t, "rawexposure/inboxes/...")
}
