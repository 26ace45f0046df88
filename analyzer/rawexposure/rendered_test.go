package rawexposure_test

import "testing"

// TestRenderedPages: pages rendered from a template into a buffer that a
// helper then writes to the response (buf.WriteTo(w), w.Write(buf.Bytes()),
// io.Copy(w, &buf), io.WriteString(w, sb.String())); a page rendered into
// a file or the log is no response.
func TestRenderedPages(t *testing.T) {
	checkFixed(t, "rawexposure/rendered/...")
}

// TestUnsentFields: a raw value kept only in unexported fields no method
// reads is not written by templates and encoders (directly, in a slice, a
// map or another struct's field, through a render helper); %+v, a method
// exposing the field and an exported field still show it.
func TestUnsentFields(t *testing.T) {
	checkFixed(t, "rawexposure/unsent/...")
}
