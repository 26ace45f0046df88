package events

// ALBTargetGroupRequest is an ALB target group's request.
type ALBTargetGroupRequest struct {
	HTTPMethod            string            `json:"httpMethod"`
	Path                  string            `json:"path"`
	QueryStringParameters map[string]string `json:"queryStringParameters,omitempty"`
	Headers               map[string]string `json:"headers,omitempty"`
	Body                  string            `json:"body"`
}

// ALBTargetGroupResponse is an ALB target group's response.
type ALBTargetGroupResponse struct {
	StatusCode        int                 `json:"statusCode"`
	StatusDescription string              `json:"statusDescription"`
	Headers           map[string]string   `json:"headers"`
	MultiValueHeaders map[string][]string `json:"multiValueHeaders"`
	Body              string              `json:"body,omitempty"`
	IsBase64Encoded   bool                `json:"isBase64Encoded"`
}
