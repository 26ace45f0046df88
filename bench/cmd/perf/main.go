// Command perf measures surepasslint against a no-op analyzer in the same
// driver. It builds the binaries, runs them alternately -n times on each
// target and mode, and prints the median wall time, CPU time and peak RSS of
// each binary and their ratios to the baseline (the first binary, -base).
//
// surepasslint's standalone command is a front end to go vet: it runs
// go vet -vettool=<itself> -json <patterns> and renders the JSON. The same
// driver running the no-op is go vet -vettool=<noop> -json <patterns>, so:
//
//   - standalone: surepasslint <patterns> against go vet -vettool=<noop>
//     -json <patterns> (every other binary, -extra ones included, also runs
//     as go vet -vettool=<binary> -json). Each run gets a fresh GOCACHE (see
//     below): the first run after a new binary, every vet result and fact
//     computed, nothing compiled.
//   - warm: the same commands, each binary on a cache it has already run on
//     (the second run of the same binary): every vet result is a cache hit,
//     what is left is the go command's and the rendering's own cost.
//   - vet: go vet -vettool=<binary> <patterns> for every binary, surepasslint
//     included as a plain vet tool; fresh GOCACHE per run.
//   - golangci: a golangci-lint binary with the plugin
//     (scripts/build-golangci.sh) running its default linters with and
//     without surepasslint.
//
// Targets: std (a standard-library subset), demo (testdata/demo), and real
// modules with no SurePassID code, taken from the Go module proxy at pinned
// versions and unpacked outside the repository (see modules), each also as
// NAME-vendor (a copy with go mod vendor, run with -mod=vendor) and
// NAME-work (a copy used by a go.work in the directory above it, GOWORK set
// to that file).
//
// Run it from the repository root:
//
//	go run ./bench/cmd/perf
//	go run ./bench/cmd/perf -n 3 -targets demo -modes standalone,warm -extra ./bench/factnoop
//	go run ./bench/cmd/perf -n 3 -targets gin -modes golangci
//
// Peak RSS is the rusage maximum resident set of the process tree's largest
// single process (the go command, one vet tool process, or surepasslint
// itself). CPU is user+system time of the whole tree.
//
// Fresh GOCACHE: go vet caches each package's vet result and facts under a
// key made of the tool's -V=full build ID, so a second run of the same tool
// does no vet work. Each fresh-cache run therefore gets a hard-linked copy of
// a cache warmed once per target by go vet with a third tool binary (a
// differently linked noop), itself started as a hard-linked copy of the
// user's GOCACHE (-seedcache). The copy holds every compiled dependency but
// no vet result of the measured tools (every binary is linked with a build ID
// of its own), so each tool does its full vet work (including the facts runs
// over the standard library and every dependency) every time, and none pays
// for compiling.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
)

var (
	n       = flag.Int("n", 5, "runs per binary, target and mode")
	lint    = flag.String("lint", "./cmd/surepasslint", "package of the linter under test")
	base    = flag.String("base", "./bench/noop", "package of the baseline")
	extra   = flag.String("extra", "", "comma-separated packages of further binaries to measure against the baseline (e.g. ./bench/factnoop,./bench/spidonly)")
	targets = flag.String("targets", "std,demo,xtools,gin", "comma-separated targets: std, demo, the real modules "+moduleNames()+", and NAME-vendor or NAME-work of each module")
	modes   = flag.String("modes", "standalone,vet", "comma-separated modes: standalone (fresh cache: the first run of a new binary), warm (the second run: vet results cached), vet, golangci (the -golangci binary with and without surepasslint)")
	stdPats = flag.String("std", "net/... crypto/... encoding/...", "patterns of the std target")
	demoDir = flag.String("demo", "testdata/demo", "module directory of the demo target (patterns ./...)")
	keep    = flag.Bool("v", false, "print every run")
	seed    = flag.Bool("seedcache", true, "start the warm go vet cache as a hard-linked copy of $(go env GOCACHE), so that warming it compiles only what that cache lacks")
	gcl     = flag.String("golangci", "bin/custom-gcl", "golangci-lint binary with the surepasslint plugin compiled in (scripts/build-golangci.sh), for -modes golangci")
	modDir  = flag.String("moddir", "", "where the real modules are unpacked (default: surepasslint-perf in the user cache directory); reused across runs")
)

// module is a real module with no SurePassID code in it, taken from the Go
// module proxy at a pinned version, so that every run measures the same
// code. Nothing of it is committed: it is unpacked outside the repository.
type module struct {
	name, path, version string
	patterns            []string
}

