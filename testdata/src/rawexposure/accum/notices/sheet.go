// Package notices renders the plain-text notices the portal mails and
// shows. A sheet collects lines and renders them once.
package notices

import (
	"fmt"
	"sort"
	"strings"
)

type sheet struct {
	title  string
	lines  []string
	fields map[string]string
}

func (s *sheet) printf(format string, args ...any) {
	s.lines = append(s.lines, fmt.Sprintf(format, args...))
}

func (s *sheet) setTitle(t string) { s.title = t }

func (s *sheet) field(k, v string) {
	if s.fields == nil {
		s.fields = map[string]string{}
	}
	s.fields[k] = v
}

func (s *sheet) text() string {
	var b strings.Builder
	b.WriteString(strings.ToUpper(s.title) + "\n\n")
	for _, l := range s.lines {
		b.WriteString(l + "\n")
	}
	keys := make([]string, 0, len(s.fields))
	for k := range s.fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s: %s\n", k, s.fields[k])
	}
	return b.String()
}

func (s *sheet) bytes() []byte { return []byte(s.text()) }
