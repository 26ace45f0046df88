// Package config reads the MFA settings; the endpoint is a flag default.
package config // want "relevant package"

import "flag"

type Settings struct {
	URL string
}

func Load(fs *flag.FlagSet) *Settings {
	s := &Settings{}
	fs.StringVar(&s.URL, "mfa-url", "https://cloud.SurePassID.com/AuthServer/REST/U2F/U2FServer.aspx", "MFA endpoint")
	return s
}

type mfaReply struct {
	Code int    `json:"errorCode"`
	Msg  string `json:"errorMessage"`
}

func use(r mfaReply) {
	_ = r.Code // want "role code"
	_ = r.Msg  // want "role message"
}
