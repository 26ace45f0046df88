// Package smsgw is the SMS vendor's client. Its codes happen to share
// SurePassID's range and names, but it is another vendor: its sentinels
// stand for none of SurePassID's codes.
package smsgw

import "errors"

// Status is the vendor's status code.
type Status int

const (
	Delivered Status = 0
	Throttled Status = 9012
	BadNumber Status = 9003
	Blocked   Status = 9051
)

var (
	ErrThrottled = errors.New("smsgw: throttled")
	ErrBadNumber = errors.New("smsgw: bad number")
	ErrBlocked   = errors.New("smsgw: number blocked")
)

var byStatus = map[Status]error{
	Throttled: ErrThrottled,
	BadNumber: ErrBadNumber,
	Blocked:   ErrBlocked,
}

// Send texts msg to number.
func Send(number, msg string) error {
	return byStatus[Delivered]
}
