package rawexposure_test

import "testing"

// TestLocalized: a raw errorMessage given as a message catalog's data
// (go-i18n's TemplateData, x/text's Printer) is in the localized text;
// fixed texts and the localizer's own error are not.
func TestLocalized(t *testing.T) {
	checkFixed(t, "rawexposure/localized/...")
}
