package handlers

import (
	"context"
	"net/http"

	"github.com/go-openapi/runtime/middleware"
	"github.com/go-openapi/swag"

	"rawexposure/swagger/mfacodes"
	"rawexposure/swagger/models"
	"rawexposure/swagger/restapi/operations/login"
)

// LoginMapped answers with the team's own text for the code.
func (a *Auth) LoginMapped(params login.LoginParams) middleware.Responder {
	res, err := a.MFA.Verify(context.Background(), params.User, params.Otp)
	if err != nil {
		return middleware.Error(http.StatusBadGateway, map[string]string{"message": err.Error()})
	}
	if res.Code != mfacodes.SUCCESS {
		return login.NewLoginUnauthorized().WithPayload(&models.Error{Message: swag.String(mfacodes.UserMessage(res.Code))})
	}
	return login.NewLoginOK()
}
