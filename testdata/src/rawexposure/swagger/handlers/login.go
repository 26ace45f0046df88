// Package handlers implements the go-swagger server's operations. // want package:"models.Error.Message raw errorMessage"
package handlers

import (
	"context"
	"net/http"
	"strconv"

	"github.com/go-openapi/runtime"
	"github.com/go-openapi/runtime/middleware"
	"github.com/go-openapi/swag"

	"rawexposure/swagger/mfa"
	"rawexposure/swagger/mfacodes"
	"rawexposure/swagger/models"
	"rawexposure/swagger/restapi/operations/login"
)

// Auth holds the SurePassID wrapper.
type Auth struct {
	MFA *mfa.Client
}

// Login answers a wrong OTP with SurePassID's own message.
func (a *Auth) Login(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Verify(context.Background(), params.User, params.Otp)
	if err != nil {
		return login.NewLoginServiceUnavailable().WithPayload(&models.Error{Message: swag.String("try again later")})
	}
	if res.Code != mfacodes.SUCCESS {
		return login.NewLoginUnauthorized().WithPayload(&models.Error{Message: swag.String(res.Message)}) // want `raw SurePassID errorMessage`
	}
	return login.NewLoginOK()
}

// LoginLegacy answers through middleware.Error with a map body.
func (a *Auth) LoginLegacy(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Check(context.Background(), params.User, params.Otp)
	if err != nil {
		return middleware.Error(http.StatusBadGateway, map[string]string{"message": "try again later"})
	}
	if res.Code != mfacodes.SUCCESS {
		return middleware.Error(http.StatusForbidden, map[string]string{"message": res.Message}) // want `raw SurePassID errorMessage`
	}
	return login.NewLoginOK()
}

type problem struct {
	Detail string `json:"detail"`
}

// LoginProblem writes its own problem body from a ResponderFunc.
func (a *Auth) LoginProblem(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Verify(context.Background(), params.User, params.Otp)
	if err != nil {
		return middleware.Error(http.StatusBadGateway, nil)
	}
	if res.Code != mfacodes.SUCCESS {
		return middleware.ResponderFunc(func(rw http.ResponseWriter, p runtime.Producer) {
			rw.Header().Set("X-Mfa-Result", strconv.FormatInt(res.Code, 10)) // want `raw SurePassID return code .*response header`
			rw.WriteHeader(http.StatusUnauthorized)
			p.Produce(rw, problem{Detail: res.Message}) // want `raw SurePassID errorMessage`
		})
	}
	return login.NewLoginOK()
}
