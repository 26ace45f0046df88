module example.com/portal

go 1.26.0

replace github.com/surepasslint/surepasslint => ../../../..

require github.com/surepasslint/surepasslint v0.0.0-00010101000000-000000000000

require (
	github.com/sourcegraph/jsonrpc2 v0.2.3 // indirect
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
	honnef.co/go/tools v0.8.2 // indirect
)

