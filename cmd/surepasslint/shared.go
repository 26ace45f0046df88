package main

import (
	"flag"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

// sharedFlags returns the SurePassID recognition flags every check shares
// (-codetypes, -codefields, -messagefields), registered un-prefixed.
func sharedFlags() *flag.FlagSet { return all.Flags() }
