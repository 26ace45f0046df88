package events

// LambdaFunctionURLRequest is a Function URL's request.
type LambdaFunctionURLRequest struct {
	RawPath               string            `json:"rawPath"`
	Headers               map[string]string `json:"headers"`
	QueryStringParameters map[string]string `json:"queryStringParameters,omitempty"`
	Body                  string            `json:"body,omitempty"`
}

// LambdaFunctionURLResponse is a Function URL's response.
type LambdaFunctionURLResponse struct {
	StatusCode      int               `json:"statusCode"`
	Headers         map[string]string `json:"headers"`
	Body            string            `json:"body"`
	IsBase64Encoded bool              `json:"isBase64Encoded"`
	Cookies         []string          `json:"cookies"`
}
