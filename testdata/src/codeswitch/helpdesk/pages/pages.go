// Package pages holds the desk's templ components (written by hand here,
// with the signatures templ generates).
package pages

import (
	"context"
	"io"

	"github.com/a-h/templ"
)

// Outcome shows whether an agent action went through.
func Outcome(ok bool, detail string) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		if ok {
			_, err := io.WriteString(w, "<p class=ok>Done.</p>")
			return err
		}
		_, err := io.WriteString(w, "<p class=fail>"+templ.EscapeString(detail)+"</p>")
		return err
	})
}

// Toast shows a note; dismissible toasts get a close button.
func Toast(dismissible bool, text string) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		_, err := io.WriteString(w, "<div class=toast>"+templ.EscapeString(text)+"</div>")
		return err
	})
}

// Verdict is the JSON the desk's console polls.
type Verdict struct {
	Verified bool   `json:"verified"`
	Note     string `json:"note,omitempty"`
}

// NewVerdict builds a Verdict.
func NewVerdict(verified bool, note string) Verdict {
	return Verdict{Verified: verified, Note: note}
}
