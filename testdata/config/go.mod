module example.com/kiosk

go 1.26
