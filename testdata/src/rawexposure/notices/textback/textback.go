// Package textback texts a patient when their sign-in step-up fails: a
// Twilio SMS whose parameters are filled by the generated setters (one by
// one, or chained), a message in the patient's support conversation, and
// a verification with a custom message. The parameters are reported where
// they are sent, once; parameters filled and never sent, or holding the
// clinic's own words, are not.
package textback

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
	convo "github.com/twilio/twilio-go/rest/conversations/v1"
	verify "github.com/twilio/twilio-go/rest/verify/v2"

	"rawexposure/notices/spclient"
)

// Texter holds the Twilio client and the clinic's numbers.
type Texter struct {
	SP      *spclient.Client
	Twilio  *twilio.RestClient
	From    string
	Service string
	Log     *slog.Logger
}

func (t *Texter) check(ctx context.Context, user, otp string) *spclient.Answer {
	a, err := t.SP.Do(ctx, map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	if err != nil {
		return &spclient.Answer{ErrorCode: -1}
	}
	return a
}

// StepUpFailed texts the patient the outcome, the setters one by one.
func (t *Texter) StepUpFailed(ctx context.Context, user, phone, otp string) {
	a := t.check(ctx, user, otp)
	if a.ErrorCode == 0 {
		return
	}
	params := &api.CreateMessageParams{}
	params.SetTo(phone)
	params.SetFrom(t.From)
	params.SetBody(fmt.Sprintf("Your code was not accepted (%s). Call the front desk if this keeps happening.", a.ErrorMessage))
	if _, err := t.Twilio.Api.CreateMessage(params); err != nil { // want `raw SurePassID errorMessage .*message sent to the user`
		t.Log.Warn("step-up sms", "err", err)
	}
}

// Chained fills the parameters with chained setters.
func (t *Texter) Chained(ctx context.Context, user, phone, otp string) error {
	a := t.check(ctx, user, otp)
	if a.ErrorCode == 0 {
		return nil
	}
	p := new(api.CreateMessageParams)
	p.SetTo(phone).SetFrom(t.From).SetBody("Sign-in refused: " + a.ErrorMessage)
	_, err := t.Twilio.Api.CreateMessage(p) // want `raw SurePassID errorMessage .*message sent to the user`
	return err
}

// Support posts the refusal in the patient's support conversation.
func (t *Texter) Support(ctx context.Context, conversation, user, otp string) {
	a := t.check(ctx, user, otp)
	if a.ErrorCode == 0 {
		return
	}
	msg := &convo.CreateConversationMessageParams{}
	msg.SetAuthor("clinic-bot")
	msg.SetBody("We could not confirm it is you: " + a.ErrorMessage)
	if _, err := t.Twilio.ConversationsV1.CreateConversationMessage(conversation, msg); err != nil { // want `raw SurePassID errorMessage .*message sent to the user`
		t.Log.Warn("support message", "err", err)
	}
}

// Reverify starts a new verification whose message says why.
func (t *Texter) Reverify(ctx context.Context, user, phone, otp string) {
	a := t.check(ctx, user, otp)
	if a.ErrorCode == 0 {
		return
	}
	v := &verify.CreateVerificationParams{}
	v.SetTo(phone)
	v.SetChannel("sms")
	v.SetCustomMessage(a.ErrorMessage)
	_, _ = t.Twilio.VerifyV2.CreateVerification(t.Service, v) // want `raw SurePassID errorMessage .*message sent to the user`
}

// Drafted fills parameters it never sends; the server's text goes to the
// log only.
func (t *Texter) Drafted(ctx context.Context, user, phone, otp string) *api.CreateMessageParams {
	a := t.check(ctx, user, otp)
	draft := &api.CreateMessageParams{}
	draft.SetTo(phone)
	draft.SetBody("Your code was not accepted: " + a.ErrorMessage)
	t.Log.Info("sms drafted", "reason", a.ErrorMessage)
	return nil
}

// Fixed sends the clinic's own words, whatever the server said.
func (t *Texter) Fixed(ctx context.Context, user, phone, otp string) {
	a := t.check(ctx, user, otp)
	if a.ErrorCode == 0 {
		return
	}
	t.Log.Warn("step-up refused", "code", a.ErrorCode, "reason", a.ErrorMessage)
	params := &api.CreateMessageParams{}
	params.SetTo(phone)
	params.SetBody("Your code was not accepted. Call the front desk if this keeps happening.")
	_, _ = t.Twilio.Api.CreateMessage(params)
}

// Named sends to a number the server returned: the address is no text
// the patient reads.
func (t *Texter) Named(ctx context.Context, user, otp string) {
	a := t.check(ctx, user, otp)
	params := &api.CreateMessageParams{}
	params.SetTo(a.QRCodeURL)
	params.SetBody("Scan the code on the enrollment page.")
	_, _ = t.Twilio.Api.CreateMessage(params)
}

// Inline builds the parameters in the call's argument.
func (t *Texter) Inline(ctx context.Context, user, phone, otp string) {
	a := t.check(ctx, user, otp)
	if a.ErrorCode == 0 {
		return
	}
	_, _ = t.Twilio.Api.CreateMessage((&api.CreateMessageParams{}).SetTo(phone).SetBody("Sign-in refused: " + a.ErrorMessage)) // want `raw SurePassID errorMessage .*message sent to the user`
}

// Value fills a parameters value and sends its address.
func (t *Texter) Value(ctx context.Context, user, phone, otp string) {
	a := t.check(ctx, user, otp)
	if a.ErrorCode == 0 {
		return
	}
	var params api.CreateMessageParams
	params.SetTo(phone)
	params.SetBody(a.ErrorMessage)
	_, _ = t.Twilio.Api.CreateMessage(&params) // want `raw SurePassID errorMessage .*message sent to the user`
}
