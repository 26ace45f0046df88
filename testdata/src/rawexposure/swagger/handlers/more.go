package handlers

import (
	"context"
	"errors"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/go-openapi/runtime"
	"github.com/go-openapi/runtime/middleware"
	"github.com/go-openapi/swag"

	"rawexposure/swagger/mfa"
	"rawexposure/swagger/mfacodes"
	"rawexposure/swagger/models"
	"rawexposure/swagger/othervendor"
	"rawexposure/swagger/restapi/operations/login"
)

// Devices holds the device-enrollment operations.
type Devices struct {
	MFA *mfa.Client
	SMS *othervendor.Client
}

// Enroll answers with the literal responder.
func (d *Devices) Enroll(params login.LoginParams) middleware.Responder { // want Enroll:"result 0 raw errorMessage"
	out, err := d.MFA.Enroll(context.Background(), params.User, params.Otp)
	if err != nil {
		return login.NewLoginServiceUnavailable()
	}
	if out.Status != mfacodes.SUCCESS {
		return &login.LoginUnauthorized{Payload: &models.Error{Message: aws.String(out.Reason)}} // want `raw SurePassID errorMessage .*go-swagger responder`
	}
	return login.NewLoginOK()
}

// Reason answers with the message read through lo.
func (d *Devices) Reason(params login.LoginParams) middleware.Responder {
	reason, err := d.MFA.Reason(context.Background(), params.User, params.Otp)
	if err != nil {
		return middleware.NotImplemented(reason) // want `raw SurePassID errorMessage .*go-swagger error response`
	}
	body := &models.Error{Message: swag.String(reason)}
	return login.NewLoginUnauthorized().WithPayload(body) // want `raw SurePassID errorMessage .*go-swagger responder`
}

// Login shows the wrapper error's public text: quiet.
func (d *Devices) Login(params login.LoginParams) middleware.Responder {
	err := d.MFA.SignIn(context.Background(), params.User, params.Otp)
	var mfaErr *mfa.Error
	if errors.As(err, &mfaErr) {
		return login.NewLoginUnauthorized().WithPayload(&models.Error{Message: swag.String(mfaErr.Public())})
	}
	if err != nil {
		return middleware.Error(http.StatusBadGateway, map[string]string{"message": "try again later"})
	}
	return login.NewLoginOK()
}

// LoginFunc writes the mapped text from a ResponderFunc: quiet.
func (d *Devices) LoginFunc(params login.LoginParams) middleware.Responder {
	res, err := d.MFA.Verify(context.Background(), params.User, params.Otp)
	if err != nil || res.Code == mfacodes.SUCCESS {
		return login.NewLoginOK()
	}
	return middleware.ResponderFunc(func(rw http.ResponseWriter, p runtime.Producer) {
		rw.WriteHeader(http.StatusUnauthorized)
		p.Produce(rw, problem{Detail: mfacodes.UserMessage(res.Code)})
	})
}

// SendSMS answers with the SMS vendor's own message: not SurePassID's.
func (d *Devices) SendSMS(params login.LoginParams) middleware.Responder {
	chk, err := d.SMS.Send(context.Background(), params.User)
	if err != nil {
		return login.NewLoginServiceUnavailable()
	}
	if swag.Int64Value(chk.ErrorCode) != 0 {
		return login.NewLoginUnauthorized().WithPayload(&models.Error{Message: chk.ErrorMessage})
	}
	return login.NewLoginOK()
}
