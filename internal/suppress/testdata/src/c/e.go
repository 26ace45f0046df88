package c

//lint:file-ignore rawtext nothing in this file is raw // want "//lint:file-ignore suppresses no rawtext finding"

func four() string { return "cooked" }
