package edge

import (
	"net/http"

	"codeswitch/mapped/spauth"
	"codeswitch/mapped/stepup"
)

// Sessions guards the itinerary pages with a remembered session.
type Sessions struct {
	Check func(r *http.Request) spauth.Code
	Next  http.Handler
}

// ServeHTTP denies and challenges what the route says and lets RouteAllowed
// through: the codes stepup's table leaves out get RouteAllowed there,
// reported at its lookup, not again here.
func (s *Sessions) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	code := s.Check(r)
	switch stepup.SessionRoute(code) {
	case stepup.RouteDenied:
		http.Error(w, "access denied", http.StatusForbidden)
		return
	case stepup.RouteChallenge:
		http.Redirect(w, r, "/login?step=otp", http.StatusFound)
		return
	}
	s.Next.ServeHTTP(w, r)
}

// Itinerary reads the route through the method of the code: not
// reported either.
func (s *Sessions) Itinerary(w http.ResponseWriter, r *http.Request) {
	if rt := stepup.Reason(s.Check(r)).Route(); rt == stepup.RouteDenied || rt == stepup.RouteChallenge {
		http.Error(w, "access denied", http.StatusForbidden)
		return
	}
	s.Next.ServeHTTP(w, r)
}
