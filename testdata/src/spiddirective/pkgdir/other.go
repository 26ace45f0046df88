package pkgdir

// Limit is a plain constant: a package directive on it is misplaced.
const (
	//surepasslint:ignore DatabaseError // want `//surepasslint:ignore does not apply to a const: write it in the package doc comment`
	Limit = 3
)
