// Package edge calls the authentication server for the edge proxy.
package edge // want "relevant package"

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code is the answer's number; the team named the codes it handles.
type Code int

const (
	CodeOK            Code = 0
	CodeReplayed      Code = 9002
	CodeLocked        Code = 9015
	CodeDatabaseError Code = 9010
	CodeMaintenance   Code = 9042
)

// Answer is the decoded body.
type Answer struct {
	Code Code `json:"result"`
}
