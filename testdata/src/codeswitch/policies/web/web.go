// Package web serves the login API with huma on chi.
package web

import (
	"context"

	"github.com/danielgtaylor/huma/v2"

	"codeswitch/policies/authz"
)

type LoginInput struct {
	Body struct {
		User string `json:"user"`
		OTP  string `json:"otp"`
	}
}

type LoginOutput struct {
	Body struct {
		Session string `json:"session"`
	}
}

// Register mounts the login operations.
func Register(api huma.API, p *authz.Policy, issue func(user string) string) {
	huma.Post(api, "/login", func(ctx context.Context, in *LoginInput) (*LoginOutput, error) {
		d, err := p.Login(ctx, in.Body.User, in.Body.OTP)
		if err != nil {
			return nil, huma.Error503ServiceUnavailable("try again later")
		}
		if !d.Allow {
			return nil, huma.Error401Unauthorized("login failed")
		}
		out := &LoginOutput{}
		out.Body.Session = issue(in.Body.User)
		return out, nil
	})
}
