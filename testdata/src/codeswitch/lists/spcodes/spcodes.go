// Package spcodes is the fraud team's shared view of the SurePassID return
// codes: the values of the vendor's enum it refers to, and the lists of
// them each flow refuses or accepts.
package spcodes

import "slices"

// Success is the one answer that means the check passed.
const Success = 0

// The failures the flows tell apart.
const (
	UserLoginFailed          = 9001
	OtpAlreadyUsed           = 9002
	OtpInvalid               = 9003
	UserLoginDisabled        = 9007
	MaxFailedOtpRequests     = 9015
	BogusOtp                 = 9030
	LoginFailedInvalidOtp    = 9034
	DeviceAlreadyProvisioned = 9047
)

// hardFailures are the answers refused at checkout, kept private so no
// flow edits them: HardFailures hands out a copy.
var hardFailures = []int{OtpInvalid, BogusOtp, OtpAlreadyUsed, UserLoginFailed}

// HardFailures returns a copy of the checkout refusals.
func HardFailures() []int { return append([]int(nil), hardFailures...) } // want HardFailures:"codeswitch\\(list\\)"

// throttled are the answers meaning the vendor locked the user out.
var throttled = []int{MaxFailedOtpRequests, UserLoginDisabled}

// Throttled returns a copy of the lockout answers.
func Throttled() []int { return slices.Clone(throttled) } // want Throttled:"codeswitch\\(list\\)"

// Replays are the answers of a reused or forged password, shared as is.
var Replays = []int{OtpAlreadyUsed, BogusOtp, LoginFailedInvalidOtp} // want Replays:"codeswitch\\(list\\)"

// enrollOK are the answers that let a device enrollment through.
var enrollOK = []int{Success, DeviceAlreadyProvisioned}

// EnrollOK returns a copy of the enrollment allow-list.
func EnrollOK() []int { return append(enrollOK[:0:0], enrollOK...) } // want EnrollOK:"codeswitch\\(list\\)"

// PushRefusals returns the answers a push approval refuses, built in place.
func PushRefusals() []int { // want PushRefusals:"codeswitch\\(list\\)"
	return []int{OtpInvalid, UserLoginFailed, UserLoginDisabled}
}