var modules = []module{
	{"xtools", "golang.org/x/tools", "v0.52.0", []string{"./go/..."}},
	{"gin", "github.com/gin-gonic/gin", "v1.12.0", []string{"./..."}},
	// An authentication-heavy service: identity, sessions, OIDC, WebAuthn,
	// TOTP; 116 packages, many with external test packages.
	{"kratos", "github.com/ory/kratos", "v1.3.1", []string{"./..."}},
}

func moduleNames() string {
	var names []string
	for _, m := range modules {
		names = append(names, fmt.Sprintf("%s (%s@%s %s)", m.name, m.path, m.version, strings.Join(m.patterns, " ")))
	}
	return strings.Join(names, ", ")
}

// moduleEnv is the environment of every command run in a real module: no
// go.work of the caller's, go.mod and go.sum completed as needed, no
// toolchain download. The variants replace it: vendorEnv for NAME-vendor,
// workEnv for NAME-work.
var moduleEnv = []string{"GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local"}

var vendorEnv = []string{"GOWORK=off", "GOFLAGS=-mod=vendor", "GOTOOLCHAIN=local"}

func workEnv(gowork string) []string {
	// -mod=mod is not allowed in workspace mode.
	return []string{"GOWORK=" + gowork, "GOFLAGS=-mod=readonly", "GOTOOLCHAIN=local"}
}

type target struct {
	name, dir string
	patterns  []string
	env       []string
	warm      string // its warmed go vet cache, made on first use
}

type sample struct {
	wall, cpu time.Duration
	rssKB     int64
}

func main() {
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "perf:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "surepasslint-perf-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	pkgs := []string{*base, *lint}
	for _, p := range strings.Split(*extra, ",") {
		if p = strings.TrimSpace(p); p != "" {
			pkgs = append(pkgs, p)
		}
	}
	bins := make([]string, len(pkgs))
	for i, p := range pkgs {
		bins[i] = filepath.Join(tmp, fmt.Sprintf("%d-%s", i, filepath.Base(p)))
		// A build ID of this run's own makes each tool's go vet ID new, so
		// no cached vet result of an earlier build can be hit.
		buildID := fmt.Sprintf("-ldflags=-buildid=surepasslint-perf-%d-%d", time.Now().UnixNano(), i)
		if err := goCmd(root, nil, "build", buildID, "-o", bins[i], p); err != nil {
			return err
		}
	}
	warmTool := filepath.Join(tmp, "warmtool")
	if err := goCmd(root, nil, "build", "-ldflags=-buildid=surepasslint-perf-warm", "-o", warmTool, *base); err != nil {
		return err
	}
	// standaloneCmd is binary k's command in the standalone and warm modes:
	// the linter runs itself (it runs go vet -vettool=<itself> -json), every
	// other binary runs in the same driver, go vet -json.
	standaloneCmd := func(k int, patterns []string) (string, []string) {
		if pkgs[k] == *lint {
			return bins[k], patterns
		}
		return "go", append([]string{"vet", "-vettool=" + bins[k], "-json"}, patterns...)
	}

	fmt.Printf("# %s, %s, %d CPUs, %d runs each, median; load average %s\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"), goVersion(), runtime.NumCPU(), *n, loadavg())
	defer func() { fmt.Printf("# load average at the end %s\n", loadavg()) }()
	fmt.Printf("%-13s %-10s %-22s %9s %9s %9s %7s %7s %7s\n", "target", "mode", "binary", "wall", "cpu", "peakRSS", "wall/x", "cpu/x", "rss/x")
	for _, tn := range strings.Split(*targets, ",") {
		t, err := resolve(root, strings.TrimSpace(tn))
		if err != nil {
			return err
		}
		for _, mode := range strings.Split(*modes, ",") {
			mode = strings.TrimSpace(mode)
			var runOne func(k int) (sample, error)
			names := pkgs // what is compared, in the output and the runs
			switch mode {
			case "standalone", "vet":
				if err := warmCache(tmp, warmTool, &t); err != nil {
					return err
				}
				runOne = func(k int) (sample, error) {
					cache := filepath.Join(tmp, "gocache-run")
					os.RemoveAll(cache)
					if err := linkTree(t.warm, cache); err != nil {
						return sample{}, err
					}
					defer os.RemoveAll(cache)
					env := append([]string{"GOCACHE=" + cache}, t.env...)
					if mode == "vet" {
						return measure(t.dir, env, "go", append([]string{"vet", "-vettool=" + bins[k]}, t.patterns...)...)
					}
					name, args := standaloneCmd(k, t.patterns)
					return measure(t.dir, env, name, args...)
				}
			case "warm":
				if err := warmCache(tmp, warmTool, &t); err != nil {
					return err
				}
				// Each binary gets a cache of its own and runs on it once
				// (not measured): every later run is the second run of that
				// binary, all its vet results cached.
				caches := make([]string, len(bins))
				for k := range bins {
					caches[k] = filepath.Join(tmp, fmt.Sprintf("gocache-%s-%d", t.name, k))
					os.RemoveAll(caches[k])
					if err := linkTree(t.warm, caches[k]); err != nil {
						return err
					}
					defer os.RemoveAll(caches[k])
					name, args := standaloneCmd(k, t.patterns)
					if _, err := measure(t.dir, append([]string{"GOCACHE=" + caches[k]}, t.env...), name, args...); err != nil {
						return fmt.Errorf("%s warm: first run of %s: %w", t.name, names[k], err)
					}
				}
				runOne = func(k int) (sample, error) {
					name, args := standaloneCmd(k, t.patterns)
					return measure(t.dir, append([]string{"GOCACHE=" + caches[k]}, t.env...), name, args...)
				}
			case "golangci":
				if t.name == "std" {
					continue // golangci-lint lints a module, not the standard library
				}
				var err error
				names, runOne, err = golangciRuns(tmp, t)
				if err != nil {
					return err
				}
			default:
				return fmt.Errorf("unknown mode %q (want standalone, warm, vet or golangci)", mode)
			}
			// One unmeasured run first: the go command compiles what is
			// missing from the build cache (export data of every test
			// variant, for a cold cache) once, not in the first sample, and
			// the file system's caches hold the sources.
			if _, err := runOne(0); err != nil {
				return fmt.Errorf("%s %s warm-up: %w", t.name, mode, err)
			}
			samples := make([][]sample, len(names))
			for i := 0; i < *n; i++ {
				for j := range names {
					k := (i + j) % len(names) // rotate the order: no binary always runs first
					s, err := runOne(k)
					if err != nil {
						return fmt.Errorf("%s %s %s: %w", t.name, mode, names[k], err)
					}
					if *keep {
						fmt.Fprintf(os.Stderr, "%s %s %s: %v %v %d MB\n", t.name, mode, names[k], s.wall.Round(time.Millisecond), s.cpu.Round(time.Millisecond), s.rssKB/1024)
					}
					samples[k] = append(samples[k], s)
				}
			}
			if *n < 1 {
				continue // -n 0: the warm-up run only (to prepare a target)
			}
			b := median(samples[0])
			for k, ss := range samples {
				m := median(ss)
				fmt.Printf("%-13s %-10s %-22s %8.2fs %8.2fs %6d MB %6.2fx %6.2fx %6.2fx\n", t.name, mode, names[k],
					m.wall.Seconds(), m.cpu.Seconds(), m.rssKB/1024,
					m.wall.Seconds()/b.wall.Seconds(), m.cpu.Seconds()/b.cpu.Seconds(), float64(m.rssKB)/float64(b.rssKB))
			}
		}
	}
	return nil
}

