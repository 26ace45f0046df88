// Command checkcost measures the marginal CPU time of the rawexposure check
// in one process, away from the go command's noise: it loads the packages
// named on the command line from source, with their tests and dependencies
// (as go vet analyses every dependency for its facts), then runs
// checker.Analyze alternately with spid alone (the recognition rawexposure
// requires) and with rawexposure, and prints the medians of the process's
// CPU time (user+system) for each, their difference, and that difference
// against the CPU time of loading and type-checking.
//
//	go run ./bench/cmd/checkcost -n 7 net/... crypto/... encoding/...
//	go run ./bench/cmd/checkcost -n 7 -C <module dir> ./...
//
// With -top N it then runs every check of analyzer/all once and prints the N
// package steps (analyzer and package) that took the longest, to find
// where the time of a target goes.
//
//	go run ./bench/cmd/checkcost -n 1 -top 15 -C <module dir> ./...
package main

import (
	"bytes"
	"encoding/gob"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"slices"
	"syscall"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

func main() {
	n := flag.Int("n", 5, "runs of each")
	dir := flag.String("C", "", "directory to load the patterns in")
	top := flag.Int("top", 0, "then print the `N` slowest steps of all the checks")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: checkcost [-n runs] [-C dir] patterns...")
		os.Exit(2)
	}
	var spid *analysis.Analyzer
	for _, a := range rawexposure.Analyzer.Requires {
		if a.Name == "spid" {
			spid = a
		}
	}
	if spid == nil {
		fmt.Fprintln(os.Stderr, "checkcost: rawexposure does not require spid")
		os.Exit(1)
	}
	start := cpu()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: *dir, Tests: true}, flag.Args()...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	load := cpu() - start
	measure := func(a *analysis.Analyzer) time.Duration {
		t := cpu()
		if _, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return cpu() - t
	}
	measure(rawexposure.Analyzer) // warm up
	var base, check []time.Duration
	for i := 0; i < *n; i++ {
		base = append(base, measure(spid))
		check = append(check, measure(rawexposure.Analyzer))
	}
	med := func(d []time.Duration) time.Duration { slices.Sort(d); return d[len(d)/2] }
	b, c := med(base), med(check)
	fmt.Printf("%d packages; load and type-check %v; spid %v; spid+rawexposure %v; rawexposure %v (%.1f%% of load and type-check)\n",
		len(pkgs), load.Round(time.Millisecond), b.Round(time.Millisecond), c.Round(time.Millisecond),
		(c - b).Round(time.Millisecond), 100*float64(c-b)/float64(load))
	if *top > 0 {
		if f, err := os.Create("/tmp/cc.prof"); err == nil {
			pprof.StartCPUProfile(f)
			for range 5 {
				checker.Analyze(all.Analyzers(), pkgs, nil)
			}
			pprof.StopCPUProfile()
		}
		slowest(pkgs, *top)
	}
}

// slowest runs every check once and prints the n steps (one analyzer on
// one package) with the longest wall time.
func slowest(pkgs []*packages.Package, n int) {
	g, err := checker.Analyze(all.Analyzers(), pkgs, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var acts []*checker.Action
	var total time.Duration
	for act := range g.All() {
		acts = append(acts, act)
		total += act.Duration
	}
	slices.SortFunc(acts, func(a, b *checker.Action) int { return int(b.Duration - a.Duration) })
	fmt.Printf("all checks: %d steps, %v\n", len(acts), total.Round(time.Millisecond))
	nf := map[string]int{}
	sz := map[string]int{}
	for _, act := range acts {
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() == act.Package.Types {
				k := act.Analyzer.Name + fmt.Sprintf(" %T", f.Fact)
				nf[k]++
				var b bytes.Buffer
				gob.NewEncoder(&b).Encode(f.Fact)
				sz[k] += b.Len()
			}
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package == act.Package.Types {
				k := act.Analyzer.Name + fmt.Sprintf(" pkg %T", f.Fact)
				nf[k]++
				var b bytes.Buffer
				gob.NewEncoder(&b).Encode(f.Fact)
				sz[k] += b.Len()
			}
		}
	}
	for k, v := range nf {
		fmt.Printf("FACTS %-50s %6d %8d bytes\n", k, v, sz[k])
	}
	for _, act := range acts[:min(n, len(acts))] {
		fmt.Printf("%10v  %-12s %s\n", act.Duration.Round(time.Microsecond), act.Analyzer.Name, act.Package.ID)
	}
}

// cpu is the CPU time this process has used.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
