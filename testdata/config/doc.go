// Package kiosk is the configuration fixture: a consumer of SurePassID whose
// client names nothing the way SurePassID does, so surepasslint finds nothing
// in it until the team's //surepasslint: directives say what its types,
// fields and helpers are. Every driver (the command, go vet -vettool, the
// golangci-lint plugin, a gopls built with the checks) reads the directives
// the same way: they are comments in the code, so the fixture needs no flag,
// setting or file.
//
// What each driver must report is marked by a "// want <check>" comment at
// the end of the line: a codeswitch and a rawexposure finding in
// web/login.go, and one bad directive in audit/audit.go (reported once, by
// rawexposure, though the package is analyzed with and without its test).
// With every //surepasslint: line removed, nothing is reported at all.
package kiosk