// resolve returns the target named name: std, demo, a module of modules, or
// its -vendor or -work variant.
func resolve(root, name string) (target, error) {
	switch name {
	case "std":
		return target{name: "std", dir: root, patterns: strings.Fields(*stdPats)}, nil
	case "demo":
		return target{name: "demo", dir: filepath.Join(root, *demoDir), patterns: []string{"./..."}}, nil
	}
	modName, variant, _ := strings.Cut(name, "-")
	for _, m := range modules {
		if m.name != modName {
			continue
		}
		dir, err := unpack(m)
		if err != nil {
			return target{}, err
		}
		switch variant {
		case "":
			return target{name: name, dir: dir, patterns: m.patterns, env: moduleEnv}, nil
		case "vendor":
			vdir, err := vendored(m, dir)
			return target{name: name, dir: vdir, patterns: m.patterns, env: vendorEnv}, err
		case "work":
			mdir, gowork, err := workspace(m, dir)
			return target{name: name, dir: mdir, patterns: m.patterns, env: workEnv(gowork)}, err
		}
	}
	return target{}, fmt.Errorf("unknown target %q (want std, demo, or one of %s, optionally with -vendor or -work)", name, moduleNames())
}

// warmCache makes t's warm go vet cache once: the user's build cache
// hard-linked (-seedcache), then go vet with the third tool over t, which
// compiles every dependency and test variant it lacks.
func warmCache(tmp, warmTool string, t *target) error {
	if t.warm != "" {
		return nil
	}
	warm := filepath.Join(tmp, "gocache-warm-"+t.name)
	if *seed {
		if err := seedCache(warm); err != nil {
			return err
		}
	}
	if err := goCmd(t.dir, append([]string{"GOCACHE=" + warm}, t.env...), append([]string{"vet", "-vettool=" + warmTool}, t.patterns...)...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return err
		}
	}
	t.warm = warm
	return nil
}

