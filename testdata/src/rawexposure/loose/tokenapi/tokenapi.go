// Package tokenapi checks one-time passwords with the token server
// (SurePassID) and reads its answers by key with fastjson and jsonparser:
// the code and the text stay in a private shape behind accessors.
package tokenapi

import (
	"errors"
	"io"
	"net/http"

	"github.com/buger/jsonparser"
	"github.com/valyala/fastjson"
)

const endpoint = "https://tokens.example.net/AuthServer/REST/U2F/U2FServer.aspx"

// Answer is the token server's answer.
type Answer struct {
	result int
	text   string
	serial string
}

// Result is the token server's return code.
func (a *Answer) Result() int { return a.result } // want Result:`rawexposure\(result 0 raw return code from tokenapi.Result\)`

// Text is the token server's own message.
func (a *Answer) Text() string { return a.text } // want Text:`rawexposure\(result 0 raw errorMessage from tokenapi.Text\)`

// Serial is the token's serial number.
func (a *Answer) Serial() string { return a.serial }

// Good reports success.
func (a *Answer) Good() bool { return a.result == 0 }

// Check posts an OTP and reads the answer with fastjson.
func Check(c *http.Client, user, otp string) (*Answer, error) { // want Check:`rawexposure\(result 0 raw errorMessage from tokenapi.Check\)`
	resp, err := c.Get(endpoint + "?username=" + user + "&otp=" + otp)
	if err != nil {
		return nil, errors.New("token server unreachable")
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, errors.New("token server unreadable")
	}
	doc, err := fastjson.ParseBytes(body)
	if err != nil {
		return nil, errors.New("token server unreadable")
	}
	return &Answer{
		result: doc.GetInt("errorCode"),
		text:   string(doc.GetStringBytes("errorMessage")),
		serial: string(doc.GetStringBytes("serialNumber")),
	}, nil
}

// Walk reads the answer member by member with jsonparser.
func Walk(body []byte) *Answer { // want Walk:`rawexposure\(result 0 raw errorMessage from tokenapi.Walk\)`
	a := &Answer{}
	_ = jsonparser.ObjectEach(body, func(key, value []byte, _ jsonparser.ValueType, _ int) error {
		switch string(key) {
		case "errorCode":
			n, err := jsonparser.ParseInt(value)
			if err != nil {
				return err
			}
			a.result = int(n)
		case "errorMessage":
			a.text = string(value)
		case "serialNumber":
			a.serial = string(value)
		}
		return nil
	})
	return a
}
