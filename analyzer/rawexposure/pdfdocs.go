package rawexposure

import (
	"go/ast"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Documents the user downloads: a letter, statement or receipt built as a
// PDF (fpdf and its forks, gopdf) and handed to the member shows every
// text the code put into it, in the page (Cell, MultiCell, Write, Text,
// ...) and in the document's properties (SetTitle, SetSubject, ...: any
// PDF viewer shows them). A text method is a sink when its document is
// handed out: the function writes it to a writer (pdf.Output(w), the
// caller's writer or the response) or returns it, or does not output it
// at all (a builder returning the document); a document whose every
// output in the function goes to a file (OutputFileAndClose(path),
// WritePdf(path), Output(f) with f an *os.File: an archive, an ops
// report) is no sink. A helper taking the writer and the letter
// (notices.WriteLetter(w, letter)) is thus a sink for the letter at its
// calls, judged there; one handed an *os.File writes the archive copy and
// stays quiet (docToFile). Only packages importing a PDF library have
// such calls: the rows are looked up by key like every other.
//
// An XLSX export with excelize is judged alike: the values of its cells
// (SetCellValue, SetCellStr, SetCellDefault, SetSheetRow), unless every
// output goes to a file (SaveAs, Save, Write to an *os.File).
//
// A CSV export (encoding/csv's Writer over a response: csv.NewWriter(w)
// is a wrapper, Write and WriteAll its rows) is in httpSinks' terms.

const (
	fpdfCodeberg = "codeberg.org/go-pdf/fpdf"
	fpdfGitHub   = "github.com/go-pdf/fpdf"
	gofpdfPkg    = "github.com/jung-kurt/gofpdf"
	gopdfPkg     = "github.com/signintech/gopdf"
	excelizePkg  = "github.com/xuri/excelize/v2"
	pdfWhat      = "a PDF document the user downloads"
	xlsxWhat     = "a spreadsheet the user downloads"
	// writerDoc as a sink's Writer: the receiver is a document the
	// function hands out (docHandedOut).
	writerDoc = -3
)

// fpdfTextRows are the methods of fpdf's Fpdf (and gofpdf's) putting text
// into the document: the name and the arguments holding text.
var fpdfTextRows = []struct {
	recv, name string
	args       []int
	variadic   bool
}{
	{"Fpdf", "Cell", []int{2}, false},
	{"Fpdf", "Cellf", []int{2}, true},
	{"Fpdf", "CellFormat", []int{2}, false},
	{"Fpdf", "MultiCell", []int{2}, false},
	{"Fpdf", "Write", []int{1}, false},
	{"Fpdf", "Writef", []int{1}, true},
	{"Fpdf", "WriteAligned", []int{2}, false},
	{"Fpdf", "WriteLinkString", []int{1}, false},
	{"Fpdf", "WriteLinkID", []int{1}, false},
	{"Fpdf", "Text", []int{2}, false},
	{"Fpdf", "SetTitle", []int{0}, false},
	{"Fpdf", "SetSubject", []int{0}, false},
	{"Fpdf", "SetKeywords", []int{0}, false},
	{"Fpdf", "SetAuthor", []int{0}, false},
	{"Fpdf", "SetCreator", []int{0}, false},
	{"HTMLBasicType", "Write", []int{1}, false},
}

// pdfSinks are the text rows of the PDF libraries.
var pdfSinks = func() []sink {
	var out []sink
	for _, pkg := range []string{fpdfCodeberg, fpdfGitHub, gofpdfPkg} {
		for _, r := range fpdfTextRows {
			out = append(out, sink{Pkg: pkg, Recv: r.recv, Name: r.name, Args: r.args, Variadic: r.variadic, Writer: writerDoc, What: pdfWhat})
			if r.recv == "Fpdf" { // and the package's Pdf interface, which Fpdf implements
				out = append(out, sink{Pkg: pkg, Recv: "Pdf", Name: r.name, Args: r.args, Variadic: r.variadic, Writer: writerDoc, What: pdfWhat})
			}
		}
	}
	return append(out,
		sink{Pkg: gopdfPkg, Recv: "GoPdf", Name: "Cell", Args: []int{1}, Writer: writerDoc, What: pdfWhat},
		sink{Pkg: gopdfPkg, Recv: "GoPdf", Name: "CellWithOption", Args: []int{1}, Writer: writerDoc, What: pdfWhat},
		sink{Pkg: gopdfPkg, Recv: "GoPdf", Name: "MultiCell", Args: []int{1}, Writer: writerDoc, What: pdfWhat},
		sink{Pkg: gopdfPkg, Recv: "GoPdf", Name: "MultiCellWithOption", Args: []int{1}, Writer: writerDoc, What: pdfWhat},
		sink{Pkg: gopdfPkg, Recv: "GoPdf", Name: "Text", Args: []int{0}, Writer: writerDoc, What: pdfWhat},
		sink{Pkg: gopdfPkg, Recv: "GoPdf", Name: "SetInfo", Args: []int{0}, Writer: writerDoc, What: pdfWhat},
		// An XLSX export: the cells' values (excelize).
		sink{Pkg: excelizePkg, Recv: "File", Name: "SetCellValue", Args: []int{2}, Writer: writerDoc, What: xlsxWhat},
		sink{Pkg: excelizePkg, Recv: "File", Name: "SetCellStr", Args: []int{2}, Writer: writerDoc, What: xlsxWhat},
		sink{Pkg: excelizePkg, Recv: "File", Name: "SetCellDefault", Args: []int{2}, Writer: writerDoc, What: xlsxWhat},
		sink{Pkg: excelizePkg, Recv: "File", Name: "SetSheetRow", Args: []int{2}, Writer: writerDoc, What: xlsxWhat},
	)
}()

// toPath as a docOutputs value: the output goes to the file its argument
// names.
const toPath = -1

// docOutputs are the methods writing a document out: the index of the
// writer argument, or toPath.
var docOutputs = func() map[string]int {
	m := map[string]int{
		gopdfPkg + ".GoPdf.Write":     0,
		gopdfPkg + ".GoPdf.WriteTo":   0,
		gopdfPkg + ".GoPdf.WritePdf":  toPath,
		excelizePkg + ".File.Write":   0,
		excelizePkg + ".File.WriteTo": 0,
		excelizePkg + ".File.SaveAs":  toPath,
		excelizePkg + ".File.Save":    toPath,
	}
	for _, pkg := range []string{fpdfCodeberg, fpdfGitHub, gofpdfPkg} {
		m[pkg+".Fpdf.Output"] = 0
		m[pkg+".Fpdf.OutputAndClose"] = 0
		m[pkg+".Fpdf.OutputFileAndClose"] = toPath
		m[pkg+".Pdf.Output"] = 0
		m[pkg+".Pdf.OutputAndClose"] = 0
		m[pkg+".Pdf.OutputFileAndClose"] = toPath
	}
	return m
}()

// docHandedOut reports whether the document recv is handed out by the
// function: not every output of it in the unit goes to a file.
func (fs *fstate) docHandedOut(recv ast.Expr) bool {
	id, ok := ast.Unparen(recv).(*ast.Ident)
	if !ok || fs.u.node == nil {
		return true
	}
	info := fs.pass.TypesInfo
	v, _ := info.Uses[id].(*types.Var)
	if v == nil {
		return true
	}
	if r, ok := fs.docsOut[v]; ok {
		return r
	}
	outputs, toFile := 0, 0
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if x, ok := ast.Unparen(sel.X).(*ast.Ident); !ok || info.Uses[x] != v {
			return true
		}
		fn, _ := info.Uses[sel.Sel].(*types.Func)
		if fn == nil {
			return true
		}
		w, ok := docOutputs[funcKey(fn)]
		if !ok {
			return true
		}
		outputs++
		if w == toPath || w < len(call.Args) && isOSFile(info.TypeOf(call.Args[w])) {
			toFile++
		}
		return true
	})
	r := outputs == 0 || toFile < outputs
	if fs.docsOut == nil {
		fs.docsOut = map[*types.Var]bool{}
	}
	fs.docsOut[v] = r
	return r
}

