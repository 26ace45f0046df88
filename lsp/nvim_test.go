package lsp

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// A real client: Neovim's built-in LSP client, headless, attaches the
// server (as "surepasslint lsp" runs it) to a file of testdata/shop, reads
// back the diagnostics, and applies the first quick fix; the result
// compiles. The Lua side is scripts/nvim-lsp-check.lua.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not on PATH; install Neovim 0.7+ (Debian: apt-get install -y neovim) to test with a real editor")
	}
	var want []string
	for _, a := range checks() {
		if _, ok := shopFindings[a.Name]; ok {
			want = append(want, a.Name)
		}
	}
	if len(want) == 0 {
		t.Skip("no check of testdata/shop is in all.Analyzers() yet")
	}
	script, err := filepath.Abs(filepath.Join("..", "scripts", "nvim-lsp-check.lua"))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	server := filepath.Join(tmp, "surepasslint-lsp")
	if out, err := exec.Command("go", "build", "-o", server, "./internal/testserver").CombinedOutput(); err != nil {
		t.Fatalf("building the server: %v\n%s", err, out)
	}
	dir := module(t, "shop")
	name := filepath.Join(dir, "web", "otp.go")
	result := filepath.Join(tmp, "result.json")

	cmd := exec.Command(nvim, "--headless", "--clean", "-n", "-c", "luafile "+script, name)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SUREPASSLINT_LSP="+server, "NVIM_CHECK_OUT="+result)
	out, runErr := cmd.CombinedOutput()
	var got struct {
		Error       string
		Diagnostics []struct {
			Lnum, Col, Severity int
			Code, Source, Href  string
			Message             string
		}
		Actions []struct{ Title, Kind string }
		Text    string
	}
	data, err := os.ReadFile(result)
	if err == nil {
		err = json.Unmarshal(data, &got)
	}
	if runErr != nil || err != nil || got.Error != "" {
		t.Fatalf("nvim: %v; result: %v %s\n%s", runErr, err, got.Error, out)
	}

	var codes []string
	for _, d := range got.Diagnostics {
		codes = append(codes, d.Code)
		if line, ok := shopFindings[d.Code]; !ok || d.Lnum != int(line) || d.Severity != SeverityWarning ||
			d.Source != "surepasslint" || d.Href == "" {
			t.Errorf("Neovim shows %+v", d)
		}
	}
	slices.Sort(codes)
	slices.Sort(want)
	if !slices.Equal(codes, want) {
		t.Errorf("Neovim shows findings of %v, want %v", codes, want)
	}
	if len(got.Actions) == 0 || got.Actions[0].Kind != CodeActionKindQuickFix {
		t.Fatalf("Neovim got code actions %+v", got.Actions)
	}
	writeFile(t, name, got.Text)
	typeCheck(t, dir)
}
