// Package ui shows pages; its own ErrorCode/ErrorMessage view model is not
// SurePassID's.
package ui

type View struct {
	ErrorCode    int
	ErrorMessage string
}

func Render(v View) string {
	title := map[string]string{"title": "Sign in", "help": "Ask support"}
	return title["title"] + v.ErrorMessage
}
