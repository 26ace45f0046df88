// Package voicexml answers a telephony provider's webhooks with VoiceXML-
// like documents written by encoding/xml, through helpers that set the
// headers and hand back an encoder over the response.
package voicexml

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"log"
	"net/http"
	"strconv"

	"rawexposure/surepass"
)

type Prompt struct {
	XMLName xml.Name `xml:"Prompt"`
	Speak   string   `xml:"Speak"` // want Speak:`rawexposure\(raw errorMessage from voicexml.Prompt.Speak\)`
	Hangup  bool     `xml:"Hangup,omitempty"`
}

// open starts the document and returns an encoder over w.
func open(w http.ResponseWriter) *xml.Encoder {
	w.Header().Set("Content-Type", "application/xml")
	_, _ = w.Write([]byte(xml.Header))
	return xml.NewEncoder(w)
}

// jsonTo is the JSON flavour, for the provider's newer API.
func jsonTo(status int, w http.ResponseWriter) *json.Encoder {
	w.WriteHeader(status)
	return json.NewEncoder(w)
}

// record encodes into a buffer for the audit log, not the caller.
func record(buf *bytes.Buffer) *xml.Encoder { return xml.NewEncoder(buf) }

type voice struct {
	sp *surepass.Client
}

// send reads the client's error to the caller.
func (v *voice) send(w http.ResponseWriter, r *http.Request) {
	enc := open(w)
	if err := v.sp.SendOTP(r.Context(), r.FormValue("From")); err != nil {
		log.Printf("send otp: %v", err)
		_ = enc.Encode(Prompt{Speak: "We could not send your code. " + err.Error(), Hangup: true}) // want `raw SurePassID errorMessage \(from surepass.SendOTP\) written to the HTTP response`
		return
	}
	_ = enc.Encode(Prompt{Speak: "Your code is on its way."})
}

// check reads the return code's digits to the caller.
func (v *voice) check(w http.ResponseWriter, r *http.Request) {
	res, err := v.sp.ValidateOTP(r.Context(), r.FormValue("From"), r.FormValue("Digits"))
	if err != nil {
		_ = open(w).Encode(Prompt{Speak: "Please try again later.", Hangup: true})
		return
	}
	if res.ErrorCode != 0 {
		_ = jsonTo(http.StatusOK, w).Encode(map[string]string{"say": "Reference " + strconv.Itoa(int(res.ErrorCode))}) // want `raw SurePassID return code \(from res.ErrorCode\) written to the HTTP response`
		return
	}
	out, _ := xml.Marshal(Prompt{Speak: "Welcome back."})
	_, _ = w.Write(out)
}

// audit encodes the answer for the log only.
func (v *voice) audit(w http.ResponseWriter, r *http.Request) {
	res, err := v.sp.ValidateOTP(r.Context(), r.FormValue("From"), r.FormValue("Digits"))
	if err != nil {
		return
	}
	var buf bytes.Buffer
	_ = record(&buf).Encode(Prompt{Speak: res.ErrorMessage})
	log.Print(buf.String())
	_ = open(w).Encode(Prompt{Speak: "Thank you."})
}

// marshalled writes a document built with xml.Marshal.
func (v *voice) marshalled(w http.ResponseWriter, r *http.Request) {
	_, msg, err := v.sp.FindUser(r.Context(), r.FormValue("From"))
	if err != nil {
		out, _ := xml.Marshal(Prompt{Speak: msg})
		_, _ = w.Write(out) // want `raw SurePassID errorMessage \(from surepass.FindUser\) written to the HTTP response`
	}
}
