// Package openapi is a test stub of github.com/twilio/twilio-go/rest/verify/v2
// (v1.31): the Verifications resource's create call and its parameters.
package openapi

// CreateVerificationParams are the parameters of CreateVerification.
type CreateVerificationParams struct {
	To                 *string `json:"To,omitempty"`
	Channel            *string `json:"Channel,omitempty"`
	CustomFriendlyName *string `json:"CustomFriendlyName,omitempty"`
	CustomMessage      *string `json:"CustomMessage,omitempty"`
	Locale             *string `json:"Locale,omitempty"`
}

func (params *CreateVerificationParams) SetTo(To string) *CreateVerificationParams {
	params.To = &To
	return params
}

func (params *CreateVerificationParams) SetChannel(Channel string) *CreateVerificationParams {
	params.Channel = &Channel
	return params
}

func (params *CreateVerificationParams) SetCustomFriendlyName(CustomFriendlyName string) *CreateVerificationParams {
	params.CustomFriendlyName = &CustomFriendlyName
	return params
}

func (params *CreateVerificationParams) SetCustomMessage(CustomMessage string) *CreateVerificationParams {
	params.CustomMessage = &CustomMessage
	return params
}

func (params *CreateVerificationParams) SetLocale(Locale string) *CreateVerificationParams {
	params.Locale = &Locale
	return params
}

// VerifyV2Verification is a verification started.
type VerifyV2Verification struct {
	Sid    *string `json:"sid,omitempty"`
	Status *string `json:"status,omitempty"`
}

// ApiService is the client's Verify v2 service.
type ApiService struct{}

// CreateVerification creates a new verification.
func (c *ApiService) CreateVerification(ServiceSid string, params *CreateVerificationParams) (*VerifyV2Verification, error) {
	return &VerifyV2Verification{}, nil
}
