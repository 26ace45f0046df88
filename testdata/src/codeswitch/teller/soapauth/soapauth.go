// Package soapauth calls the SurePassID WCF service of the branch network
// over SOAP 1.1, mapping the result's ErrorCode and ErrorMsg elements with
// xml path tags.
package soapauth

import (
	"bytes"
	"context"
	"encoding/xml"
	"net/http"
)

type validateUser struct {
	XMLName   xml.Name `xml:"http://tempuri.org/ ValidateUser"`
	LoginName string   `xml:"spAccountLoginName"`
	LoginKey  string   `xml:"spAccountLoginKey"`
	User      string   `xml:"userName"`
	Pin       string   `xml:"pin"`
}

// ValidateUserResponse flattens the ValidateUserResult element.
type ValidateUserResponse struct {
	XMLName xml.Name `xml:"http://tempuri.org/ ValidateUserResponse"`
	Code    int      `xml:"ValidateUserResult>ErrorCode"`
	Message string   `xml:"ValidateUserResult>ErrorMsg"`
}

// Client posts SOAP envelopes to the .svc endpoint.
type Client struct {
	URL, Login, Key string
	HTTP            *http.Client
}

// ValidateUser runs the ValidateUser action.
func (c *Client) ValidateUser(ctx context.Context, user, pin string) (*ValidateUserResponse, error) {
	body, err := xml.Marshal(validateUser{LoginName: c.Login, LoginKey: c.Key, User: user, Pin: pin})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("SOAPAction", "http://tempuri.org/IAuthService/ValidateUser")
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out ValidateUserResponse
	if err := xml.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}
