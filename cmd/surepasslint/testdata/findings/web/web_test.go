package web

import "testing"

func TestStatus(t *testing.T) {
	if Status() != "ok" {
		t.Fatal("status is not ok")
	}
}
