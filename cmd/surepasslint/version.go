package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"golang.org/x/mod/semver"
)

// moduleVersion is the version of this build: v1.2.3 when installed with go
// install ...@v1.2.3, (devel) in a checkout.
func moduleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

func isSemver(v string) bool { return semver.IsValid(v) }

// version describes this build for -version: the module version, the VCS
// revision when known, and the Go version.
func version() string {
	rev := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = " " + s.Value[:12]
			}
		}
	}
	return fmt.Sprintf("surepasslint %s%s %s", moduleVersion(), rev, runtime.Version())
}
