// Package careportal shows notices in the patient portal's message centre.
package careportal

import "context"

// Notice is a message-centre entry.
type Notice struct {
	Headline string
	Text     string
}

// Notifier posts notices to a patient's message centre.
type Notifier interface {
	Notify(ctx context.Context, patientID int64, n Notice) error
}
