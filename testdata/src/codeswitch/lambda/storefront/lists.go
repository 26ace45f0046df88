package storefront

import (
	"context"
	"errors"
	"log"
	"net/http"
	"slices"

	"github.com/aws/aws-lambda-go/events"

	"codeswitch/lambda/mfagate"
	"codeswitch/lambda/respond"
)

// declined are the answers of a push approval that mean the customer said
// no.
var declined = []mfagate.ReturnCode{
	mfagate.RCPushDenied,
	mfagate.RCOTPInvalid,
}

// Approve confirms an order once the push is approved: a deny list looked
// up with slices.Contains, and any other code confirms. Reported, with the
// list as related information.
func (s *Shop) Approve(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	user := req.Headers["x-user"]
	a, err := s.Gate.Check(ctx, user, "")
	if err != nil {
		return respond.JSON(http.StatusBadGateway, "try again"), nil
	}
	if slices.Contains(declined, a.ErrorCode) { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		return respond.Forbidden("declined"), nil
	}
	if err := s.Seats.Hold(ctx, user, req.PathParameters["order"]); err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	return respond.JSON(http.StatusOK, "confirmed"), nil
}

// accepted is an allow list.
var accepted = []mfagate.ReturnCode{mfagate.RCSuccess}

// Cancel refuses every code its allow list does not hold. Not reported.
func (s *Shop) Cancel(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	user := req.Headers["x-user"]
	a, err := s.Gate.Check(ctx, user, req.QueryStringParameters["otp"])
	if err != nil {
		return respond.JSON(http.StatusBadGateway, "try again"), nil
	}
	if !slices.Contains(accepted, a.ErrorCode) {
		return respond.Forbidden("not verified"), nil
	}
	if err := s.Seats.Release(ctx, user, req.PathParameters["order"]); err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	return respond.JSON(http.StatusOK, "cancelled"), nil
}

var errLocked = errors.New("account locked")

// lockouts are the answers that lock a customer out of resales.
var lockouts = [...]mfagate.ReturnCode{mfagate.RCMaxUserAttempts, mfagate.RCMaxFailedOTPRequests, mfagate.RCPartnerUserLoginDisabled}

// allowResale walks the lockout list; any other code allows the resale.
// Reported at the if, with the list as related information.
func allowResale(ctx context.Context, g mfagate.Gate, user, otp string) error {
	a, err := g.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	for _, rc := range lockouts {
		if rc == a.ErrorCode { // want `fail-open if-else chain over SurePassID return codes: 80 security-relevant codes fall through unhandled`
			return errLocked
		}
	}
	return nil
}

// allowGift walks the lockout list, then refuses every other failure.
// Not reported.
func allowGift(ctx context.Context, g mfagate.Gate, user, otp string) error {
	a, err := g.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	for _, rc := range lockouts {
		if a.ErrorCode == rc {
			return errLocked
		}
	}
	if !a.Passed() {
		return errors.New("not verified")
	}
	return nil
}

// quiet are the answers not worth a warning in the logs.
var quiet = []mfagate.ReturnCode{mfagate.RCOTPInvalid, mfagate.RCOTPAlreadyUsed}

// watch only picks which answers are logged loudly: the list rejects
// nothing. Not reported.
func watch(ctx context.Context, g mfagate.Gate, user, otp string) bool {
	a, err := g.Check(ctx, user, otp)
	if err != nil {
		return false
	}
	if !slices.Contains(quiet, a.ErrorCode) {
		log.Printf("unusual answer %d for %s", a.ErrorCode, user)
	}
	return a.Passed()
}

func seeOther(location string) events.LambdaFunctionURLResponse {
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusSeeOther, Headers: map[string]string{"Location": location}}
}

// ConfirmPush (Function URL) sends a declined push back to the basket
// with a redirect, before the order is held; every other code holds it.
// Reported.
func (s *Shop) ConfirmPush(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	user, order := req.Headers["x-user"], req.QueryStringParameters["order"]
	a, err := s.Gate.Check(ctx, user, "")
	if err != nil {
		return seeOther("/basket?status=unavailable"), nil
	}
	if slices.Contains(declined, a.ErrorCode) { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		return seeOther("/basket?status=declined"), nil
	}
	if err := s.Seats.Hold(ctx, user, order); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusConflict}, nil
	}
	return seeOther("/orders/" + order), nil
}

// giftable keeps its refusals in a local list; any other code allows the
// gift. Reported.
func giftable(ctx context.Context, g mfagate.Gate, user, otp string) (bool, error) {
	refused := []mfagate.ReturnCode{mfagate.RCOTPInvalid, mfagate.RCBogusOTP}
	a, err := g.Check(ctx, user, otp)
	if err != nil {
		return false, err
	}
	if slices.Contains(refused, a.ErrorCode) { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		return false, nil
	}
	return true, nil
}

// transferable adds to its local list at run time: not read as a list of
// codes. Not reported.
func transferable(ctx context.Context, g mfagate.Gate, user, otp string, strict bool) (bool, error) {
	refused := []mfagate.ReturnCode{mfagate.RCOTPInvalid}
	if strict {
		refused = append(refused, mfagate.RCAccountExpired)
	}
	a, err := g.Check(ctx, user, otp)
	if err != nil {
		return false, err
	}
	if slices.Contains(refused, a.ErrorCode) {
		return false, nil
	}
	return true, nil
}
