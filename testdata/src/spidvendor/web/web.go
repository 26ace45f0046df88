package web // want "relevant package"

import (
	"net/http"

	"spidvendor/mfa"
)

func relay(w http.ResponseWriter, r mfa.Reply) {
	http.Error(w, r.ErrorMessage, 401) // want "role message"
}
