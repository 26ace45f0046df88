package rawexposure

import "testing"

// TestServerlessFields checks the Lambda field rows against the
// aws-lambda-go events stub (copied from the module): the types and fields
// exist, are sent and are no status code; and each row is stored into on a
// // want line of the serverless cases.
func TestServerlessFields(t *testing.T) {
	matchFieldStubs(t, serverlessFields)
	coveredFields(t, serverlessFields, "rawexposure/serverless/...")
}
