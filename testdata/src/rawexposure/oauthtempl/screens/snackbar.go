package screens

import (
	"context"
	"fmt"
	"io"

	"github.com/a-h/templ"
)

// Snackbar is the htmx fragment swapped in after an action, written by
// hand.
func Snackbar(tone, text string) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		_, err := fmt.Fprintf(w, `<div class="snack %s">%s</div>`, templ.EscapeString(tone), templ.EscapeString(text))
		return err
	})
}
