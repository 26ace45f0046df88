package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNoCgo keeps the vet tool a static binary. go vet starts it once per
// package, dependencies included (hundreds of processes on a first run), and
// a binary that links runtime/cgo (package net does, for its resolver)
// starts each of them through the dynamic loader: on a 2-core machine that
// was about a millisecond of every run, most of the distance between the
// checks and a no-op analyzer on small packages. Use net/netip, not net.
func TestNoCgo(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p == "runtime/cgo" || p == "net" {
			t.Errorf("the command links %s: every vet tool process would start through the dynamic loader", p)
		}
	}
}
