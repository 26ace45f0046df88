package rawexposure

import (
	"go/types"
	"slices"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Serverless sinks: AWS Lambda (github.com/aws/aws-lambda-go/events).
// There is no response writer: a handler returns a response struct, and
// API Gateway (REST and HTTP APIs), a Function URL or an ALB turns its
// fields into the HTTP response. So the fields are the sinks (field rows,
// fields.go), wherever the struct is built: in the handler or in a team's
// helper (apigw.JSON(status, v), apigw.Redirect(url)), whose parameters
// reaching a field are facts like any sink's. A value holding the struct
// carries nothing of what was stored, so returning it is not a second
// finding.
//
// Not rows: StatusCode and IsBase64Encoded; the custom authorizer responses
// (their Context goes to the backend integration, not to the caller); SQS,
// SNS, S3 and stream batch responses (nobody reads them but Lambda).
//
// Cognito user pool triggers answer Cognito, not the user, but Cognito
// shows the client app part of the answer: a custom challenge's
// PublicChallengeParameters (PrivateChallengeParameters and
// ChallengeMetadata stay in Cognito), and a custom message's SMS and email
// text (sent to the user). An error a trigger returns is relayed to the
// app too ("PreSignUp failed with error <text>."): the trigger's handler
// shape (cognitoTrigger, handlers.go) reports it at the return. An error
// returned from an API Gateway, Function URL or ALB handler becomes a
// generic 502, and one from an SQS or other event handler reaches no user:
// those are no shape.
//
// An HTTP API (payload 2.0) or Function URL handler may return anything
// JSON instead of a response struct: with no statusCode in it, API Gateway
// and Lambda answer 200 with the whole value as the body (func(ctx,
// events.APIGatewayV2HTTPRequest) (Reply, error)). Its results are the
// response (lambdaJSONHandlerSig, handlers.go; its errors still a 502),
// when the package starts it (lambda.Start(handler), lambdaStarts): a
// function of that signature the package does not start may be a helper
// another package calls (auth.Verify(ctx, req) (*Result, error)). A REST
// API or an ALB rejects such a value (502 "Malformed Lambda proxy
// response"): no shape.
//
// Google Cloud Functions, Vercel, OpenFaaS' and most other Go serverless
// runtimes hand the function a net/http ResponseWriter: the net/http rows.

const lambdaEvents = "github.com/aws/aws-lambda-go/events"

// lambdaPkg starts a handler: the first argument of lambdaStarts.
const lambdaPkg = "github.com/aws/aws-lambda-go/lambda"

var lambdaStarts = []string{"Start", "StartWithOptions", "StartWithContext", "StartHandlerFunc", "NewHandler", "NewHandlerWithOptions"}

// What the user sees, for the messages.
const (
	lambdaHTTP     = "the Lambda HTTP response (API Gateway, Function URL or ALB sends it to the client)"
	cognitoPublic  = "the Cognito custom challenge the app shows (publicChallengeParameters)"
	cognitoMessage = "the Cognito custom message (the SMS or email sent to the user)"
)

// serverlessFields are the field rows of the Lambda responses. Response
// marks the HTTP responses: a finding is at the return when the literal is
// returned directly, else at its first raw field.
var serverlessFields = []fieldSink{
	// API Gateway REST API (payload v1) and its response streaming.
	{Pkg: lambdaEvents, Type: "APIGatewayProxyResponse", Field: "Headers", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "APIGatewayProxyResponse", Field: "MultiValueHeaders", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "APIGatewayProxyResponse", Field: "Body", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "APIGatewayProxyStreamingResponse", Field: "Headers", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "APIGatewayProxyStreamingResponse", Field: "MultiValueHeaders", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "APIGatewayProxyStreamingResponse", Field: "Body", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "APIGatewayProxyStreamingResponse", Field: "Cookies", What: lambdaHTTP, Response: true},

	// API Gateway HTTP API (payload v2).
	{Pkg: lambdaEvents, Type: "APIGatewayV2HTTPResponse", Field: "Headers", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "APIGatewayV2HTTPResponse", Field: "MultiValueHeaders", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "APIGatewayV2HTTPResponse", Field: "Body", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "APIGatewayV2HTTPResponse", Field: "Cookies", What: lambdaHTTP, Response: true},

	// Lambda Function URLs (buffered and streamed).
	{Pkg: lambdaEvents, Type: "LambdaFunctionURLResponse", Field: "Headers", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "LambdaFunctionURLResponse", Field: "Body", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "LambdaFunctionURLResponse", Field: "Cookies", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "LambdaFunctionURLStreamingResponse", Field: "Headers", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "LambdaFunctionURLStreamingResponse", Field: "Body", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "LambdaFunctionURLStreamingResponse", Field: "Cookies", What: lambdaHTTP, Response: true},

	// ALB target groups: StatusDescription is the status line's reason
	// phrase ("401 Unauthorized"), text the client reads.
	{Pkg: lambdaEvents, Type: "ALBTargetGroupResponse", Field: "StatusDescription", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "ALBTargetGroupResponse", Field: "Headers", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "ALBTargetGroupResponse", Field: "MultiValueHeaders", What: lambdaHTTP, Response: true},
	{Pkg: lambdaEvents, Type: "ALBTargetGroupResponse", Field: "Body", What: lambdaHTTP, Response: true},

	// Cognito user pool triggers (see above).
	{Pkg: lambdaEvents, Type: "CognitoEventUserPoolsCreateAuthChallengeResponse", Field: "PublicChallengeParameters", What: cognitoPublic},
	{Pkg: lambdaEvents, Type: "CognitoEventUserPoolsCustomMessageResponse", Field: "SMSMessage", What: cognitoMessage},
	{Pkg: lambdaEvents, Type: "CognitoEventUserPoolsCustomMessageResponse", Field: "EmailMessage", What: cognitoMessage},
	{Pkg: lambdaEvents, Type: "CognitoEventUserPoolsCustomMessageResponse", Field: "EmailSubject", What: cognitoMessage},
}

// cognitoTriggers are the events of the Cognito user pool triggers Cognito
// runs synchronously, relaying an error the function returns to the client
// app as the text of a UserLambdaValidationException.
var cognitoTriggers = []string{
	"CognitoEventUserPoolsPreSignup",
	"CognitoEventUserPoolsPreAuthentication",
	"CognitoEventUserPoolsPostAuthentication",
	"CognitoEventUserPoolsPostConfirmation",
	"CognitoEventUserPoolsPreTokenGen",
	"CognitoEventUserPoolsPreTokenGenV2",
	"CognitoEventUserPoolsPreTokenGenV2_0",
	"CognitoEventUserPoolsMigrateUser",
	"CognitoEventUserPoolsDefineAuthChallenge",
	"CognitoEventUserPoolsCreateAuthChallenge",
	"CognitoEventUserPoolsVerifyAuthChallenge",
	"CognitoEventUserPoolsCustomMessage",
	"CognitoEventUserPoolsInboundFederation",
}

// cognitoTriggerSig reports whether sig is a Cognito trigger handler's: it
// takes one of the cognitoTriggers events (or a pointer to one) and returns
// an error last (func(ctx, ev) (ev, error), func(ev) error).
func cognitoTriggerSig(sig *types.Signature) bool {
	n := sig.Results().Len()
	if n == 0 || !types.Identical(sig.Results().At(n-1).Type(), typex.ErrorType) {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		named, _ := types.Unalias(typex.Deref(sig.Params().At(i).Type())).(*types.Named)
		if named != nil && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == lambdaEvents &&
			slices.Contains(cognitoTriggers, named.Obj().Name()) {
			return true
		}
	}
	return false
}

// lambdaJSONRequests are the events of the integrations that send a
// handler's own JSON as the body (payload 2.0's inferred response).
var lambdaJSONRequests = []string{"APIGatewayV2HTTPRequest", "LambdaFunctionURLRequest"}

// lambdaJSONHandlerSig reports whether sig is an HTTP API or Function URL
// handler returning its own value rather than an events response: it takes
// one of lambdaJSONRequests (or a pointer to one) and returns (T, error),
// T not a type of the events package (whose response fields are rows).
func lambdaJSONHandlerSig(sig *types.Signature) bool {
	if sig.Results().Len() != 2 || !types.Identical(sig.Results().At(1).Type(), typex.ErrorType) {
		return false
	}
	if n, _ := types.Unalias(typex.Deref(sig.Results().At(0).Type())).(*types.Named); n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == lambdaEvents {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		named, _ := types.Unalias(typex.Deref(sig.Params().At(i).Type())).(*types.Named)
		if named != nil && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == lambdaEvents &&
			slices.Contains(lambdaJSONRequests, named.Obj().Name()) {
			return true
		}
	}
	return false
}
