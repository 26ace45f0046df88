// Package demotest runs the README's first command — surepasslint on the
// bundled demo module, testdata/demo — and checks what it promises: the
// findings, the exit status, and that -fix yields code that builds and lints
// clean.
package demotest
