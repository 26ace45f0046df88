// Package suppress honours staticcheck-style suppression comments in the
// standalone surepasslint command and in gopls built with
// scripts/build-gopls.sh (through all.WithLintIgnore, since gopls has no
// suppression hook of its own and cannot import this internal package).
//
// A comment
//
//	//lint:ignore codeswitch the default case is audited in auth_test.go
//
// on the line before a finding, or at the end of the finding's own line,
// suppresses that check's findings on that line. Several checks are separated
// by commas (//lint:ignore codeswitch,rawexposure reason). A comment
//
//	//lint:file-ignore rawexposure this file is an internal admin tool
//
// anywhere in a file suppresses the check in the whole file.
//
// The reason is required: a directive without one is reported and suppresses
// nothing. A directive that suppresses nothing is reported too, so stale
// suppressions do not pile up. Both reports are made under the check the
// directive names (category "lintignore"), so they can be told apart from
// findings and are themselves subject to that check's enable flag.
// Directives that name no surepasslint check (staticcheck's SA1019, say) are
// left alone for the tools they belong to.
//
// [Wrap] implements this by copying each analyzer and wrapping its Run: the
// copy filters the diagnostics it reports through the directives of the
// package's files. Facts, flags, results and requirements are unchanged, so
// the wrapped analyzers work in every go/analysis driver (multichecker, go
// vet -vettool, go fix -fixtool, the checker package, gopls). Reports about
// directives carry URL, so gopls links them to these rules rather than to
// the check's documentation.
//
// golangci-lint users suppress with golangci-lint's own //nolint:surepasslint
// comment instead; golangci-lint runs the unwrapped analyzers.
package suppress
