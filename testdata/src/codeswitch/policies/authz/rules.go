package authz

import "errors"

// errUnavailable is returned when SurePassID could not be asked.
var errUnavailable = errors.New("authz: verification unavailable")

// Rules holds the per-tenant messages.
type Rules struct {
	Brand string
}

// refuse builds a refusal carrying the tenant's brand.
func (r *Rules) refuse(reason string) Decision {
	return Decision{Allow: false, Reason: r.Brand + ": " + reason, Status: 403}
}

// Decide refuses through a method and answers an error beside the
// decision: reported.
func (r *Rules) Decide(code int) (Decision, error) {
	switch code { // want `fail-open switch over SurePassID return codes`
	case SP_OTP_INVALID, SP_BOGUS_OTP, SP_OTP_ALREADY_USED:
		return r.refuse("invalid code"), nil
	case SP_DATABASE_ERROR:
		return Decision{}, errUnavailable
	}
	return Decision{Allow: true}, nil
}

// deviceRules lists refusals built by the package's builder.
var deviceRules = map[int]Decision{
	SP_DEVICE_INVALID:   deny("device invalid"),
	SP_DEVICE_NOT_FOUND: deny("device not found"),
	SP_DEVICE_IN_USE:    {Reason: "device in use", Status: 409},
}

// decideDeviceRule returns the table's refusal and allows the rest:
// reported.
func decideDeviceRule(code int) Decision {
	if d, found := deviceRules[code]; found { // want `fail-open if-else chain over SurePassID return codes`
		return d
	}
	return allow
}

// DecideStrict refuses every code it does not list: not reported.
func (r *Rules) DecideStrict(code int) (Decision, error) {
	switch code {
	case SP_SUCCESS:
		return allow, nil
	case SP_DATABASE_ERROR:
		return Decision{}, errUnavailable
	default:
		return r.refuse("invalid code"), nil
	}
}
