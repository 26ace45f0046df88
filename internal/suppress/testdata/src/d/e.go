package d

// want +1 "//lint:ignore suppresses no counter finding"
//lint:ignore counter,rawtext only the raw literals below are meant
func h() string { return "raw" }
