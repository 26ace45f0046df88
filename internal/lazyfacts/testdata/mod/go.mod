module example.com/mod

go 1.26.0

require example.com/mod/nested v0.0.0

replace example.com/mod/nested => ./nested
