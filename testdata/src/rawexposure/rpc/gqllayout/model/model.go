// Package model holds the GraphQL models gqlgen generates.
package model

type Challenge struct {
	Accepted bool    `json:"accepted"`
	Hint     *string `json:"hint,omitempty"`
}
