module example.com/shop

go 1.26.0

replace github.com/surepasslint/surepasslint => ../..

require github.com/surepasslint/surepasslint v0.0.0-00010101000000-000000000000

require (
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
	honnef.co/go/tools v0.8.2 // indirect
)

tool github.com/surepasslint/surepasslint/cmd/surepasslint
