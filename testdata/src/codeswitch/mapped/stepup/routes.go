package stepup

import "codeswitch/mapped/spauth"

// Route is what the edge does with a remembered session; its zero value
// lets the request through.
type Route int

const (
	RouteAllowed Route = iota
	RouteChallenge
	RouteDenied
)

// routeByCode drives the session check. Codes it does not list get the
// zero Route.
var routeByCode = map[spauth.Code]Route{
	spauth.CodeSessionInvalid:  RouteChallenge,
	spauth.CodeAccountExpired:  RouteDenied,
	spauth.CodeUserDisabled:    RouteDenied,
	spauth.CodeTooManyFailures: RouteChallenge,
}

// SessionRoute answers RouteAllowed for every code the table leaves out.
// Reported here, at the lookup: the switches over its answer in package
// edge are this finding again.
func SessionRoute(code spauth.Code) Route { // want SessionRoute:"codeswitch\\(table value\\)"
	return routeByCode[code] // want `fail-open table lookup over SurePassID return codes: routeByCode\[code\] gives RouteAllowed, the zero value`
}

// Reason is the code as the session layer passes it around.
type Reason spauth.Code

// Route is the same lookup as a method of the code. Reported at the
// lookup.
func (r Reason) Route() Route { // want Route:"codeswitch\\(table value\\)"
	return routeByCode[spauth.Code(r)] // want `fail-open table lookup over SurePassID return codes: routeByCode\[spauth.Code\(r\)\] gives RouteAllowed`
}

// Hold is a fail-safe route: its zero value holds the request.
type Hold int

const (
	HoldAll Hold = iota
	HoldRelease
	HoldChallenge
)

var holdByCode = map[spauth.Code]Hold{
	spauth.CodeOK:             HoldRelease,
	spauth.CodeSessionInvalid: HoldChallenge,
}

// HoldFor answers HoldAll, a refusal, for the codes the table leaves out.
// Not reported.
func HoldFor(code spauth.Code) Hold {
	return holdByCode[code]
}

// routeOnly dispatches on the route in this package: RouteAllowed, the
// answer of every unlisted code, is the lookup's finding, not its own.
func routeOnly(code spauth.Code) error {
	switch SessionRoute(code) {
	case RouteDenied:
		return errDenied
	case RouteChallenge:
		return errStepUp
	}
	return nil
}
