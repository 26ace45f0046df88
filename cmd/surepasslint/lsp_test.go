package main_test

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"testing"
)

// TestLSPSubcommand checks the wiring of `surepasslint lsp`: bad arguments are
// usage errors, and the server answers over stdio. The protocol itself is
// tested in package lsp.
func TestLSPSubcommand(t *testing.T) {
	for _, args := range [][]string{{"lsp", "-nosuchflag"}, {"lsp", "./..."}, {"lsp", "-codetypes=NoPackage"}} {
		r := run(t, t.TempDir(), "", args...)
		if r.code != 2 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.Contains(r.stderr, "lsp") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and one line", args, r.code, r.stderr)
		}
	}

	msg := func(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }
	cmd := exec.Command(bin, "lsp")
	cmd.Stdin = strings.NewReader(
		msg(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`) +
			msg(`{"jsonrpc":"2.0","method":"initialized","params":{}}`) +
			msg(`{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}`) +
			msg(`{"jsonrpc":"2.0","method":"exit","params":null}`))
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("surepasslint lsp: %v", err)
	}
	for _, want := range []string{`"id":1`, `"codeActionProvider"`, `"id":2`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("server output lacks %s:\n%s", want, out.String())
		}
	}
}
