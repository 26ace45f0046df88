package handlers

import (
	"context"
	"net/http"

	"github.com/go-openapi/runtime"
	"github.com/go-openapi/runtime/middleware"

	"rawexposure/swagger/mfacodes"
	"rawexposure/swagger/restapi/operations/login"
)

// LoginClosed signs in on Success alone: quiet.
func (a *Auth) LoginClosed(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Verify(context.Background(), params.User, params.Otp)
	if err != nil {
		return login.NewLoginServiceUnavailable()
	}
	switch res.Code {
	case mfacodes.SUCCESS:
		return login.NewLoginOK()
	case mfacodes.OTP_INVALID, mfacodes.BOGUS_OTP:
		return login.NewLoginUnauthorized()
	default:
		return &login.LoginServiceUnavailable{}
	}
}

// LoginUnlessOK refuses every code but Success with a ResponderFunc: quiet.
func (a *Auth) LoginUnlessOK(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Verify(context.Background(), params.User, params.Otp)
	if err != nil || res.Code != mfacodes.SUCCESS {
		return middleware.ResponderFunc(func(rw http.ResponseWriter, p runtime.Producer) {
			rw.WriteHeader(http.StatusUnauthorized)
		})
	}
	return login.NewLoginOK()
}

// LoginDefault refuses in the default clause through a local responder:
// quiet.
func (a *Auth) LoginDefault(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Verify(context.Background(), params.User, params.Otp)
	if err != nil {
		return login.NewLoginServiceUnavailable()
	}
	switch res.Code {
	case mfacodes.SUCCESS:
		return login.NewLoginOK()
	case mfacodes.OTP_INVALID, mfacodes.BOGUS_OTP:
		return middleware.Error(http.StatusUnauthorized, nil)
	}
	refuse := login.NewLoginUnauthorized()
	return refuse
}
