// Package handlers implements the go-swagger server's login operations
// over the team's SurePassID wrapper.
package handlers

import (
	"context"
	"net/http"
	"strconv"

	"github.com/go-openapi/runtime"
	"github.com/go-openapi/runtime/middleware"

	"rawexposure/swagger/mfa"
	"rawexposure/swagger/mfacodes"
	"rawexposure/swagger/restapi/operations/login"
)

// Auth holds the SurePassID wrapper.
type Auth struct {
	MFA *mfa.Client
}

// Login answers the OTP codes it knows with 401 and signs in the rest.
func (a *Auth) Login(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Verify(context.Background(), params.User, params.Otp)
	if err != nil {
		return login.NewLoginServiceUnavailable()
	}
	switch res.Code { // want `fail-open switch over SurePassID return codes`
	case mfacodes.OTP_INVALID, mfacodes.BOGUS_OTP, mfacodes.OTP_ALREADY_USED:
		return login.NewLoginUnauthorized()
	}
	return login.NewLoginOK()
}

// LoginForbidden answers with middleware.Error and signs in the rest.
func (a *Auth) LoginForbidden(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Verify(context.Background(), params.User, params.Otp)
	if err != nil {
		return middleware.Error(http.StatusBadGateway, nil)
	}
	switch res.Code { // want `fail-open switch over SurePassID return codes`
	case mfacodes.OTP_INVALID, mfacodes.BOGUS_OTP:
		return middleware.Error(http.StatusForbidden, map[string]string{"message": mfacodes.UserMessage(res.Code)})
	case mfacodes.PARTNER_USER_LOGIN_DISABLED:
		return middleware.Error(403, nil)
	}
	return login.NewLoginOK()
}

// LoginFunc rejects from a ResponderFunc and signs in the rest.
func (a *Auth) LoginFunc(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Check(context.Background(), params.User, params.Otp)
	if err != nil {
		return middleware.Error(http.StatusBadGateway, nil)
	}
	if res.Code == mfacodes.OTP_INVALID || res.Code == mfacodes.BOGUS_OTP { // want `fail-open if-else chain over SurePassID return codes`
		return middleware.ResponderFunc(func(rw http.ResponseWriter, p runtime.Producer) {
			rw.Header().Set("X-Mfa-Result", strconv.FormatInt(res.Code, 10))
			rw.WriteHeader(http.StatusUnauthorized)
		})
	}
	return login.NewLoginOK()
}
