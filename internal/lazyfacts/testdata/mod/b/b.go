package b

import (
	"fmt"

	"example.com/mod/a"
	"example.com/mod/c"
	"example.com/mod/nested/util"
)

func use(t a.T) {
	a.Marked()
	a.Plain()
	c.MarkedToo()
	fmt.Println(t.MarkedField, util.Title("b"))
}
