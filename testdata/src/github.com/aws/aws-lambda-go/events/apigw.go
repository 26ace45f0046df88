// Package events is a stub of github.com/aws/aws-lambda-go/events: the
// request and response types of the Lambda integrations the testdata uses.
package events

// APIGatewayProxyRequest is a REST API (payload v1) request.
type APIGatewayProxyRequest struct {
	Path                  string            `json:"path"`
	HTTPMethod            string            `json:"httpMethod"`
	Headers               map[string]string `json:"headers"`
	QueryStringParameters map[string]string `json:"queryStringParameters"`
	PathParameters        map[string]string `json:"pathParameters"`
	Body                  string            `json:"body"`
}

// APIGatewayProxyResponse is a REST API (payload v1) response.
type APIGatewayProxyResponse struct {
	StatusCode        int                 `json:"statusCode"`
	Headers           map[string]string   `json:"headers"`
	MultiValueHeaders map[string][]string `json:"multiValueHeaders"`
	Body              string              `json:"body"`
	IsBase64Encoded   bool                `json:"isBase64Encoded,omitempty"`
}

// APIGatewayV2HTTPRequest is an HTTP API (payload v2) request.
type APIGatewayV2HTTPRequest struct {
	RawPath               string            `json:"rawPath"`
	Headers               map[string]string `json:"headers"`
	QueryStringParameters map[string]string `json:"queryStringParameters"`
	PathParameters        map[string]string `json:"pathParameters"`
	Body                  string            `json:"body"`
}

// APIGatewayV2HTTPResponse is an HTTP API (payload v2) response.
type APIGatewayV2HTTPResponse struct {
	StatusCode        int                 `json:"statusCode"`
	Headers           map[string]string   `json:"headers"`
	MultiValueHeaders map[string][]string `json:"multiValueHeaders"`
	Body              string              `json:"body"`
	IsBase64Encoded   bool                `json:"isBase64Encoded,omitempty"`
	Cookies           []string            `json:"cookies"`
}

// APIGatewayV2CustomAuthorizerV2Request is a Lambda authorizer's request.
type APIGatewayV2CustomAuthorizerV2Request struct {
	Headers map[string]string `json:"headers"`
}

// APIGatewayV2CustomAuthorizerSimpleResponse is the simple format of an
// API Gateway V2 authorization response.
type APIGatewayV2CustomAuthorizerSimpleResponse struct {
	IsAuthorized bool                   `json:"isAuthorized"`
	Context      map[string]interface{} `json:"context,omitempty"`
}
