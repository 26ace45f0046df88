package rawexposure_test

import "testing"

// TestServerless runs the check over AWS Lambda functions: API Gateway
// (REST and HTTP APIs), Function URL and ALB handlers returning the
// aws-lambda-go/events responses, a helper package building them, and
// Cognito user pool triggers. Every fix is applied (.golden files); the
// fixed packages must type-check and have no finding left.
func TestServerless(t *testing.T) {
	checkFixed(t, "rawexposure/serverless/...")
}
