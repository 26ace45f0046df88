// Package labvendor relays the lab-results vendor's answers, which carry
// the same errorCode and errorMessage fields as SurePassID's, through the
// same Lambda responses and a Cognito trigger: with no SurePassID signal
// nothing here is reported.
package labvendor

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

type labAnswer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Result       string `json:"result"`
}

func lookup(ctx context.Context, id string) (*labAnswer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://labs.example/results/"+id, nil)
	if err != nil {
		return nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out labAnswer
	return &out, json.NewDecoder(res.Body).Decode(&out)
}

func Result(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	a, err := lookup(ctx, req.PathParameters["id"])
	if err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	if a.ErrorCode != 0 {
		return events.APIGatewayV2HTTPResponse{StatusCode: 404, Body: a.ErrorMessage, Headers: map[string]string{"X-Lab-Code": fmt.Sprint(a.ErrorCode)}}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: a.Result}, nil
}

func PreSignUp(ctx context.Context, ev events.CognitoEventUserPoolsPreSignup) (events.CognitoEventUserPoolsPreSignup, error) {
	a, err := lookup(ctx, ev.Request.UserAttributes["custom:lab_id"])
	if err != nil {
		return ev, err
	}
	if a.ErrorCode != 0 {
		return ev, fmt.Errorf("lab record: %s", a.ErrorMessage)
	}
	return ev, nil
}
