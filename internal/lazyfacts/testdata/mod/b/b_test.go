package b_test

import (
	"testing"

	"example.com/mod/nested/util"
)

func TestTitle(t *testing.T) {
	if util.Title("x") != "X" {
		t.Fail()
	}
}
