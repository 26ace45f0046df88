module example.com/helpdesk

go 1.26

require example.com/otpvendor v1.4.0
