// Package gqlgraph is a gqlgen GraphQL API backed by SurePassID. It serves
// two schemas' apps from one package: the public API (Resolver) with the
// default error presenter, and the admin API (AdminResolver) whose
// presenter hides an error's text.
package gqlgraph

import "rawexposure/rpc/spauth"

// Resolver is the public API's root resolver.
type Resolver struct {
	SP *spauth.Client
}

// AdminResolver is the admin API's root resolver.
type AdminResolver struct {
	SP *spauth.Client
}
