// Package pushgate polls the token server (SurePassID) for push answers
// and reads them with fastjson, keeping the code in a private field.
package pushgate

import (
	"errors"

	"github.com/valyala/fastjson"
)

const pollURL = "https://auth.example.org/AuthServer/REST/U2F/U2FServer.aspx"

// The answers the door tells apart, under the team's own names.
const (
	Approved = 0
	Denied   = 9002
	Expired  = 9003
	Jammed   = 9010
	Frozen   = 9007
)

// Poll is one push answer.
type Poll struct {
	result int
	note   string
}

// Result is the token server's code.
func (p Poll) Result() int { return p.result } // want Result:"codeswitch\\(accessor: receiver.result\\)"

// Read parses a push answer.
func Read(raw []byte) (Poll, error) {
	v, err := fastjson.ParseBytes(raw)
	if err != nil {
		return Poll{}, errors.New("unreadable push answer")
	}
	return Poll{result: v.GetInt("errorCode"), note: string(v.GetStringBytes("errorMessage"))}, nil
}
