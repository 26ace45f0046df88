package a

import "net/http"

// Marked is marked by the test analyzer: its name starts with Marked.
func Marked() {}

func Plain() {}

type T struct{ MarkedField int }

var _ = http.StatusOK
