module github.com/surepasslint/surepasslint

go 1.26.0
