// Package explain turns a check's documentation into the texts surepasslint
// shows: the -explain page, and the short description, full description and
// help (plain text and Markdown) of the check's SARIF rule.
//
// There is one source: each check's Analyzer.Doc, which the check takes from
// its own package comment (doc.go), in Go doc comment syntax. By the
// go/analysis convention its first paragraph is a one-line title; the rest is
// the explanation with its before/after example as indented code blocks.
// go/doc/comment renders it, so headings, lists, links and code blocks come
// out right in every form.
package explain
