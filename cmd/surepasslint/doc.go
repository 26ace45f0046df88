// Command surepasslint reports SurePassID authentication code that fails open
// or shows SurePassID's raw error text to users.
//
// Usage:
//
//	surepasslint [flags] packages...
//	surepasslint help [check]
//
// The command is a front end to the go command. A run is `go vet
// -vettool=<this binary> -json` on the packages (`go fix -fixtool=<this
// binary>` with -fix): the go command loads the packages (modules, vendor/,
// go.work, build tags, test variants), orders them, runs this binary on each
// as a unitchecker, carries the checks' facts between packages and caches
// results and facts in the build cache. This command renders what vet
// printed: one line per finding ending with its check's name, as staticcheck
// does (the default, on standard error), go vet's JSON merged into one object
// (-json), or SARIF 2.1.0 (-sarif). Its findings are go vet's by
// construction. When go vet or go fix runs the binary itself (a .cfg
// argument, -flags, -V=full), it is x/tools' unitchecker.
//
// Flags: -fix, -diff (with -fix), -json, -c N (context lines), -test=false
// (drop findings in _test.go files), -tags, -NAME (select checks) and
// -NAME.flag (a check's own flag), the SurePassID recognition flags shared by
// every check (-codetypes, -codefields, -messagefields), and
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
// Exit status: 0 no findings (-json and -fix: also with findings); 3
// findings (text and -sarif); 1 a package could not be loaded, type-checked
// or analysed, or a pattern matched no packages, in every mode and even with
// findings elsewhere; 2 usage error (unknown flag, bad flag value, no
// package pattern, unknown -explain check, -sarif combined with -fix, -diff,
// -json or -c, -diff without -fix).
package main
