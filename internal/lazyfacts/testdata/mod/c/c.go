package c

import "example.com/mod/a"

// MarkedToo calls a.Marked: marked through a's fact.
func MarkedToo() { a.Marked() }
