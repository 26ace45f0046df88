// Command balance answers behind an HTTP API and a Function URL with its own
// JSON instead of an events response: with no statusCode in it, API Gateway
// (payload 2.0) and Function URLs send the whole value as the body, so what
// the handler returns is the response. Its errors are a generic 502.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"rawexposure/serverless/payapp/internal/spclient"
)

var sp = spclient.New()

type balanceReply struct {
	OK      bool   `json:"ok"`
	Balance int64  `json:"balance,omitempty"`
	Error   string `json:"error,omitempty"`
}

func balance(ctx context.Context, req events.APIGatewayV2HTTPRequest) (balanceReply, error) {
	res, err := sp.ValidateOTP(ctx, req.PathParameters["user"], req.Body)
	if err != nil {
		return balanceReply{}, err
	}
	if res.Failed() {
		return balanceReply{Error: res.Message}, nil // want `raw SurePassID errorMessage \(from res.Message\) returned from an HTTP API or Function URL handler as the response sent to the client`
	}
	return balanceReply{OK: true, Balance: 1200}, nil
}

func quick(ctx context.Context, req *events.LambdaFunctionURLRequest) (map[string]string, error) {
	res, err := sp.ValidateOTP(ctx, req.QueryStringParameters["user"], req.Body)
	if err != nil {
		return nil, err
	}
	if res.Status != spclient.StatusOK {
		return map[string]string{"error": fmt.Sprintf("code %d", res.Status)}, nil // want `raw SurePassID return code \(from res.Status\) returned from an HTTP API or Function URL handler as the response sent to the client`
	}
	return map[string]string{"status": "ok"}, nil
}

// denied: raw text only in the returned error (a 502) and in a fixed reply.
func denied(ctx context.Context, req events.APIGatewayV2HTTPRequest) (*balanceReply, error) {
	res, err := sp.ValidateOTP(ctx, req.PathParameters["user"], req.Body)
	if err != nil {
		return nil, err
	}
	if res.Failed() {
		return nil, errors.New(res.Message)
	}
	return &balanceReply{OK: true}, nil
}

// legacy behind a REST API: a value that is no proxy response is rejected
// (502 "Malformed Lambda proxy response"), nothing reaches the client.
func legacy(ctx context.Context, req events.APIGatewayProxyRequest) (balanceReply, error) {
	res, err := sp.ValidateOTP(ctx, req.PathParameters["user"], req.Body)
	if err != nil {
		return balanceReply{}, err
	}
	return balanceReply{Error: res.Message}, nil
}

// lookup has the handler's shape but is called by the handlers: its caller
// decides what is sent.
func lookup(ctx context.Context, req events.APIGatewayV2HTTPRequest) (string, error) {
	res, err := sp.ValidateOTP(ctx, req.PathParameters["user"], req.Body)
	if err != nil {
		return "", err
	}
	return res.Message, nil
}

func main() {
	if msg, err := lookup(context.Background(), events.APIGatewayV2HTTPRequest{}); err == nil {
		fmt.Println(msg)
	}
	switch {
	case len(os.Args) > 2:
		lambda.Start(balance)
	case len(os.Args) > 1:
		lambda.StartWithOptions(quick, lambda.WithContext(context.Background()))
	case len(os.Args) > 0:
		lambda.Start(legacy)
	default:
		lambda.Start(denied)
	}
	lambda.Start(func(ctx context.Context, req events.LambdaFunctionURLRequest) (any, error) {
		res, err := sp.PreEnroll(ctx, req.QueryStringParameters["user"])
		if err != nil {
			return nil, err
		}
		if res.Failed() {
			type reply struct {
				Message string `json:"message"`
			}
			return reply{Message: res.Message}, nil // want `raw SurePassID errorMessage \(from res.Message\) returned from an HTTP API or Function URL handler as the response sent to the client`
		}
		return res.Data, nil
	})
}
