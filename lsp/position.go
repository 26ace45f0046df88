package lsp

import (
	"bytes"
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"unicode/utf8"
)

// utf16Len returns the number of UTF-16 code units that encode b.
// An invalid byte counts as one unit, as its replacement character would.
func utf16Len(b []byte) uint32 {
	var n uint32
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		b = b[size:]
	}
	return n
}

// positionOf converts a byte offset in content to an LSP position.
// Offsets outside content are clamped to it.
func positionOf(content []byte, offset int) Position {
	offset = max(0, min(offset, len(content)))
	before := content[:offset]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return Position{
		Line:      uint32(bytes.Count(before, []byte{'\n'})),
		Character: utf16Len(before[lineStart:]),
	}
}

// offsetOf converts an LSP position in content to a byte offset. As the
// protocol asks, a character beyond the end of its line means the end of
// the line, and a line beyond the end of content means the end of content.
// A character inside a surrogate pair means the start of the pair.
func offsetOf(content []byte, p Position) int {
	start := 0
	for range p.Line {
		i := bytes.IndexByte(content[start:], '\n')
		if i < 0 {
			return len(content)
		}
		start += i + 1
	}
	line := content[start:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimSuffix(line, []byte{'\r'})
	off, units := 0, uint32(0)
	for off < len(line) {
		r, size := utf8.DecodeRune(line[off:])
		w := uint32(1)
		if r >= 0x10000 {
			w = 2
		}
		if units+w > p.Character {
			break // at the character, or inside a surrogate pair: its start
		}
		units += w
		off += size
	}
	return start + off
}

// rangeOf converts the byte span [start, end) of content to an LSP range.
func rangeOf(content []byte, start, end int) Range {
	return Range{Start: positionOf(content, start), End: positionOf(content, end)}
}

// applyChange applies one didChange event to text.
func applyChange(text []byte, c TextDocumentContentChangeEvent) []byte {
	if c.Range == nil {
		return []byte(c.Text)
	}
	start, end := offsetOf(text, c.Range.Start), offsetOf(text, c.Range.End)
	if end < start {
		start, end = end, start
	}
	out := make([]byte, 0, len(text)-(end-start)+len(c.Text))
	out = append(out, text[:start]...)
	out = append(out, c.Text...)
	return append(out, text[end:]...)
}

// uriToPath returns the file name of a file:// URI.
func uriToPath(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", fmt.Errorf("bad document URI %q: %w", uri, err)
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("unsupported document URI %q: only file:// URIs are analyzed", uri)
	}
	p := u.Path
	if runtime.GOOS == "windows" && len(p) >= 3 && p[0] == '/' && p[2] == ':' {
		p = p[1:] // file:///C:/x -> C:/x
	}
	return filepath.Clean(filepath.FromSlash(p)), nil
}

// pathToURI returns the file:// URI of an absolute file name.
func pathToURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
