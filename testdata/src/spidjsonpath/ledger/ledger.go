// Package ledger reads a payment processor's answers with jsonparser: the
// same keys in a package with no SurePassID signal are nothing.
package ledger

import "github.com/buger/jsonparser"

type receipt struct {
	code   int64
	reason string
}

func (r receipt) Code() int64 { return r.code }

func parse(body []byte) receipt {
	code, _ := jsonparser.GetInt(body, "errorCode")
	msg, _ := jsonparser.GetString(body, "errorMessage")
	return receipt{code: code, reason: msg}
}

// pipelineState looks like the codes, in a package with no evidence.
type pipelineState int

const (
	psIdle    pipelineState = 0
	psQueued  pipelineState = 9002
	psRunning pipelineState = 9003
	psDone    pipelineState = 9010
)

func deployable(s int) bool {
	switch pipelineState(s) {
	case psQueued, psRunning:
		return false
	}
	return true
}
