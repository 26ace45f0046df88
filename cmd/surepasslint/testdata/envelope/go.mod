module example.com/portal

go 1.26.0

replace github.com/surepasslint/surepasslint => ../../../..

require github.com/surepasslint/surepasslint v0.0.0-00010101000000-000000000000
