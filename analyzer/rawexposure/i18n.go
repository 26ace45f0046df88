package rawexposure

import (
	"go/ast"
	"go/types"
)

// Localized text. A message catalog formats its message with the data it
// is given (go-i18n's LocalizeConfig{TemplateData: map[string]any{"Reason":
// msg}}, x/text's p.Sprintf("otp.rejected: %s", msg)), so the text it
// returns carries that data: a raw errorMessage put in the template data
// reaches whatever shows the localized string. Only the text result
// carries it; Localize's error (a missing message) says nothing of the
// data.
var localizers = map[string]bool{
	"github.com/nicksnyder/go-i18n/v2/i18n.Localizer.Localize":        true,
	"github.com/nicksnyder/go-i18n/v2/i18n.Localizer.MustLocalize":    true,
	"github.com/nicksnyder/go-i18n/v2/i18n.Localizer.LocalizeMessage": true,
	"github.com/nicksnyder/go-i18n/v2/i18n.Localizer.LocalizeWithTag": true,
	"golang.org/x/text/message.Printer.Sprintf":                       true,
	"golang.org/x/text/message.Printer.Sprint":                        true,
	"golang.org/x/text/message.Printer.Sprintln":                      true,
	"github.com/leonelquinteros/gotext.Get":                           true,
	"github.com/leonelquinteros/gotext.Locale.Get":                    true,
	"github.com/leonelquinteros/gotext.Po.Get":                        true,
	"github.com/kataras/i18n.I18n.Tr":                                 true,
}

// localizedResults is what a localizer's call returns: its first (text)
// result carries every argument (the config, the message, the values to
// format); the others nothing.
func (fs *fstate) localizedResults(call *ast.CallExpr, sig *types.Signature) []taint {
	results := make([]taint, sig.Results().Len())
	if len(results) == 0 {
		return results
	}
	t := taint{}
	for _, a := range call.Args {
		t = join(t, fs.eval(a))
	}
	results[0] = fit(t, sig.Results().At(0).Type())
	return results
}
