package a_test

import (
	"testing"

	"example.com/mod/a"
	"example.com/mod/c"
)

func TestMarked(t *testing.T) {
	a.Marked()
	c.MarkedToo()
}
