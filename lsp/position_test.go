package lsp

import (
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestPositionConversion(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit; "🔐" is 4 bytes and 2 units.
	const text = "package p\n\nvar s = \"é🔐x\" // ok\r\nvar t = 1\n"
	for _, tc := range []struct {
		offset int
		pos    Position
	}{
		{0, Position{0, 0}},
		{9, Position{0, 9}},         // end of line 0
		{10, Position{1, 0}},        // the empty line
		{20, Position{2, 9}},        // é
		{22, Position{2, 10}},       // 🔐, after a 2-byte é
		{26, Position{2, 12}},       // x, after a 2-unit emoji
		{len(text), Position{4, 0}}, // end of text
	} {
		if got := positionOf([]byte(text), tc.offset); got != tc.pos {
			t.Errorf("positionOf(%d) = %+v, want %+v", tc.offset, got, tc.pos)
		}
		if got := offsetOf([]byte(text), tc.pos); got != tc.offset {
			t.Errorf("offsetOf(%+v) = %d, want %d", tc.pos, got, tc.offset)
		}
	}
	// Out of range, both ways, clamps instead of failing.
	for _, tc := range []struct {
		pos    Position
		offset int
	}{
		{Position{2, 99}, 34},        // past the end of a CRLF line: before \r
		{Position{0, 99}, 9},         // past the end of a line
		{Position{99, 0}, len(text)}, // past the last line
		{Position{2, 11}, 22},        // inside the emoji's surrogate pair: its start
	} {
		if got := offsetOf([]byte(text), tc.pos); got != tc.offset {
			t.Errorf("offsetOf(%+v) = %d, want %d", tc.pos, got, tc.offset)
		}
	}
	if got := positionOf([]byte(text), -1); got != (Position{0, 0}) {
		t.Errorf("positionOf(-1) = %+v", got)
	}
	if got := positionOf([]byte(text), 1000); got != (Position{4, 0}) {
		t.Errorf("positionOf(1000) = %+v", got)
	}
}

func TestApplyChange(t *testing.T) {
	const text = "a🔐b\nline two\n"
	for _, tc := range []struct {
		change TextDocumentContentChangeEvent
		want   string
	}{
		{TextDocumentContentChangeEvent{Text: "new"}, "new"},
		{TextDocumentContentChangeEvent{Range: &Range{Position{0, 3}, Position{0, 4}}, Text: "B"}, "a🔐B\nline two\n"},
		{TextDocumentContentChangeEvent{Range: &Range{Position{0, 1}, Position{1, 4}}, Text: ""}, "a two\n"},
		{TextDocumentContentChangeEvent{Range: &Range{Position{2, 0}, Position{2, 0}}, Text: "end\n"}, text + "end\n"},
	} {
		if got := string(applyChange([]byte(text), tc.change)); got != tc.want {
			t.Errorf("applyChange(%+v) = %q, want %q", tc.change, got, tc.want)
		}
	}
}

func TestURIs(t *testing.T) {
	for _, path := range []string{"/home/dev/shop/web/otp.go", "/home/dev/my shop/é.go"} {
		uri := pathToURI(path)
		got, err := uriToPath(uri)
		if err != nil || got != path {
			t.Errorf("uriToPath(pathToURI(%q) = %q) = %q, %v", path, uri, got, err)
		}
	}
	if got := pathToURI("/home/dev/my shop/x.go"); got != "file:///home/dev/my%20shop/x.go" {
		t.Errorf("pathToURI escapes to %q", got)
	}
	for _, bad := range []string{"untitled:Untitled-1", "https://example.com/x.go", "file://%zz"} {
		if _, err := uriToPath(bad); err == nil {
			t.Errorf("uriToPath(%q) accepted it", bad)
		}
	}
}

func TestDocURL(t *testing.T) {
	if got := DocURL(&analysis.Analyzer{Name: "codeswitch"}); got != "https://github.com/surepasslint/surepasslint#codeswitch" {
		t.Errorf("DocURL without URL = %q", got)
	}
	if got := DocURL(&analysis.Analyzer{Name: "x", URL: "https://example.com/x"}); got != "https://example.com/x" {
		t.Errorf("DocURL with URL = %q", got)
	}
}

func TestCodeActionFilters(t *testing.T) {
	diag := Range{Position{3, 4}, Position{3, 9}}
	for _, tc := range []struct {
		r    Range
		want bool
	}{
		{Range{Position{3, 4}, Position{3, 4}}, true}, // cursor at the start
		{Range{Position{3, 9}, Position{3, 9}}, true}, // cursor at the end
		{Range{Position{0, 0}, Position{9, 0}}, true}, // a selection around it
		{Range{Position{3, 10}, Position{3, 12}}, false},
		{Range{Position{2, 0}, Position{3, 3}}, false},
	} {
		if got := overlaps(diag, tc.r); got != tc.want {
			t.Errorf("overlaps(%+v) = %v, want %v", tc.r, got, tc.want)
		}
	}
	for _, tc := range []struct {
		only []string
		want bool
	}{
		{[]string{"quickfix"}, true},
		{[]string{"source.organizeImports", "quickfix"}, true},
		{[]string{""}, true},
		{[]string{"refactor"}, false},
		{[]string{"source.fixAll"}, false},
	} {
		if got := wantsQuickFix(tc.only); got != tc.want {
			t.Errorf("wantsQuickFix(%q) = %v, want %v", tc.only, got, tc.want)
		}
	}
}
