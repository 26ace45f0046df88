package c

func three() string { return "raw" } // want "raw literal"