// golangciConfig is the golangci-lint configuration of the golangci mode:
// the default (standard) linters, and surepasslint as a module plugin,
// enabled or not.
const golangciConfig = `version: "2"
run:
  timeout: 60m
linters:
  default: standard
%s
  settings:
    custom:
      surepasslint:
        type: module
        description: SurePassID fail-open switches and raw error exposure
`

// golangciRuns returns the golangci mode's two runs of the same binary:
// its default linters, and the same plus surepasslint. Each run gets an
// empty golangci-lint cache (GOLANGCI_LINT_CACHE), so both lint every
// package; the go build cache is shared and warm.
func golangciRuns(tmp string, t target) (names []string, run func(k int) (sample, error), err error) {
	bin, err := filepath.Abs(*gcl)
	if err != nil {
		return nil, nil, err
	}
	if _, err := os.Stat(bin); err != nil {
		return nil, nil, fmt.Errorf("-modes golangci needs the binary %s (scripts/build-golangci.sh %s): %w", *gcl, *gcl, err)
	}
	var configs []string
	for i, enable := range []string{"", "  enable: [surepasslint]"} {
		cfg := filepath.Join(tmp, fmt.Sprintf("golangci-%d.yml", i))
		if err := os.WriteFile(cfg, fmt.Appendf(nil, golangciConfig, enable), 0o644); err != nil {
			return nil, nil, err
		}
		configs = append(configs, cfg)
	}
	names = []string{"golangci-lint default", "golangci-lint +surepasslint"}
	run = func(k int) (sample, error) {
		cfg := configs[k]
		cache := filepath.Join(tmp, "golangci-cache")
		os.RemoveAll(cache)
		defer os.RemoveAll(cache)
		args := append([]string{"run", "-c", cfg, "--issues-exit-code=0", "--output.text.path=" + os.DevNull}, t.patterns...)
		return measure(t.dir, append([]string{"GOLANGCI_LINT_CACHE=" + cache}, t.env...), bin, args...)
	}
	return names, run, nil
}

// unpack returns the directory of a writable copy of module m, made once:
// go mod download of the pinned version from the module proxy, a copy of
// the module cache's read-only directory, local replace directives whose
// directory is not in the module zip (a nested module) dropped so that the
// required version is used, and the dependencies downloaded.
func unpack(m module) (string, error) {
	dir, err := moduleDir(m, "")
	if err != nil {
		return "", err
	}
	done := filepath.Join(dir, readyFile)
	if _, err := os.Stat(done); err == nil {
		return dir, nil
	}
	fmt.Fprintf(os.Stderr, "perf: unpacking %s@%s into %s\n", m.path, m.version, dir)
	tmp := filepath.Join(os.TempDir(), "surepasslint-perf-download")
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return "", err
	}
	cmd := exec.Command("go", "mod", "download", "-json", m.path+"@"+m.version)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), moduleEnv...)
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s@%s: %w\n%s", m.path, m.version, err, out)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: no directory (%v %s)", m.path, m.version, err, info.Error)
	}
	os.RemoveAll(dir)
	if err := copyTree(info.Dir, dir); err != nil {
		return "", err
	}
	// Local replacements of nested modules, which the module zip lacks.
	cmd = exec.Command("go", "mod", "edit", "-json")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), moduleEnv...)
	out, err = cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod edit -json in %s: %w", dir, err)
	}
	var mod struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		return "", err
	}
	for _, r := range mod.Replace {
		if r.New.Version == "" && (strings.HasPrefix(r.New.Path, "./") || strings.HasPrefix(r.New.Path, "../")) {
			if _, err := os.Stat(filepath.Join(dir, r.New.Path)); err != nil {
				if err := goCmd(dir, moduleEnv, "mod", "edit", "-dropreplace="+r.Old.Path); err != nil {
					return "", err
				}
			}
		}
	}
	if err := goCmd(dir, moduleEnv, "mod", "download"); err != nil {
		return "", err
	}
	return dir, os.WriteFile(done, nil, 0o644)
}

// readyFile marks a directory of moduleDir as complete.
const readyFile = ".surepasslint-perf-ready"

// moduleDir is where module m (suffix "") or a variant of it is made.
func moduleDir(m module, suffix string) (string, error) {
	base := *modDir
	if base == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		base = filepath.Join(cache, "surepasslint-perf")
	}
	return filepath.Join(base, strings.ReplaceAll(m.path, "/", "_")+"@"+m.version+suffix), nil
}

