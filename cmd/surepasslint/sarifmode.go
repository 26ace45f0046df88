package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	hs "honnef.co/go/tools/sarif"

	"github.com/surepasslint/surepasslint/internal/sarif"
)

// writeSARIF is surepasslint -sarif: the findings of go vet as SARIF 2.1.0
// on standard output, each package error as an error notification of the
// invocation (and on standard error).
func writeSARIF(c cli, args []string, r *vetRun) int {
	root, err := filepath.Abs(c.srcroot)
	if err == nil {
		if st, serr := os.Stat(root); serr != nil || !st.IsDir() {
			err = fmt.Errorf("not a directory")
		}
	}
	if err != nil {
		return usageError("-srcroot %s: %v", c.srcroot, err)
	}
	printErrors(os.Stderr, r.errors)
	wd, _ := os.Getwd()
	var errs []sarif.Error
	for _, e := range r.errors {
		for _, line := range e.lines {
			se := sarif.Error{Message: line, Fset: r.fset, Pos: r.errorPos(wd, line)}
			if e.pkg != "" {
				se.Message = e.pkg + ": " + line
			}
			errs = append(errs, se)
		}
	}
	v := moduleVersion()
	log := sarif.Build(c.checks, r.findings, sarif.Options{
		Version:         v,
		SemanticVersion: strings.TrimPrefix(cond(isSemver(v), v, ""), "v"),
		Root:            root,
		Errors:          errs,
		Invocation: &sarif.Invocation{
			Arguments:           args,
			WorkingDirectory:    hs.ArtifactLocation{URI: sarif.DirURI(wd)},
			ExecutionSuccessful: len(r.errors) == 0,
		},
	})
	if err := log.Write(os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "surepasslint: writing SARIF: %v\n", err)
		return 1
	}
	return exitStatus(len(log.Runs[0].Results), len(r.errors) > 0)
}
