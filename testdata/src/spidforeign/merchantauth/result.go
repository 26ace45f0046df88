// Package merchantauth signs merchants in to the back office.
package merchantauth // want "relevant package"

// Result is a SurePassID return code, by its published names.
type Result int

const (
	ResultSuccess        Result = 0
	ResultOTPInvalid     Result = 9003
	ResultOTPAlreadyUsed Result = 9002
	ResultDatabaseError  Result = 9010
)
