package main

import (
	"strings"
	"testing"
)

func TestFactOptions(t *testing.T) {
	for _, tc := range []struct {
		args         string
		patterns     string
		roots, tests bool
	}{
		{"./...", "./...", true, true},
		{"-test=false ./a ./b", "./a ./b", true, false},
		{"--test=0 ./...", "./...", true, false},
		{"-test ./...", "./...", true, true},
		{"-test=true -json ./...", "./...", true, true},
		{"-debug=s ./...", "./...", false, true},
		{"-debug=f ./...", "./...", true, true},
		{"-json", "", false, true},
	} {
		o := factOptions(strings.Fields(tc.args))
		if got := strings.Join(o.Patterns, " "); got != tc.patterns || o.Roots != tc.roots || o.Tests != tc.tests {
			t.Errorf("%q: patterns %q roots %v tests %v, want %q %v %v", tc.args, got, o.Roots, o.Tests, tc.patterns, tc.roots, tc.tests)
		}
		if o.Signal == nil || o.CacheKey == nil {
			t.Errorf("%q: no signal test or cache key", tc.args)
		}
	}
}
