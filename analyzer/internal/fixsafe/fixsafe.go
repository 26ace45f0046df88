// Package fixsafe tells a check whether it may attach a suggested fix: never
// in a file that does not parse. A file being typed (`case 9002` with no
// colon yet) still gets its findings, but edits computed from the parser's
// recovery of broken code would be applied by -fix to code the user has not
// finished writing.
package fixsafe

import (
	"go/ast"
	"go/parser"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// Parses reports whether the file of pass holding pos parses without
// error: it has no ast.BadExpr, BadStmt or BadDecl, and its source, read
// with pass.ReadFile (the editor's unsaved content under gopls), parses
// cleanly. When ReadFile is missing or returns other text than the AST was
// parsed from, the AST's bad nodes decide alone. Call it only when about to attach a fix: it parses the file
// again (only the one file, only then).
func Parses(pass *analysis.Pass, pos token.Pos) bool {
	var file *ast.File
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			file = f
			break
		}
	}
	if file == nil {
		return false
	}
	bad := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.BadExpr, *ast.BadStmt, *ast.BadDecl:
			bad = true
		}
		return !bad
	})
	if bad {
		return false
	}
	tf := pass.Fset.File(file.FileStart)
	if tf == nil || pass.ReadFile == nil {
		return true // no source to read again: the AST had no bad node
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil || len(src) != tf.Size() {
		// Not the text the AST was parsed from (a driver whose ReadFile
		// reads the disk while the editor's buffer differs): only the AST
		// can tell, and it had no bad node.
		return true
	}
	_, err = parser.ParseFile(token.NewFileSet(), tf.Name(), src, parser.SkipObjectResolution)
	return err == nil
}
