package wallet

import "context"

// CardStage is where a customer's card binding stands.
type CardStage int

const (
	StageUnbound CardStage = iota
	StageBound
	StageFrozen
)

// Card is the wallet's own record of a card binding.
type Card struct {
	Stage    CardStage
	Misses   int
	Serial   string
	Verified bool
}

func (r result) fatal() bool { return r == resultLockedOut || r == resultMaxOTPFailures }

// track records an answer: only Success binds the card, a miss counts and
// may freeze it, any other answer leaves the stage as it was: not reported.
func (c *Card) track(r result) {
	switch r {
	case resultOK:
		c.Misses = 0
		c.Stage = StageBound
	case resultTokenInvalid:
		c.Stage = StageUnbound
	default:
		c.Misses++
		if r.fatal() || c.Misses > 3 {
			c.Stage = StageFrozen
		}
	}
}

// settle is track returning an error: the answers not listed keep the
// stage: not reported.
func (c *Card) settle(r result) error {
	switch r {
	case resultOK:
		c.Stage = StageBound
	case resultLockedOut:
		c.Stage = StageFrozen
	}
	return nil
}

// resync binds the card for every answer but the listed ones.
func (c *Card) resync(r result) {
	switch r { // want `fail-open`
	case resultLockedOut, resultMaxOTPFailures:
		c.Stage = StageFrozen
	case resultTokenInvalid:
		c.Stage = StageUnbound
		c.Serial = ""
	default:
		c.Misses = 0
		c.Stage = StageBound
	}
}

// Bind records the stage but then signs in every answer not listed.
func (s *Service) Bind(ctx context.Context, c *Card, user, otp string) (Token, error) {
	ans, err := s.gw.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Token{}, err
	}
	switch r := result(ans.ErrorCode); r { // want `fail-open`
	case resultOK:
		c.Stage = StageBound
	case resultOTPInvalid:
		c.Stage = StageUnbound
		return Token{}, errBadCode
	}
	return s.mint(user)
}
