package stepup

import "errors"

var (
	errDenied = errors.New("stepup: denied")
	errStepUp = errors.New("stepup: step-up required")
)
