// Package bench holds the evidence behind surepasslint's performance claims:
// drivers to compare against and the program that measures them.
//
//   - noop: a no-op analyzer in the same x/tools multichecker driver as
//     cmd/surepasslint: the baseline.
//   - factnoop: the same no-op analyzer declaring one fact type. Any fact
//     type makes the standalone driver load every dependency from source,
//     so this isolates that cost from the cost of the checks.
//   - spidonly: the shared recognition (spid) alone, as every check requires it.
//   - all: every check of analyzer/all in the plain multichecker, without the
//     CLI's extras.
//   - cmd/perf: builds the binaries and runs them alternately on the standard
//     library subset and the demo consumer, standalone and as go vet -vettool,
//     and prints medians and ratios. See docs/performance.md.
//
// The tests in this package run the built CLI: over a standard library
// subset (no diagnostic, no panic) and with bad flags and settings (one
// clear error line, a distinct exit code).
package bench
