// Package retryablehttp is a test stub of github.com/hashicorp/go-retryablehttp:
// the client and its request, with the real signatures and no behaviour.
package retryablehttp

import (
	"context"
	"net/http"
)

// Request wraps an http.Request with a rewindable body.
type Request struct {
	*http.Request
}

// NewRequestWithContext creates a new wrapped request.
func NewRequestWithContext(ctx context.Context, method, url string, rawBody interface{}) (*Request, error) {
	return nil, nil
}

// Client is the retrying HTTP client.
type Client struct {
	HTTPClient *http.Client
	RetryMax   int
}

// NewClient creates a client with the default settings.
func NewClient() *Client { return &Client{} }

// Do sends the request, retrying as configured.
func (c *Client) Do(req *Request) (*http.Response, error) { return nil, nil }

// Post is a shortcut for a POST request.
func (c *Client) Post(url, bodyType string, body interface{}) (*http.Response, error) {
	return nil, nil
}
