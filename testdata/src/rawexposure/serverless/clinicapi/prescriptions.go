// Package clinicapi serves the clinic's REST API (API Gateway, payload
// v1): renewing a prescription needs a SurePassID one-time password.
package clinicapi

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/aws/aws-lambda-go/events"

	"rawexposure/serverless/lambdahttp"
	"rawexposure/serverless/mfaclient"
)

type API struct {
	MFA *mfaclient.Service
	Log *slog.Logger
}

type renewal struct {
	Patient string `json:"patient"`
	OTP     string `json:"otp"`
}

func parse(req events.APIGatewayProxyRequest) (renewal, bool) {
	var r renewal
	return r, json.Unmarshal([]byte(req.Body), &r) == nil && r.Patient != ""
}

// Renew goes through a team helper: the helper's fact makes the call the
// sink.
func (a *API) Renew(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	in, ok := parse(req)
	if !ok {
		return lambdahttp.Problem(http.StatusBadRequest, "malformed request"), nil
	}
	o, err := a.MFA.ValidateOTP(ctx, in.Patient, in.OTP)
	if err != nil {
		a.Log.Error("surepassid unreachable", "err", err)
		return lambdahttp.Problem(http.StatusServiceUnavailable, "try again shortly"), nil
	}
	if o.Code != 0 {
		a.Log.Warn("renewal refused", "code", o.Code, "message", o.Message)
		return lambdahttp.Problem(http.StatusUnauthorized, o.Message), nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* by lambdahttp.Problem`
	}
	return lambdahttp.Status(http.StatusNoContent), nil
}

// Cancel returns its literal directly: the finding is on the return line,
// however many lines the literal takes.
func (a *API) Cancel(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	in, _ := parse(req)
	o, err := a.MFA.ValidateOTP(ctx, in.Patient, in.OTP)
	if err != nil {
		return lambdahttp.Status(http.StatusBadGateway), nil
	}
	if o.Code != 0 {
		return events.APIGatewayProxyResponse{ // want `raw SurePassID return code \(from o.Code\) written to the Lambda HTTP response .* in events.APIGatewayProxyResponse.Headers`
			StatusCode: http.StatusForbidden,
			Headers: map[string]string{
				"Content-Type":   "application/json",
				"X-Clinic-Error": strconv.Itoa(o.Code),
			},
			Body: `{"error":"not renewed"}`,
		}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusNoContent}, nil
}

// Transfer builds its response first and returns it later: the finding is
// on the field that gets the raw text.
func (a *API) Transfer(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	in, _ := parse(req)
	o, err := a.MFA.ValidateOTP(ctx, in.Patient, in.OTP)
	if err != nil {
		return lambdahttp.Status(http.StatusBadGateway), nil
	}
	var resp events.APIGatewayProxyResponse
	if o.Code != 0 {
		detail, _ := json.Marshal(map[string]any{"error": "transfer_refused", "why": o.Message})
		resp = events.APIGatewayProxyResponse{
			StatusCode: http.StatusForbidden,
			Body:       string(detail), // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* in events.APIGatewayProxyResponse.Body`
		}
		a.Log.Info("transfer refused", "patient", in.Patient)
		return resp, nil
	}
	resp.StatusCode = http.StatusAccepted
	resp.MultiValueHeaders = map[string][]string{"X-Attempt": {fmt.Sprint(o.Code)}} // want `raw SurePassID return code \(from o.Code\) written to the Lambda HTTP response .* in events.APIGatewayProxyResponse.MultiValueHeaders`
	return resp, nil
}

// Refill: an error returned from an API Gateway handler becomes API
// Gateway's generic 502 ("Internal server error"); its text reaches no
// client. Nor does what is only logged, or the fixed and mapped texts.
func (a *API) Refill(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want Refill:`rawexposure\(result 1 raw errorMessage from mfaclient.Check\)`
	in, _ := parse(req)
	if err := a.MFA.Check(ctx, in.Patient, in.OTP); err != nil {
		a.Log.Warn("refill refused", "err", err)
		lambdahttp.Trace("refill", err.Error())
		return events.APIGatewayProxyResponse{}, fmt.Errorf("refill for %s: %w", in.Patient, err)
	}
	o, err := a.MFA.ValidateOTP(ctx, in.Patient, in.OTP)
	if err != nil {
		return events.APIGatewayProxyResponse{}, err
	}
	if o.Code != 0 {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusUnauthorized, Body: `{"error":"code not accepted"}`}, nil
	}
	return lambdahttp.Problem(http.StatusOK, http.StatusText(http.StatusOK)), nil
}
