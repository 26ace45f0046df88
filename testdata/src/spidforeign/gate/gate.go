// Package gate holds the proxy's decisions.
package gate // want "relevant package"

import (
	"spidforeign/authv1"
	"spidforeign/deploy"
	"spidforeign/edge"
	"spidforeign/merchantauth"
	"spidforeign/mfacodes"
	"spidforeign/otpstatus"
	"spidforeign/pipelinepb"
	"spidforeign/replica"
	"spidforeign/scheme"
	"spidforeign/textgw"
)

// Inputs are what the gate is told.
type Inputs struct {
	Answer edge.Answer
	Mfa    mfacodes.Result
	Otp    otpstatus.Status
	Pb     authv1.Result
	Halt   deploy.Halt
	Frame  replica.Frame
	Stage  pipelinepb.StageError
	Decl   scheme.DeclineCode
	Text   textgw.Status
	Merch  merchantauth.Result
}

func use(in Inputs) {
	_ = in.Answer.Code // want "role code"
	_ = in.Mfa         // want "role code"
	_ = in.Otp         // want "role code"
	_ = in.Pb          // want "role code"
	_ = in.Halt
	_ = in.Frame.Errno
	_ = in.Stage
	_ = in.Decl
	_ = in.Text
	_ = in.Merch // want "role code"
}
