// Command surepasslint reports SurePassID authentication code that fails open
// or shows SurePassID's raw error text to users.
//
// Usage:
//
//	surepasslint [flags] packages...
//
// It runs every check of analyzer/all through golang.org/x/tools'
// multichecker, so its flags -fix, -diff, -json, -c, -NAME (select checks) and
// -NAME.flag (a check's own flag) work as in other go/analysis tools, and the
// binary also serves as go vet -vettool=$(which surepasslint) and go fix
// -fixtool=$(which surepasslint). The SurePassID recognition flags shared by
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
// Exit status: 0 no findings; 3 findings (with -sarif too; -json always
// exits 0, as in multichecker); 1 the packages could not be loaded,
// type-checked or analysed; 2 usage or configuration error (unknown flag, bad
// flag value, no packages given, unknown -explain check, -sarif combined with
// -fix, -diff or -json).
package main
