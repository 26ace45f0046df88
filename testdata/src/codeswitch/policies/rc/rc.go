// Package rc holds the SurePassID return codes the team uses, untyped,
// and the answer the REST client decodes.
package rc

const (
	RcSuccess                = 0
	RcPartnerUserLoginFailed = 9001
	RcOtpAlreadyUsed         = 9002
	RcOtpInvalid             = 9003
	RcDeviceInvalid          = 9004
	RcDatabaseError          = 9010
	RcSmsSendError           = 9012
	RcDeviceInUse            = 9019
	RcDeviceNotFound         = 9021
	RcDeviceDisabled         = 9028
	RcBogusOtp               = 9030
	RcEmailSendError         = 9031
	RcSendOtpExpired         = 9043
	RcProvisioned            = 9045
)

// Answer is the JSON body of every SurePassID call.
type Answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}
