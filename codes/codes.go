package codes

import "strconv"

// ReturnCode is a SurePassID API return code: the errorCode of a JSON
// response, ErrorCode in the WCF interface.
type ReturnCode int

// Category groups return codes by what they are about.
type Category int

// The categories of return codes.
const (
	CategorySuccess Category = iota
	CategoryAuthentication
	CategoryOTP
	CategoryLockout
	CategoryAccountState
	CategoryDevice
	CategoryTransaction
	CategorySSOPolicy
	CategoryFIDO
	CategorySessionToken
	CategoryPasswordRecovery
	CategoryDelivery
	CategoryProvisioning
	CategoryInternal
	CategoryConfiguration
	CategoryUnknown // a code that is not in the published list
)

var categoryNames = [...]string{
	CategorySuccess:          "success",
	CategoryAuthentication:   "authentication",
	CategoryOTP:              "otp",
	CategoryLockout:          "lockout",
	CategoryAccountState:     "account-state",
	CategoryDevice:           "device",
	CategoryTransaction:      "transaction",
	CategorySSOPolicy:        "sso-policy",
	CategoryFIDO:             "fido",
	CategorySessionToken:     "session-token",
	CategoryPasswordRecovery: "password-recovery",
	CategoryDelivery:         "delivery",
	CategoryProvisioning:     "provisioning",
	CategoryInternal:         "internal",
	CategoryConfiguration:    "configuration",
	CategoryUnknown:          "unknown",
}

// String returns the category's name as used in classification.tsv.
func (c Category) String() string {
	if c >= 0 && int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// GenericMessage is what end users see for every security-relevant code and
// for codes that are not in the published list: it does not tell them apart.
const GenericMessage = "We could not verify your sign-in. Please try again or contact support."

// GenericCode is the code end users see for every security-relevant code and
// for codes that are not in the published list, the number to put where a
// response of yours carries a code: it is not published and is not Success,
// so it does not tell them apart and never reads as a success.
const GenericCode ReturnCode = -1

// info is one row of the generated table.
type info struct {
	code      ReturnCode
	name      string
	category  Category
	security  bool
	rationale string
	message   string // "" for security-relevant codes
}

var (
	byCode = map[ReturnCode]*info{}
	byName = map[string]ReturnCode{}
)

func init() {
	for i := range table {
		byCode[table[i].code] = &table[i]
		byName[table[i].name] = table[i].code
	}
}

// String returns the published name of c, or its number when c is not a
// published code (never a neighbour's name).
func (c ReturnCode) String() string {
	if in, ok := byCode[c]; ok {
		return in.name
	}
	return strconv.Itoa(int(c))
}

// Known reports whether c is a published code.
func (c ReturnCode) Known() bool {
	_, ok := byCode[c]
	return ok
}

// Lookup returns the code published under name (exact, case-sensitive).
func Lookup(name string) (ReturnCode, bool) {
	c, ok := byName[name]
	return c, ok
}

// All returns every published code, in published order.
func All() []ReturnCode {
	out := make([]ReturnCode, len(table))
	for i := range table {
		out[i] = table[i].code
	}
	return out
}

// Category returns what c is about; CategoryUnknown for unpublished codes.
func (c ReturnCode) Category() Category {
	if in, ok := byCode[c]; ok {
		return in.category
	}
	return CategoryUnknown
}

// SecurityRelevant reports whether telling an end user that c happened would
// reveal an authentication outcome, credential or OTP validity, account or
// device state, a lockout, a policy, a bypass attempt or internal detail.
// Unpublished codes are security-relevant: an unknown failure fails closed.
func (c ReturnCode) SecurityRelevant() bool {
	if in, ok := byCode[c]; ok {
		return in.security
	}
	return true
}

// Rationale returns the one-line reason for c's classification.
func (c ReturnCode) Rationale() string {
	if in, ok := byCode[c]; ok {
		return in.rationale
	}
	return "Not in the published list: treated as a security-relevant failure."
}

// UserMessage returns the text that is safe to show an end user for c: the
// same GenericMessage for every security-relevant or unknown code, friendly
// specific text for the others.
func UserMessage(c ReturnCode) string {
	if in, ok := byCode[c]; ok && !in.security {
		return in.message
	}
	return GenericMessage
}

// UserCode returns the code that is safe to show an end user for c: c
// itself for the codes that are not security-relevant (Success, delivery
// failures, request mistakes), the same GenericCode for every
// security-relevant or unknown code. It is to a code field what UserMessage
// is to a message field.
func UserCode(c ReturnCode) ReturnCode {
	if in, ok := byCode[c]; ok && !in.security {
		return c
	}
	return GenericCode
}

// Envelope is the part every SurePassID JSON response shares. Embed it in
// your response structs:
//
//	type ValidateOTPResponse struct {
//		codes.Envelope
//	}
type Envelope struct {
	// ErrorCode is the return code: Success or a failure.
	ErrorCode ReturnCode `json:"errorCode"`
	// ErrorMessage is the server's raw message. It echoes usernames, token
	// serials and the OTP typed: log it, never show it; see UserMessage.
	ErrorMessage string `json:"errorMessage"`
	// Type echoes the request's operation type, e.g. "validate_oath_otp".
	Type string `json:"type"`
}

// Failed reports whether the response carries a failure code.
func (e Envelope) Failed() bool { return e.ErrorCode != Success }

// UserMessage returns the text that is safe to show an end user for e.
func (e Envelope) UserMessage() string { return UserMessage(e.ErrorCode) }
