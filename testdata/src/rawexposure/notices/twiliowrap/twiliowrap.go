// Package twiliowrap is the team's thin layer over Twilio: Nudge fills
// the message's parameters with the note it is given and sends them.
package twiliowrap

import (
	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

// Client sends from one number.
type Client struct {
	rc   *twilio.RestClient
	from string
}

// New returns a client.
func New(from string) *Client {
	return &Client{rc: twilio.NewRestClient(), from: from}
}

// Nudge texts note to number.
func (c *Client) Nudge(number, note string) error { // want Nudge:"param 1 reaches a message sent to the user"
	p := &api.CreateMessageParams{}
	p.SetTo(number)
	p.SetFrom(c.from)
	p.SetBody(note)
	_, err := c.rc.Api.CreateMessage(p)
	return err
}

// Prepare fills parameters for the caller to send later; it sends none.
func (c *Client) Prepare(number, note string) *api.CreateMessageParams {
	p := &api.CreateMessageParams{}
	p.SetTo(number)
	p.SetBody(note)
	return p
}
