// Command analyzecost measures the analyzers' own work, apart from the
// driver: it loads the packages once (parse and type-check, with every
// dependency from source, as go/packages does) and then runs, alternately and
// -n times each, the checks of analyzer/all and a no-op analyzer over them
// with go/analysis/checker, in one process. It prints the median time and
// allocation of each, beside the time the load took.
//
// go vet and golangci-lint pay the parse and type-check (and the go command's
// own work) whatever the analyzers; what surepasslint adds to a run is, at
// most, the difference printed here (facts are held in memory here, encoded
// by go vet: cmd/perf's factnoop measures that part). Unlike cmd/perf's wall
// times, which a busy machine moves by ±10%, this difference moves by a few
// milliseconds, so it is the figure to compare two versions of the checks
// with (build this command at each).
//
// Run it from the root of the module to measure, e.g.:
//
//	go run ./bench/cmd/analyzecost -n 5 net/... crypto/... encoding/...
//	go build -o /tmp/analyzecost ./bench/cmd/analyzecost
//	cd $(go env GOMODCACHE)/github.com/gin-gonic/gin@v1.12.0 && /tmp/analyzecost ./...
//
// -cpuprofile writes a CPU profile of -n runs of the checks (after -n runs to
// warm up), for go tool pprof.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "does nothing (baseline)",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	n := flag.Int("n", 5, "runs of each analyzer set")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the checks' runs to this file")
	flag.Parse()
	if *n < 1 || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "analyzecost: usage: analyzecost [-n runs] [-cpuprofile file] packages...")
		os.Exit(2)
	}
	if err := run(*n, *profile, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "analyzecost:", err)
		os.Exit(1)
	}
}

func run(n int, profile string, patterns []string) error {
	start := time.Now()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule}, patterns...)
	if err != nil {
		return err
	}
	load := time.Since(start)
	count := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) { count++ })
	if packages.PrintErrors(pkgs) > 0 {
		return fmt.Errorf("the packages have errors")
	}
	checks := all.Analyzers()
	if profile != "" {
		return profileRuns(n, profile, checks, pkgs)
	}
	var noopRuns, checkRuns []sample
	for range n {
		for _, set := range [][]*analysis.Analyzer{{noop}, checks} {
			s, err := measure(set, pkgs)
			if err != nil {
				return err
			}
			if set[0] == noop {
				noopRuns = append(noopRuns, s)
			} else {
				checkRuns = append(checkRuns, s)
			}
		}
	}
	fmt.Printf("%d packages, load (parse and type-check) %v, %d runs each (median):\n", count, load.Round(time.Millisecond), n)
	fmt.Printf("  no-op analyzer  %8v  %6.1f MB allocated\n", median(noopRuns).d.Round(time.Millisecond), float64(median(noopRuns).alloc)/(1<<20))
	fmt.Printf("  surepasslint    %8v  %6.1f MB allocated\n", median(checkRuns).d.Round(time.Millisecond), float64(median(checkRuns).alloc)/(1<<20))
	return nil
}

type sample struct {
	d     time.Duration
	alloc uint64
}

func measure(set []*analysis.Analyzer, pkgs []*packages.Package) (sample, error) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	if _, err := checker.Analyze(set, pkgs, nil); err != nil {
		return sample{}, err
	}
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	return sample{d, after.TotalAlloc - before.TotalAlloc}, nil
}

// median returns the sample of median time; its allocation is that run's.
func median(s []sample) sample {
	s = slices.Clone(s)
	slices.SortFunc(s, func(a, b sample) int { return int(a.d - b.d) })
	return s[len(s)/2]
}

func profileRuns(n int, file string, checks []*analysis.Analyzer, pkgs []*packages.Package) error {
	for range n {
		if _, err := checker.Analyze(checks, pkgs, nil); err != nil {
			return err
		}
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	defer pprof.StopCPUProfile()
	for range n {
		if _, err := checker.Analyze(checks, pkgs, nil); err != nil {
			return err
		}
	}
	return nil
}
