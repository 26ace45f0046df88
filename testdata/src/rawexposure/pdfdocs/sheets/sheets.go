// Package sheets exports the member's token history as a workbook.
package sheets

import (
	"net/http"
	"strconv"

	"github.com/xuri/excelize/v2"

	"rawexposure/pdfdocs/tokens"
)

// History is the export endpoint.
type History struct {
	Tokens *tokens.Service
	Share  string
}

// Download sends the workbook.
func (h *History) Download(w http.ResponseWriter, r *http.Request) {
	a := h.Tokens.Activate(r.Context(), r.FormValue("user"), r.FormValue("serial"), r.FormValue("otp"))
	book := excelize.NewFile()
	defer book.Close()
	_ = book.SetCellStr("Sheet1", "A1", "Serial")
	_ = book.SetCellStr("Sheet1", "A2", a.Serial)
	_ = book.SetCellValue("Sheet1", "B2", a.Reason)                                                        // want `raw SurePassID errorMessage`
	_ = book.SetSheetRow("Sheet1", "A3", &[]interface{}{a.Serial, strconv.FormatBool(a.Active), a.Reason}) // want `raw SurePassID errorMessage`
	w.Header().Set("Content-Disposition", `attachment; filename="tokens.xlsx"`)
	_ = book.Write(w)
}

// Plain sends a workbook in the bank's words.
func (h *History) Plain(w http.ResponseWriter, r *http.Request) {
	a := h.Tokens.Activate(r.Context(), r.FormValue("user"), r.FormValue("serial"), r.FormValue("otp"))
	book := excelize.NewFile()
	status := "active"
	if !a.Active {
		status = "not activated"
	}
	_ = book.SetCellDefault("Sheet1", "A1", status)
	_ = book.Write(w)
}

// Reconcile saves the operators' workbook to their share.
func (h *History) Reconcile(a tokens.Activation) error {
	book := excelize.NewFile()
	_ = book.SetCellStr("Sheet1", "A1", a.Reason)
	return book.SaveAs(h.Share + "/reconcile.xlsx")
}
