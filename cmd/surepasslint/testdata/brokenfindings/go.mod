module example.com/brokenfindings

go 1.26
