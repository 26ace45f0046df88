// Command surepasslint reports SurePassID authentication code that fails open
// or shows SurePassID's raw error text to users.
//
// Usage:
//
//	surepasslint [flags] packages...
//
// It runs every check of analyzer/all as golang.org/x/tools' multichecker
// does, so its flags -fix, -diff, -json, -c, -NAME (select checks) and
// -NAME.flag (a check's own flag) work as in other go/analysis tools, and the
// binary also serves as go vet -vettool=$(which surepasslint) and go fix
// -fixtool=$(which surepasslint). A plain run (no -fix, -diff, -json) prints
// each finding followed by the name of its check, as staticcheck does, each
// package error once, and a last line counting the findings with a fix;
// multichecker itself serves the other modes. The SurePassID recognition flags shared by
// every check (-codetypes, -codefields, -messagefields) are given un-prefixed.
//
// Its own flags:
//
//	-sarif          write findings as SARIF 2.1.0 to standard output
//	-srcroot dir    with -sarif: the directory file URIs are relative to
//	                (default "."); run from, or point at, the repository root
//	-explain check  print a check's documentation and example, and exit
//	                (-explain lintignore documents the suppression comments)
//	-version        print the version and exit
//
// A //lint:ignore <check> <reason> comment on the line before a finding (or
// at the end of its line) suppresses it; see package internal/suppress.
//
// Exit status: 0 no findings; 3 findings (text and -sarif; -json and -fix
// exit 0, as in multichecker); 1 a package could not be loaded, type-checked
// or analysed, in every mode and even with findings elsewhere; 2 usage or
// configuration error (unknown flag, bad
// flag value, no packages given, unknown -explain check, -sarif combined with
// -fix, -diff or -json).
package main
