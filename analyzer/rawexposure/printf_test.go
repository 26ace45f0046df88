package rawexposure

import "testing"

// TestDirectives checks the format parser the printf-safe fixes rely on:
// which argument each verb formats, and how a verb is respelled as %s.
func TestDirectives(t *testing.T) {
	for _, c := range []struct {
		format string
		want   string // verb:arg=respelled, ...
	}{
		{"error %d", "d:0=%s"},
		{"%s: error %d", "s:0=%s d:1=%s"},
		{"100%% %5d", "d:0=%5s"},
		{"%#x %-8.3d", "x:0=%s d:1=%-8s"},
		{"%[2]d %[1]s %d", "d:1=%[2]s s:0=%[1]s d:1=%s"},
		{"%*d", "d:1=%*s"},
		{"no directive", ""},
	} {
		dirs, ok := directives(c.format)
		if !ok {
			t.Errorf("%q: not parsed", c.format)
			continue
		}
		got := ""
		for _, d := range dirs {
			if got != "" {
				got += " "
			}
			got += string(d.verb) + ":" + string(rune('0'+d.arg)) + "=" + d.asString()
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.format, got, c.want)
		}
	}
	for _, bad := range []string{"trailing %", "%[x]d", "%[0]d"} {
		if _, ok := directives(bad); ok {
			t.Errorf("%q parsed, want a refusal", bad)
		}
	}
}
