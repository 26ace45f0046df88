// Package bench holds the evidence behind surepasslint's performance claims:
// drivers to compare against and the program that measures them.
//
//   - noop: a no-op analyzer in the same x/tools driver as cmd/surepasslint
//     (multichecker, which runs as a unitchecker under go vet): the baseline.
//     The command runs go vet -vettool=<itself> -json, so the same driver
//     running the baseline is go vet -vettool=<noop> -json.
//   - factnoop: the same no-op analyzer declaring one fact type: what facts
//     alone cost (their encoding in every package's vet run).
//   - spidonly: the shared recognition (spid) alone, as every check requires it.
//   - all: every check of analyzer/all in the plain multichecker, without the
//     command's front end.
//   - cmd/perf: builds the binaries and runs them alternately on the standard
//     library subset, the demo consumer and real modules (also vendored and in
//     a go.work), as the command against go vet with the no-op, with vet's
//     cache fresh or warm, and as plain go vet -vettool; it prints medians and
//     ratios. See docs/performance.md.
//   - cmd/analyzecost: the checks' own work apart from any driver: the
//     packages loaded once, then the checks and a no-op run over them in one
//     process, alternately; steady enough to compare two versions of the
//     checks where cmd/perf's wall times are within their noise.
//
// The tests in this package run the built CLI: over a standard library
// subset (no diagnostic, no panic) and with bad flags and settings (one
// clear error line, a distinct exit code).
package bench
