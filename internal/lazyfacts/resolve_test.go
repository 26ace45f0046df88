package lazyfacts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A package's signal and imports are read once, then kept in the user's
// cache: for good in the module cache, until its files change elsewhere.
func TestPersistentCacheOfModuleCachePackages(t *testing.T) {
	tmp := t.TempDir()
	modCache := filepath.Join(tmp, "modcache")
	t.Setenv("GOMODCACHE", modCache)
	t.Setenv("XDG_CACHE_HOME", filepath.Join(tmp, "cache"))
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "")
	write(t, filepath.Join(modCache, "example.com", "sdk@v1.0.0", "go.mod"), "module example.com/sdk\n")
	write(t, filepath.Join(modCache, "example.com", "sdk@v1.0.0", "client", "client.go"), "package client\n\nimport \"example.com/sdk/wire\"\n\nvar _ wire.Req\n")
	write(t, filepath.Join(modCache, "example.com", "sdk@v1.0.0", "wire", "wire.go"), "package wire\n\n// Req is signalled.\ntype Req struct{ SIGNAL int }\n")
	main := filepath.Join(tmp, "main")
	write(t, filepath.Join(main, "go.mod"), "module example.com/main\n\ngo 1.26\n\nrequire example.com/sdk v1.0.0\n")
	write(t, filepath.Join(main, "app", "app.go"), "package app\n\nimport \"example.com/sdk/client\"\n\nvar _ = client.X\n")

	var asked []string
	opts := Options{
		Dir: main,
		Signal: func(path, _ string, files []string) bool {
			asked = append(asked, path)
			for _, f := range files {
				if b, err := os.ReadFile(f); err != nil || strings.Contains(string(b), "SIGNAL") {
					return true
				}
			}
			return false
		},
		CacheKey: func() string { return "test" },
	}
	for run := 0; run < 3; run++ {
		if run == 2 {
			write(t, filepath.Join(main, "app", "more.go"), "package app\n")
		}
		asked = nil
		l := newLocal(opts)
		if run == 2 {
			// Another main module requiring another version of the SDK,
			// whose client has no signal: not the first one's entry.
			write(t, filepath.Join(modCache, "example.com", "sdk@v1.1.0", "go.mod"), "module example.com/sdk\n")
			write(t, filepath.Join(modCache, "example.com", "sdk@v1.1.0", "client", "client.go"), "package client\n")
			other := filepath.Join(tmp, "other")
			write(t, filepath.Join(other, "go.mod"), "module example.com/other\n\ngo 1.26\n\nrequire example.com/sdk v1.1.0\n")
			o := opts
			o.Dir = other
			if c, k := newLocal(o).carry("example.com/sdk/client"); c || !k {
				t.Errorf("sdk v1.1.0 client: carry %v known %v, want false, true", c, k)
			}
		}
		for _, p := range []string{"example.com/main/app", "example.com/sdk/client", "example.com/sdk/wire"} {
			if c, k := l.carry(p); !c || !k {
				t.Fatalf("run %d: %s: carry %v known %v, want both", run, p, c, k)
			}
		}
		want := map[int]string{
			0: "[example.com/main/app example.com/sdk/client example.com/sdk/wire]",
			1: "[]",                                            // everything from the cache
			2: "[example.com/sdk/client example.com/main/app]", // v1.1.0's client; app has a new file
		}[run]
		if got := "[" + strings.Join(asked, " ") + "]"; got != want {
			t.Errorf("run %d: Signal asked about %s, want %s", run, got, want)
		}
	}
}
