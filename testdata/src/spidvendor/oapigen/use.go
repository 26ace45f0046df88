package oapigen // want "relevant package"

// Message is the server's text, "" when absent.
func (e *ResultEnvelope) Message() string {
	if e == nil || e.ErrorMessage == nil { // want "role message"
		return ""
	}
	return *e.ErrorMessage // want "role message"
}

func failed(e *ResultEnvelope) bool {
	return *e.ErrorCode != 0 // want "role code"
}
