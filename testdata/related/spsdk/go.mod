module example.com/spsdk

go 1.26.0
