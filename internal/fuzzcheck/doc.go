// Package fuzzcheck runs every surepasslint check over Go source that may be
// broken, the way an editor or a CI run meets it, and checks what must hold
// whatever the input:
//
//   - no check panics (and none fails with an error on code that
//     type-checks);
//   - every suggested fix is well formed, and applying it to code that
//     type-checked gives code that still type-checks.
//
// [Env] loads, once, the testdata packages and the standard library
// packages the inputs may import. [Env.Check] then type-checks one input
// file as its own package, without a go command: the file's imports resolve
// to the loaded packages, and the testdata packages it imports are analyzed
// too, so facts flow as in a real run. The fuzz test (FuzzChecks) feeds it
// mutations of every Go file in the repository's testdata; its seed corpus
// runs in a normal go test. [Env.Analyze] runs the checks through the x/tools
// checker over loaded testdata packages; TestBroken uses it on
// testdata/src/broken: type errors, missing imports and half-written code.
package fuzzcheck
