package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

// testChecks holds test-only checks, present only in binaries built with
// -tags surepasslint_testcheck (see testcheck.go).
var testChecks []*analysis.Analyzer

func main() {
	checks := append(all.Analyzers(), testChecks...)
	args := os.Args[1:]
	if len(args) == 1 && args[0] == "-V=full" {
		// go vet and go fix ask for the tool's identity, which keys their
		// cache: this binary's content.
		os.Exit(printBuildID())
	}
	if toolProtocol(args) {
		// go vet or go fix runs us on one package (a .cfg file), or asks
		// for our flags: the checks' own, and the recognition flags
		// un-prefixed.
		all.Flags().VisitAll(func(f *flag.Flag) { flag.Var(f.Value, f.Name, f.Usage) })
		flag.Bool(fullDeps, false, "analyse every package in full, dependencies included (the surepasslint command's runs: it keeps the packages named)")
		os.Args = append(os.Args[:1], reportEveryPackage(args)...)
		multichecker.Main(checks...)
		return
	}
	os.Exit(run(args, checks))
}

// toolProtocol reports whether go vet or go fix started us: to analyze one
// package (the last argument is a unitchecker configuration file) or to
// list our flags.
func toolProtocol(args []string) bool {
	if len(args) == 1 && args[0] == "-flags" {
		return true
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") && !strings.HasPrefix(args[len(args)-1], "-")
}

// fullDeps is the vet tool flag the command passes to go vet (runVet).
const fullDeps = "fulldeps"

// reportEveryPackage works around a cache bug of the go command (Go 1.26):
// go vet caches a package's vet result under a key that does not say
// whether the package was named on the command line or only analysed for
// its facts (VetxOnly, which prints no findings), so once a package has been
// analysed as a dependency, naming it later replays that empty result and
// its findings are never shown (plain go vet's own checks included). Under
// -fulldeps, which only the command passes (and which, as a vet flag, keys
// go vet's cache apart from plain go vet runs), a package analysed for its
// facts is analysed in full instead: its findings go to the cached JSON
// output like a named package's, and the command keeps only the packages
// named (runVet). A plain go vet run is left as it is.
func reportEveryPackage(args []string) []string {
	cfg := args[len(args)-1]
	if !strings.HasSuffix(cfg, ".cfg") || !slices.Contains(args, "-"+fullDeps) {
		return args
	}
	data, err := os.ReadFile(cfg)
	if err != nil {
		return args
	}
	data, ok := fullConfig(data)
	if !ok {
		return args
	}
	full := strings.TrimSuffix(cfg, ".cfg") + ".full.cfg"
	if os.WriteFile(full, data, 0o644) != nil {
		return args
	}
	return append(slices.Clone(args[:len(args)-1]), full)
}

// fullConfig returns the vet configuration data with VetxOnly false, and
// whether it was true. The go command writes the configuration indented
// (json.MarshalIndent), so the field is replaced in the text, which costs a
// tenth of decoding and encoding the configuration (36 kB for net/http,
// hundreds of dependencies' paths, in each of the hundreds of vet runs of a
// first run); any other layout is decoded.
func fullConfig(data []byte) ([]byte, bool) {
	const vetxOnly = `"VetxOnly": true,`
	if i := bytes.Index(data, []byte(vetxOnly)); i >= 0 {
		return slices.Concat(data[:i], []byte(`"VetxOnly": false,`), data[i+len(vetxOnly):]), true
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(data, &m) != nil || string(m["VetxOnly"]) != "true" {
		return nil, false
	}
	m["VetxOnly"] = json.RawMessage("false")
	data, err := json.Marshal(m)
	return data, err == nil
}

// printBuildID answers go vet's -V=full: "surepasslint version V
// buildID=H", H the SHA-256 of this executable. The go command keys its
// cache of vet results and facts by it (by the whole line for a release
// version, by H for a devel one).
func printBuildID() int {
	exe, err := self()
	if err != nil {
		fmt.Fprintln(os.Stderr, "surepasslint:", err)
		return 1
	}
	f, err := os.Open(exe)
	if err != nil {
		fmt.Fprintln(os.Stderr, "surepasslint:", err)
		return 1
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		fmt.Fprintln(os.Stderr, "surepasslint:", err)
		return 1
	}
	fmt.Printf("surepasslint version %s buildID=%x\n", moduleVersion(), h.Sum(nil))
	return 0
}

// run is the standalone command.
func run(args []string, checks []*analysis.Analyzer) int {
	if len(args) > 0 && args[0] == "help" {
		if len(args) > 1 {
			return explainCheck(args[1], checks)
		}
		printHelp(os.Stdout, checks)
		return 0
	}
	c, ok := parse(args, checks)
	if !ok {
		return 2
	}
	switch {
	case c.help:
		printHelp(os.Stdout, checks)
		return 0
	case c.explain != "":
		return explainCheck(c.explain, checks)
	case c.version || c.versionFull == "true":
		fmt.Println(version())
		return 0
	case c.versionFull == "full":
		return printBuildID()
	case len(c.patterns) == 0:
		return usageError("no packages given (e.g. surepasslint ./...; surepasslint help for the flags)")
	case c.sarif && (c.fix || c.diff || c.json || c.context >= 0):
		return usageError("-sarif cannot be combined with -fix, -diff, -json or -c")
	case c.json && (c.fix || c.diff):
		return usageError("-json cannot be combined with -fix or -diff")
	case c.diff && !c.fix:
		return usageError("-diff goes with -fix (surepasslint -fix -diff ./...)")
	case c.srcroot != "." && !c.sarif:
		return usageError("-srcroot goes with -sarif")
	case !c.test && (c.fix || c.diff):
		return usageError("-test=false cannot be combined with -fix")
	}
	if c.fix {
		return runFixMode(c)
	}
	r, err := runVet(c.buildFlags, c.vetFlags, c.patterns, c.test)
	if err != nil {
		fmt.Fprintln(os.Stderr, "surepasslint:", err)
		return 1
	}
	switch {
	case c.sarif:
		return writeSARIF(c, args, r)
	case c.json:
		return writeJSON(c, r)
	}
	return writeText(c, args, r)
}

// runFixMode is -fix and -fix -diff: go fix -fixtool=<this binary>. It exits
// 0 whether or not there were fixes, 1 when a package had errors.
func runFixMode(c cli) int {
	errs, err := runFix(c.buildFlags, c.vetFlags, c.patterns, c.diff, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "surepasslint:", err)
		return 1
	}
	printErrors(os.Stderr, errs)
	if len(errs) > 0 {
		return 1
	}
	return 0
}

// writeJSON prints go vet's JSON tree, every package merged into one
// object, with an {"error": ...} entry under each selected check for a
// package that could not be analysed. It exits 0, or 1 on errors.
func writeJSON(c cli, r *vetRun) int {
	printErrors(os.Stderr, r.errors)
	for _, e := range r.errors {
		if e.pkg == "" {
			continue
		}
		msg, _ := json.Marshal(map[string]string{"error": strings.Join(e.lines, "\n")})
		if r.tree[e.pkg] == nil {
			r.tree[e.pkg] = map[string]json.RawMessage{}
		}
		for _, a := range c.checks {
			if _, ok := r.tree[e.pkg][a.Name]; !ok {
				r.tree[e.pkg][a.Name] = msg
			}
		}
	}
	out, err := json.MarshalIndent(r.tree, "", "\t")
	if err != nil {
		fmt.Fprintln(os.Stderr, "surepasslint:", err)
		return 1
	}
	fmt.Printf("%s\n", out)
	return exitStatus(0, len(r.errors) > 0)
}

// exitStatus is the one rule of every mode that reports findings (text and
// -sarif; -json and -fix exit 0 instead of 3): 1 when a package could not be
// loaded, type-checked or analysed, even if other packages have findings
// (which are still printed); else 3 when there are findings; else 0.
func exitStatus(findings int, failed bool) int {
	switch {
	case failed:
		return 1
	case findings > 0:
		return 3
	}
	return 0
}

// usageError prints one line and returns the usage exit status.
func usageError(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "surepasslint: "+format+"\n", args...)
	return 2
}
