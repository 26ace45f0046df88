package rawexposure_test

import "testing"

// TestPDFDocs: letters and exports the member downloads. The text put
// into a PDF (fpdf and its forks, gopdf: the page and the document's
// properties) is reported where the document is handed to the user: at
// the text call, or at the call of a helper writing the letter it is
// given; a CSV writer over the response is the response. A letter in the
// bank's own words, a copy filed to disk (OutputFileAndClose, WritePdf, an
// *os.File given to the helper) and a CSV for the operators stay quiet.
func TestPDFDocs(t *testing.T) {
	checkFixed(t, "rawexposure/pdfdocs/...")
}
