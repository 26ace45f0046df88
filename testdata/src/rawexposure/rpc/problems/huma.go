// Package problems builds huma's RFC 9457 problems and gqlparser's GraphQL
// errors as literals: every text field of them is sent to the client.
package problems

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/rpc/spauth"
)

type VerifyInput struct {
	Body struct {
		User string `json:"user"`
		Otp  string `json:"otp"`
	}
}

type VerifyOutput struct {
	Body struct {
		Ok bool `json:"ok"`
	}
}

type API struct {
	SP *spauth.Client
}

// Register registers the operations.
func (a *API) Register(api huma.API) {
	huma.Register(api, huma.Operation{OperationID: "verify", Method: http.MethodPost, Path: "/verify"}, a.verify)
	huma.Register(api, huma.Operation{OperationID: "enroll", Method: http.MethodPost, Path: "/enroll"}, a.enroll)
}

// verify answers with problems built by hand.
func (a *API) verify(ctx context.Context, in *VerifyInput) (*VerifyOutput, error) {
	resp, err := a.SP.ValidateOTP(ctx, in.Body.User, in.Body.Otp)
	if err != nil {
		return nil, &huma.ErrorModel{Status: http.StatusBadGateway, Title: "Bad Gateway", Detail: "authentication service unavailable"}
	}
	switch resp.ErrorCode {
	case 0:
		return &VerifyOutput{}, nil
	case 9001:
		return nil, &huma.ErrorModel{Status: http.StatusUnauthorized, Title: "Unauthorized", Detail: resp.ErrorMessage} // want `raw SurePassID errorMessage .*huma error response.*huma.ErrorModel.Detail`
	case 9002:
		return nil, &huma.ErrorModel{Status: http.StatusUnauthorized, Title: resp.ErrorMessage} // want `raw SurePassID errorMessage .*huma.ErrorModel.Title`
	case 9003:
		return nil, &huma.ErrorModel{Status: http.StatusUnauthorized, Type: "https://example.com/problems/otp#" + resp.ErrorMessage} // want `raw SurePassID errorMessage .*huma.ErrorModel.Type`
	case 9005:
		return nil, &huma.ErrorModel{Status: http.StatusUnauthorized, Instance: fmt.Sprintf("/verify/%d", resp.ErrorCode)} // want `raw SurePassID return code .*huma.ErrorModel.Instance`
	case 9004:
		return nil, &huma.ErrorModel{
			Status: http.StatusUnprocessableEntity,
			Title:  "Unprocessable Entity",
			Detail: "the code was not accepted",
			Errors: []*huma.ErrorDetail{{ // want `raw SurePassID errorMessage .*huma.ErrorDetail.Message`
				Message:  resp.ErrorMessage,
				Location: "body.otp",
				Value:    in.Body.Otp,
			}},
		}
	}
	// Quiet: the status from the code, constants for the text, the raw
	// message logged.
	log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
	status := http.StatusUnauthorized
	if resp.ErrorCode == 9030 {
		status = http.StatusForbidden
	}
	return nil, &huma.ErrorModel{Status: status, Title: http.StatusText(status), Detail: "invalid code"}
}

// enroll adds details to a problem after building it.
func (a *API) enroll(ctx context.Context, in *VerifyInput) (*VerifyOutput, error) {
	resp, err := a.SP.ValidateOTP(ctx, in.Body.User, in.Body.Otp)
	if err != nil || resp.ErrorCode == 0 {
		return &VerifyOutput{}, nil
	}
	problem := &huma.ErrorModel{Status: http.StatusBadRequest, Title: "Bad Request"}
	problem.Detail = "enrollment failed: " + resp.ErrorMessage // want `raw SurePassID errorMessage .*huma.ErrorModel.Detail`
	detail := &huma.ErrorDetail{Message: "rejected", Location: "body.otp"}
	detail.Location = resp.ErrorMessage // want `raw SurePassID errorMessage .*huma.ErrorDetail.Location`
	detail.Value = resp                 // want `raw SurePassID errorMessage .*huma.ErrorDetail.Value`
	problem.Errors = append(problem.Errors, detail)
	return nil, problem
}
