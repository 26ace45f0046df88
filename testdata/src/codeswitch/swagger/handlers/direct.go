package handlers

import (
	"github.com/go-openapi/runtime/middleware"
	"github.com/go-openapi/swag"

	"rawexposure/swagger/client/authentication"
	"rawexposure/swagger/othervendor"
	"rawexposure/swagger/ptrutil"
	"rawexposure/swagger/restapi/operations/login"
)

// Direct reads the generated payload with swag and lets the rest in.
func Direct(api authentication.ClientService, params login.LoginParams) middleware.Responder {
	ok, err := api.ValidateOtp(&authentication.ValidateOtpParams{})
	if err != nil {
		return login.NewLoginServiceUnavailable()
	}
	switch swag.Int64Value(ok.Payload.ErrorCode) { // want `fail-open switch over SurePassID return codes`
	case 9003, 9030:
		return login.NewLoginUnauthorized()
	}
	return login.NewLoginOK()
}

// DirectOwn reads it with the team's generic helper, fail-closed: quiet.
func DirectOwn(api authentication.ClientService, params login.LoginParams) middleware.Responder {
	ok, err := api.ValidateOtp(&authentication.ValidateOtpParams{})
	if err != nil {
		return login.NewLoginServiceUnavailable()
	}
	if code := ptrutil.Value(ok.Payload.ErrorCode); code != 0 {
		return login.NewLoginUnauthorized()
	}
	return login.NewLoginOK()
}

// DirectOwnOpen reads it with the team's generic helper and lets the
// rest in.
func DirectOwnOpen(api authentication.ClientService, params login.LoginParams) middleware.Responder {
	ok, err := api.ValidateOtp(&authentication.ValidateOtpParams{})
	if err != nil {
		return login.NewLoginServiceUnavailable()
	}
	if ptrutil.Value(ok.Payload.ErrorCode) == 9003 { // want `fail-open if-else chain over SurePassID return codes`
		return login.NewLoginUnauthorized()
	}
	return login.NewLoginOK()
}

// SMS switches over the SMS vendor's code: quiet.
func SMS(sms *othervendor.Check) middleware.Responder {
	switch swag.Int64Value(sms.ErrorCode) {
	case 9003:
		return login.NewLoginUnauthorized()
	}
	return login.NewLoginOK()
}
