package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// version describes this build: the module version (v1.2.3 when installed
// with go install ...@v1.2.3, (devel) in a checkout), the VCS revision when
// known, and the Go version.
func version() string {
	v, rev := "(devel)", ""
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = " " + s.Value[:12]
			}
		}
	}
	return fmt.Sprintf("surepasslint %s%s %s", v, rev, runtime.Version())
}
