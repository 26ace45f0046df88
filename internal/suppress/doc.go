// Package suppress honours staticcheck-style suppression comments in every
// driver of the surepasslint checks: the command, go vet, golangci-lint,
// gopls built with scripts/build-gopls.sh and Bazel's nogo.
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
// [Honour] implements this around each check's Run: the check's reports are
// filtered through the directives of the package's files. Facts, flags,
// results and requirements are the check's own, so every go/analysis driver
// applies the same suppressions with nothing to configure. Reports about
// directives carry URL, so gopls links them to these rules rather than to
// the check's documentation. golangci-lint's //nolint:surepasslint works
// there as well.
package suppress
