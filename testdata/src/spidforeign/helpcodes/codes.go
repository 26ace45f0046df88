// Package helpcodes holds the second-factor answers and what the shop
// tells its customers about them.
package helpcodes // want "relevant package"

// helpURL is the shop's own help page, linked from every message.
const helpURL = "https://help.acmeshop.com/sign-in"

// Answer is the second factor's number.
type Answer int

const (
	AnswerSuccess        Answer = 0
	AnswerOTPInvalid     Answer = 9003
	AnswerOTPAlreadyUsed Answer = 9002
	AnswerDatabaseError  Answer = 9010
)

// Tell is the customer's message for a.
func Tell(a Answer) string {
	if a == AnswerSuccess { // want "role code"
		return ""
	}
	return "That did not work. See " + helpURL
}
