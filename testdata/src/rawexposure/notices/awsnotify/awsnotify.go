// Package awsnotify tells a member their security key was refused over
// AWS: an SMS published straight to their phone number with SNS, and an
// email with SES v2, the inputs as literals or filled field by field.
// Reported at the send; a publish to the team's own topic, and inputs
// holding the team's words, are not.
package awsnotify

import (
	"context"
	"log"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"rawexposure/notices/spclient"
)

// Notifier holds the AWS clients.
type Notifier struct {
	SP     *spclient.Client
	SNS    *sns.Client
	SES    *sesv2.Client
	From   string
	OpsARN string
}

func (n *Notifier) refused(ctx context.Context, user, psn string) (string, bool) {
	a, err := n.SP.Enroll(ctx, user, psn)
	if err == nil {
		return "", false
	}
	return a.ErrorMessage, true
}

// Text publishes the refusal to the member's phone.
func (n *Notifier) Text(ctx context.Context, user, phone, psn string) {
	reason, bad := n.refused(ctx, user, psn)
	if !bad {
		return
	}
	_, err := n.SNS.Publish(ctx, &sns.PublishInput{ // want `raw SurePassID errorMessage .*message sent to the user`
		PhoneNumber: aws.String(phone),
		Message:     aws.String("Key not registered: " + reason),
	})
	if err != nil {
		log.Printf("sns: %v", err)
	}
}

// TextBuilt fills the input first. (A local filled field by field
// carries all it holds: the phone parameter is said to reach the SMS too,
// a known limit.)
func (n *Notifier) TextBuilt(ctx context.Context, user, phone, psn string) { // want TextBuilt:"param 2 reaches a message sent to the user"
	reason, bad := n.refused(ctx, user, psn)
	if !bad {
		return
	}
	in := &sns.PublishInput{}
	in.PhoneNumber = aws.String(phone)
	in.Message = aws.String(reason)
	_, _ = n.SNS.Publish(ctx, in) // want `raw SurePassID errorMessage .*message sent to the user`
}

// Push publishes the refusal to the member's device endpoint.
func (n *Notifier) Push(ctx context.Context, user, endpoint, psn string) {
	reason, bad := n.refused(ctx, user, psn)
	if !bad {
		return
	}
	_, _ = n.SNS.Publish(ctx, &sns.PublishInput{TargetArn: aws.String(endpoint), Message: aws.String(reason)}) // want `raw SurePassID errorMessage .*message sent to the user`
}

// Ops publishes the refusal to the team's own topic: its subscribers
// are the on-call engineers.
func (n *Notifier) Ops(ctx context.Context, user, psn string) {
	reason, bad := n.refused(ctx, user, psn)
	if !bad {
		return
	}
	_, _ = n.SNS.Publish(ctx, &sns.PublishInput{
		TopicArn: aws.String(n.OpsARN),
		Subject:  aws.String("enrollment refused"),
		Message:  aws.String(user + ": " + reason),
	})
}

// TextPlain sends the team's words.
func (n *Notifier) TextPlain(ctx context.Context, user, phone, psn string) {
	if _, bad := n.refused(ctx, user, psn); !bad {
		return
	}
	_, _ = n.SNS.Publish(ctx, &sns.PublishInput{
		PhoneNumber: aws.String(phone),
		Message:     aws.String("Your key could not be registered. Please contact support."),
	})
}

// Mail emails the refusal.
func (n *Notifier) Mail(ctx context.Context, user, email, psn string) error {
	reason, bad := n.refused(ctx, user, psn)
	if !bad {
		return nil
	}
	_, err := n.SES.SendEmail(ctx, &sesv2.SendEmailInput{ // want `raw SurePassID errorMessage .*message sent to the user`
		FromEmailAddress: aws.String(n.From),
		Destination:      &types.Destination{ToAddresses: []string{email}},
		Content: &types.EmailContent{Simple: &types.Message{
			Subject: &types.Content{Data: aws.String("Your security key")},
			Body:    &types.Body{Text: &types.Content{Data: aws.String("Registration failed: " + reason)}},
		}},
	})
	return err
}

// MailPlain emails the team's words.
func (n *Notifier) MailPlain(ctx context.Context, user, email, psn string) {
	if _, bad := n.refused(ctx, user, psn); !bad {
		return
	}
	_, _ = n.SES.SendEmail(ctx, &sesv2.SendEmailInput{
		FromEmailAddress: aws.String(n.From),
		Destination:      &types.Destination{ToAddresses: []string{email}},
		Content: &types.EmailContent{Simple: &types.Message{
			Subject: &types.Content{Data: aws.String("Your security key")},
			Body:    &types.Body{Text: &types.Content{Data: aws.String("Registration failed. Please contact support.")}},
		}},
	})
}
