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
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"syscall"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

func main() {
	n := flag.Int("n", 5, "runs of each")
	dir := flag.String("C", "", "directory to load the patterns in")
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
}

// cpu is the CPU time this process has used.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
