// Package sp is a team's SurePassID client. Its replies were written by
// different people over the years, each in their own style.
package sp // want "relevant package"

import "encoding/json"

const baseURL = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// FloatReply is what a generic JSON decoder into float64 gives.
type FloatReply struct {
	ErrorCode    float64 `json:"errorCode"`
	ErrorMessage string  `json:"errorMessage"`
}

// NumberReply keeps the code as json.Number (decoder.UseNumber()).
type NumberReply struct {
	Code json.Number `json:"errorCode"`
	Msg  string      `json:"errorMessage,omitempty"`
}

// StringReply is for the servers that quote the code.
type StringReply struct {
	Code string  `json:"errorCode,string"`
	Msg  *string `json:"errorMessage"`
}

// PtrReply tells a missing code from 0.
type PtrReply struct {
	ErrorCode    *int32  `json:"errorCode,omitempty"`
	ErrorMessage *string `json:"errorMessage,omitempty"`
}

// SOAPReply is the WCF answer, read with encoding/xml.
type SOAPReply struct {
	Code uint16 `xml:"http://surepassid.com/ ErrorCode"`
	Text string `xml:"ErrorMsg"`
}

// PathReply flattens the WCF result element with xml paths, one of them
// with the prefix the service's WSDL uses.
type PathReply struct {
	Result int    `xml:"http://tempuri.org/ SendOTPResult>ErrorCode"`
	Text   string `xml:"SendOTPResult>a:ErrorMsg"`
}

// PathNested has paths that end at other elements: nothing.
type PathNested struct {
	Count int    `xml:"ErrorCode>Count"`
	Note  string `xml:"ErrorMsg>Note"`
}

// LegacyResult is named by its Go field names alone.
type LegacyResult struct {
	Error_Code    int
	Error_Message string
}

// ShortReply uses short names.
type ShortReply struct {
	ErrCode int
	ErrMsg  string
}

// OddReply has a code the team never decodes: its message is still the
// message.
type OddReply struct {
	ErrorCode    []int  `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Page is the login page's model: its own message, no code.
type Page struct {
	ErrorMessage string
	Username     string
}

// Renamed fields: the tags name other things.
type Renamed struct {
	ErrorCode    int    `json:"code"`
	ErrorMessage string `json:"message"`
}

// MapReply is filled with mapstructure from the map[string]any the
// generic call decoded.
type MapReply struct {
	Code int32  `mapstructure:"errorCode"`
	Text string `mapstructure:"errorMessage"`
}

// YAMLReply is the answer of the on-prem server's YAML export.
type YAMLReply struct {
	Status int    `yaml:"errorCode"`
	Reason string `yaml:"errorMessage,omitempty"`
}

// Cached is the reply kept in MongoDB: its bson names are the team's.
type Cached struct {
	Code int    `bson:"code"`
	Text string `bson:"text"`
}

// Callback is the answer the push-approval server posts back as a form;
// the team binds it with a form binder.
type Callback struct {
	Result int    `form:"errorCode"`
	Note   string `form:"errorMessage"`
}

// Redirected comes back in a redirect's query string.
type Redirected struct {
	Result string `query:"errorCode"`
	Note   string `query:"errorMessage"`
}

// SignupForm is the team's own form: its names are not the answer's.
type SignupForm struct {
	Code string `form:"code"`
	Note string `form:"note"`
}

// Flags has a code-named field that cannot hold a code and no message.
type Flags struct {
	ErrorCode bool
	Detail    string
}

func use(f FloatReply, n NumberReply, s StringReply, p PtrReply, x SOAPReply, l LegacyResult, sh ShortReply, o OddReply, pg Page, rn Renamed, fl Flags, pr PathReply, pn PathNested, m MapReply, y YAMLReply, c Cached, cb Callback, rd Redirected, sf SignupForm) {
	_ = f.ErrorCode     // want "role code"
	_ = f.ErrorMessage  // want "role message"
	_ = n.Code          // want "role code"
	_ = n.Msg           // want "role message"
	_ = s.Code          // want "role code"
	_ = s.Msg           // want "role message"
	_ = *p.ErrorCode    // want "role code"
	_ = *p.ErrorMessage // want "role message"
	_ = x.Code          // want "role code"
	_ = x.Text          // want "role message"
	_ = l.Error_Code    // want "role code"
	_ = l.Error_Message // want "role message"
	_ = sh.ErrCode      // want "role code"
	_ = sh.ErrMsg       // want "role message"
	_ = o.ErrorCode
	_ = o.ErrorMessage // want "role message"
	_ = pg.ErrorMessage
	_ = rn.ErrorCode
	_ = rn.ErrorMessage
	_ = fl.ErrorCode
	_ = fl.Detail
	_ = pr.Result // want "role code"
	_ = pr.Text   // want "role message"
	_ = pn.Count
	_ = pn.Note
	_ = m.Code   // want "role code"
	_ = m.Text   // want "role message"
	_ = y.Status // want "role code"
	_ = y.Reason // want "role message"
	_ = c.Code
	_ = c.Text
	_ = cb.Result // want "role code"
	_ = cb.Note   // want "role message"
	_ = rd.Result // want "role code"
	_ = rd.Note   // want "role message"
	_ = sf.Code
	_ = sf.Note
}
