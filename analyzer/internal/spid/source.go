package spid

import (
	"bytes"
	"io"
	"os"
	"sync"

	"github.com/surepasslint/surepasslint/codes"
)

// MaySignal reports whether the package at path, named name, with the Go
// files at paths files, may have a SurePassID signal of its own or declare a
// return-code type (see the package documentation), decided from the raw
// bytes of its files without parsing them. It is a necessary condition:
// false means that Analyzer, run on the parsed package, finds neither a
// signal of the package's own nor a return-code type (it may still find a
// signal by the package's imports, which callers decide from the import
// graph). Drivers use it to decide which dependencies are worth analyzing
// from source; a file that cannot be read counts as a possible signal.
//
// Every test in ownSignal and findCodeTypes must have its counterpart
// here: the path, the name and configured names as such; a request tag, an
// endpoint mark or a published code name as text anywhere in a file.
func MaySignal(path, name string, files []string) bool {
	if containsFold(path, "surepass") || containsFold(name, "surepass") ||
		codeTypes.inPackage(path) || codeFields.inPackage(path) || messageFields.inPackage(path) {
		return true
	}
	var named codeNameTally
	bufp := buffers.Get().(*[]byte)
	defer buffers.Put(bufp)
	for _, f := range files {
		src, err := readFile(f, (*bufp)[:0])
		*bufp = src[:0]
		if err != nil {
			return true
		}
		for _, t := range requestTags {
			if bytes.Contains(src, []byte(t)) {
				return true
			}
		}
		if containsFoldAny(src, endpointMarks) {
			return true
		}
		if named.scan(src) {
			return true
		}
	}
	return false
}

// buffers holds the buffers files are read into: a run reads every file
// of every dependency that might matter, and must not leave it all to the
// garbage collector.
var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// readFile reads the file at name into buf, grown as needed.
func readFile(name string, buf []byte) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return buf, err
	}
	defer f.Close()
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// containsFoldAny reports whether src contains one of marks (lower-case
// ASCII) regardless of ASCII case, lower-casing src a chunk at a time
// into a small buffer (the marks are ASCII; containsFold's
// strings.ToLower agrees with this on them).
func containsFoldAny(src []byte, marks []string) bool {
	longest := 0
	for _, m := range marks {
		longest = max(longest, len(m))
	}
	var chunk [8 << 10]byte
	for start := 0; start < len(src); {
		end := min(start+len(chunk), len(src))
		lower := chunk[:end-start]
		for i, c := range src[start:end] {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
		}
		for _, m := range marks {
			if bytes.Contains(lower, []byte(m)) {
				return true
			}
		}
		if end == len(src) {
			break
		}
		start = end - (longest - 1) // a mark across two chunks is in the next
	}
	return false
}

// codeNameTally counts the published code names found in a package's text.
// findCodeTypes needs two constants named after published codes (possibly
// behind the type's name, as in CodeOTPInvalid), one of them a failure:
// the text must then hold two distinct published names ending an
// identifier, one not Success.
type codeNameTally struct {
	seen     map[string]bool
	failures int
}

// scan adds the published names in src and reports whether the tally now
// allows a return-code type.
func (t *codeNameTally) scan(src []byte) bool {
	for i := 0; i+1 < len(src); i++ {
		if !codeNameFirst[src[i]] {
			continue
		}
		k := uint16(src[i])<<8 | uint16(src[i+1])
		if codeNamePrefix[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, n := range codeNamesByPrefix[k] {
			// The constant is named n or TypeName+n: n ends the identifier.
			end := i + len(n)
			if !bytes.HasPrefix(src[i:], []byte(n)) || end < len(src) && isIdentByte(src[end]) || t.seen[n] {
				continue
			}
			if t.seen == nil {
				t.seen = map[string]bool{}
			}
			t.seen[n] = true
			if n != codes.Success.String() {
				t.failures++
			}
		}
		if len(t.seen) >= 2 && t.failures >= 1 {
			return true
		}
	}
	return false
}

func isIdentByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// The published code names by their first two bytes, a bit set of those
// pairs and the set of first bytes, so that scan looks up few positions.
var (
	codeNamesByPrefix = map[uint16][]string{}
	codeNamePrefix    [65536 / 64]uint64
	codeNameFirst     [256]bool
)

func init() {
	for _, c := range codes.All() {
		n := c.String()
		if len(n) < 2 {
			continue
		}
		k := uint16(n[0])<<8 | uint16(n[1])
		codeNamesByPrefix[k] = append(codeNamesByPrefix[k], n)
		codeNamePrefix[k/64] |= 1 << (k % 64)
		codeNameFirst[n[0]] = true
	}
}
