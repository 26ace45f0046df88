module example.com/portal

go 1.26.0

require github.com/surepasslint/surepasslint v0.0.0

replace github.com/surepasslint/surepasslint => ../..
