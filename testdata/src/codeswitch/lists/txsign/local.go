package txsign

import (
	"context"
	"slices"

	"codeswitch/lists/policy"
	"codeswitch/lists/spcodes"
)

// gate is this package's own small engine over code lists.
type gate struct {
	steps    []gateStep
	fallback bool
}

type gateStep struct {
	answers []int32
	open    bool
}

// opens reports whether the first step listing code opens the gate.
func (g gate) opens(code int32) bool { // want opens:"engine\\(rows steps, list answers, value open, fallback fallback\\)"
	for _, st := range g.steps {
		if slices.Contains(st.answers, code) {
			return st.open
		}
	}
	return g.fallback
}

// exportGate opens for every answer its steps do not list.
var exportGate = gate{
	steps:    []gateStep{{answers: []int32{spcodes.OtpInvalid, spcodes.BogusOtp}, open: false}},
	fallback: true,
}

// importGate opens for Success only.
var importGate = gate{
	steps:    []gateStep{{answers: []int32{spcodes.Success}, open: true}},
	fallback: false,
}

// sharedRules are the rows of an engine built where it is used.
var sharedRules = []policy.Rule{
	{Name: "bad-otp", When: policy.AnyOf(spcodes.OtpInvalid, spcodes.BogusOtp), Then: policy.Reject},
}

// Export exports statements behind exportGate. Reported.
func (s *Service) Export(ctx context.Context, user, otp string) bool {
	rep, err := s.SP.Sign(ctx, user, otp)
	return err == nil && exportGate.opens(rep.ErrorCode) // want `fail-open table lookup over SurePassID return codes: exportGate.opens gives true, Success's value`
}

// Import imports statements behind importGate. Quiet.
func (s *Service) Import(ctx context.Context, user, otp string) bool {
	rep, err := s.SP.Sign(ctx, user, otp)
	return err == nil && importGate.opens(rep.ErrorCode)
}

// Standing builds its engine in place from shared rows. Reported.
func (s *Service) Standing(ctx context.Context, user, otp string) policy.Decision {
	rep, err := s.SP.Sign(ctx, user, otp)
	if err != nil {
		return policy.Reject
	}
	standing := policy.Table{Rules: sharedRules, Otherwise: policy.Permit}
	return standing.Evaluate(rep.ErrorCode) // want `fail-open table lookup over SurePassID return codes: standing.Evaluate gives policy.Permit`
}
