package d

func h() string {
	// want +1 "//lint:ignore suppresses no counter finding"
	//lint:ignore counter,rawtext only the raw literal below is meant
	return "raw"
}
