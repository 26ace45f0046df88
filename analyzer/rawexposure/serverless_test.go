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

// TestOAuthTempl runs the check over a portal rendering a-h/templ pages
// (generated and hand-written components, Render and templ.Handler) and
// answering OAuth2 flows: Ory Hydra's reject calls, a fosite provider and
// zitadel/oidc errors. Every fix is applied (.golden files).
func TestOAuthTempl(t *testing.T) {
	checkFixed(t, "rawexposure/oauthtempl/...")
}

// TestPersonalSenders runs the check over a service that writes to its
// customers by email (net/smtp behind a Mailer interface, a Sendf helper)
// and SMS (a gateway client posting JSON, a Texter interface of its own),
// and pages its on-call team (a pager and an ops channel, not reported);
// and over the messaging SDKs' parameter objects (Twilio's messages,
// conversations and verifications, SendGrid's mails, AWS SES v2 and SNS
// to a phone), literals or filled by setters, reported once at the send
// (not when never sent, nor when holding the team's words).
func TestPersonalSenders(t *testing.T) {
	checkFixed(t, "rawexposure/notices/...")
}

// TestRelayedNotices runs the check over a service passing SurePassID's
// answer to a notifier package of its module that knows nothing of
// SurePassID: a Courier whose methods format what they are given into an
// e-mail (fmt.Sprintf, a text/template into a buffer, a letter struct, a
// printf-style ...any, an unexported helper) and send it through the
// package's Transport or Queue interface, an SMS notices interface whose
// only implementation is unexported, and an interface of the caller's own
// over the Courier. Reported at the calls; not the methods that only log
// the text, page the on-call team, or send fixed text, nor another
// vendor's message (.golden files).
func TestRelayedNotices(t *testing.T) {
	checkFixed(t, "rawexposure/relay/...")
}