// docToFile reports whether call, of a helper whose parameter reaches a
// document's text, hands it an *os.File for a writer parameter: the
// helper writes the archive copy (notices.WriteLetter(f, letter)).
func (fs *fstate) docToFile(call *ast.CallExpr, sig *types.Signature) bool {
	for i, a := range call.Args {
		if i >= sig.Params().Len() {
			break
		}
		p := sig.Params().At(i).Type()
		if types.IsInterface(p) && hasWrite(p) && isOSFile(fs.pass.TypesInfo.TypeOf(a)) {
			return true
		}
	}
	return false
}

// isOSFile reports whether t is *os.File.
func isOSFile(t types.Type) bool {
	if t == nil {
		return false
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && typex.IsNamed(p.Elem(), "os", "File")
}

// docParamFields returns the parameters of the unit whose fields e reads
// (l.Note, "Details: "+l.Detail, a local defined once from them: body :=
// fmt.Sprintf(..., l.Serial)), as taint parameter bits. A letter is
// handed to the helper writing it whole; the fields are raw at the
// caller, which stored the text there, so the helper's fact names the
// letter parameter: statements.RenderTokenLetter(w, l) is a sink for l.
func (fs *fstate) docParamFields(e ast.Expr, depth int) uint64 {
	if fs.sig == nil || depth > 3 {
		return 0
	}
	info := fs.pass.TypesInfo
	params := fs.sig.Params()
	var bits uint64
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SelectorExpr:
			if s, ok := info.Selections[n]; !ok || s.Kind() != types.FieldVal {
				return true
			}
			root := rootIdent(n)
			if root == nil {
				return true
			}
			for i := 0; i < params.Len(); i++ {
				if info.Uses[root] == params.At(i) {
					bits |= 1 << min(i, receiverBit-1)
				}
			}
			return false
		case *ast.Ident:
			if init := fs.definedOnce(n); init != nil {
				bits |= fs.docParamFields(init, depth+1)
			}
		}
		return true
	})
	return bits
}