// vendored returns the directory of a copy of the unpacked module src with
// its dependencies vendored (go mod vendor), made once.
func vendored(m module, src string) (string, error) {
	dir, err := moduleDir(m, "-vendor")
	if err != nil {
		return "", err
	}
	done := filepath.Join(dir, readyFile)
	if _, err := os.Stat(done); err == nil {
		return dir, nil
	}
	fmt.Fprintf(os.Stderr, "perf: vendoring a copy of %s@%s in %s\n", m.path, m.version, dir)
	os.RemoveAll(dir)
	if err := copyTree(src, dir); err != nil {
		return "", err
	}
	if err := goCmd(dir, moduleEnv, "mod", "vendor"); err != nil {
		return "", err
	}
	return dir, os.WriteFile(done, nil, 0o644)
}

// workspace returns the directory of a copy of the unpacked module src,
// mod/ under a directory whose go.work uses it, and that go.work; made once.
func workspace(m module, src string) (dir, gowork string, err error) {
	ws, err := moduleDir(m, "-work")
	if err != nil {
		return "", "", err
	}
	dir, gowork = filepath.Join(ws, "mod"), filepath.Join(ws, "go.work")
	done := filepath.Join(ws, readyFile)
	if _, err := os.Stat(done); err == nil {
		return dir, gowork, nil
	}
	fmt.Fprintf(os.Stderr, "perf: making a go.work using a copy of %s@%s in %s\n", m.path, m.version, ws)
	os.RemoveAll(ws)
	if err := copyTree(src, dir); err != nil {
		return "", "", err
	}
	if err := goCmd(ws, []string{"GOWORK=" + gowork, "GOFLAGS=", "GOTOOLCHAIN=local"}, "work", "init", "./mod"); err != nil {
		return "", "", err
	}
	return dir, gowork, os.WriteFile(done, nil, 0o644)
}

// copyTree copies the tree src to dst, writable, but for a readyFile.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if !d.Type().IsRegular() || d.Name() == readyFile {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, b, 0o644)
	})
}

// measure runs one command and returns its wall time, CPU time and peak RSS.
// Exit status 3 (diagnostics reported) counts as success; the demo has
// findings. go vet reports them with exit status 1, which is accepted only
// when the output carries no panic.
func measure(dir string, env []string, name string, args ...string) (sample, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		return sample{}, err
	}
	if err != nil {
		code := cmd.ProcessState.ExitCode()
		if strings.Contains(out.String(), "panic:") || (code != 3 && code != 1) {
			return sample{}, fmt.Errorf("%w\n%s", err, tail(out.String()))
		}
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return sample{wall: wall, cpu: cpu, rssKB: ru.Maxrss}, nil
}

func median(ss []sample) sample {
	pick := func(f func(sample) int64) int64 {
		v := make([]int64, len(ss))
		for i, s := range ss {
			v[i] = f(s)
		}
		sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
		return v[len(v)/2]
	}
	return sample{
		wall:  time.Duration(pick(func(s sample) int64 { return int64(s.wall) })),
		cpu:   time.Duration(pick(func(s sample) int64 { return int64(s.cpu) })),
		rssKB: pick(func(s sample) int64 { return s.rssKB }),
	}
}

// seedCache hard-links the user's build cache into dir. Vet results in it
// were made by other tools (other IDs) and are never hit.
func seedCache(dir string) error {
	out, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		return err
	}
	src := strings.TrimSpace(string(out))
	if src == "" || src == "off" {
		return nil
	}
	return linkTree(src, dir)
}

// linkTree recreates the tree src at dst with hard links: the go command
// only adds and renames files in its cache, never rewrites one in place.
func linkTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		return os.Link(p, to)
	})
}

func goCmd(dir string, env []string, args ...string) error {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return &cmdError{args: args, out: tail(string(out)), err: err}
	}
	return nil
}

type cmdError struct {
	args []string
	out  string
	err  error
}

func (e *cmdError) Error() string {
	return fmt.Sprintf("go %s: %v\n%s", strings.Join(e.args, " "), e.err, e.out)
}
func (e *cmdError) Unwrap() error { return e.err }

func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return "go ?"
	}
	return strings.TrimSpace(string(out))
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 15 {
		lines = lines[len(lines)-15:]
	}
	return strings.Join(lines, "\n")
}

// loadavg returns the 1, 5 and 15 minute load averages (Linux), which say
// how much other work shared the machine during the measurement.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
