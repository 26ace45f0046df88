// Package devicetrust marks laptops as trusted from their MDM status:
// another vendor's text codes, nothing reported.
package devicetrust

import (
	"errors"
	"net/http"

	"codeswitch/strcodes/mdm"
)

var errBlocked = errors.New("device blocked")

// Trust blocks the listed statuses and trusts the device otherwise.
func Trust(w http.ResponseWriter, r *http.Request, status string) {
	switch status {
	case mdm.Rooted, mdm.UnknownDevice:
		http.Redirect(w, r, "/devices", http.StatusSeeOther)
		return
	case mdm.PatchesMissing:
		http.Error(w, "update your system", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Check refuses a few statuses in an if-else chain.
func Check(status string) error {
	if status == mdm.FirewallOff {
		return errBlocked
	} else if status == mdm.DiskNotEncrypted || mdm.Blocking(status) {
		return errBlocked
	}
	return nil
}
