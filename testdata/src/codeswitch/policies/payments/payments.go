// Package payments decides what checkout does with the card processor's
// answer, whose JSON carries an errorCode too. Its codes are the
// processor's, not SurePassID's: nothing here is reported.
package payments

import "log"

// The processor's result codes.
const (
	CARDLINE_APPROVED           = 0
	CARDLINE_CARD_DECLINED      = 9001
	CARDLINE_INSUFFICIENT_FUNDS = 9002
	CARDLINE_CARD_EXPIRED       = 9003
	CARDLINE_CVV_MISMATCH       = 9030
)

// Reply is the processor's JSON answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Decision is what checkout does with a reply.
type Decision struct {
	Allow  bool
	Reason string
}

var allow = Decision{Allow: true}

func deny(reason string) Decision { return Decision{Allow: false, Reason: reason} }

func decide(code int) Decision {
	switch code {
	case CARDLINE_CARD_DECLINED, CARDLINE_CARD_EXPIRED:
		return Decision{Allow: false, Reason: "card refused"}
	case CARDLINE_CVV_MISMATCH:
		return Decision{Allow: false, Reason: "check the card details"}
	}
	return Decision{Allow: true}
}

var declineCodes = map[int]string{
	CARDLINE_CARD_DECLINED:      "card refused",
	CARDLINE_INSUFFICIENT_FUNDS: "insufficient funds",
	CARDLINE_CARD_EXPIRED:       "card expired",
}

func decideCharge(r Reply) Decision {
	if reason, denied := declineCodes[r.ErrorCode]; denied {
		log.Printf("charge declined: %d %s", r.ErrorCode, r.ErrorMessage)
		return deny(reason)
	}
	return allow
}
