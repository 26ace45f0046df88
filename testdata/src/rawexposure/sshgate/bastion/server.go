// Package bastion is a gliderlabs/ssh jump host: engineers sign in with a
// password and a SurePassID code, then get a small command menu. What the
// session, the banner and the keyboard-interactive prompts show is read by
// the engineer at the other end.
package bastion

import (
	"context"
	"errors"
	"sync"

	"github.com/gliderlabs/ssh"
	gossh "golang.org/x/crypto/ssh"

	"rawexposure/sshgate/otpclient"
)

// Host is the SSH server.
type Host struct {
	otp *otpclient.Client

	mu      sync.Mutex
	lastBad map[string]string
}

// Server wires the handlers as method values.
func (h *Host) Server() *ssh.Server {
	return &ssh.Server{
		Addr:                       ":2222",
		Handler:                    h.session,
		BannerHandler:              h.banner,
		PasswordHandler:            h.password,
		KeyboardInteractiveHandler: h.interactive,
	}
}

func (h *Host) noteFailure(user, why string) {
	h.mu.Lock()
	h.lastBad[user] = why
	h.mu.Unlock()
}

// banner reminds the engineer of the last failed sign-in.
func (h *Host) banner(ctx ssh.Context) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	why, ok := h.lastBad[ctx.User()]
	if !ok {
		return "Authorised staff only.\n"
	}
	return "Last failed sign-in: " + why + "\n" // want `raw SurePassID errorMessage .*SSH banner callback`
}

func (h *Host) password(ctx ssh.Context, pw string) bool {
	err := h.otp.Do(ctx, "validate_user", ctx.User(), pw)
	var ae *otpclient.APIError
	if errors.As(err, &ae) {
		h.noteFailure(ctx.User(), ae.Detail)
		return false
	}
	return err == nil
}

// interactive asks for the code; the instruction shows SurePassID's answer.
func (h *Host) interactive(ctx ssh.Context, ask gossh.KeyboardInteractiveChallenge) bool {
	answers, err := ask(ctx.User(), "", []string{"Code: "}, []bool{false})
	if err != nil || len(answers) != 1 {
		return false
	}
	err = h.otp.Do(ctx, "validate_oath_otp", ctx.User(), answers[0])
	var ae *otpclient.APIError
	if errors.As(err, &ae) {
		_, _ = ask(ctx.User(), "Rejected: "+ae.Detail, nil, nil) // want `raw SurePassID errorMessage .*keyboard-interactive`
		return false
	}
	if err != nil {
		_, _ = ask(ctx.User(), otpclient.Friendly(err), nil, nil)
		return false
	}
	return true
}

// Options wires a literal banner and an option-set keyboard handler.
func Options(c *otpclient.Client) []ssh.Option {
	return []ssh.Option{
		func(srv *ssh.Server) error {
			srv.BannerHandler = func(ctx ssh.Context) string {
				if err := c.Check(context.Background(), ctx.User(), ""); err != nil {
					return err.Error() // want `raw SurePassID errorMessage .*SSH banner callback`
				}
				return "welcome\n"
			}
			return nil
		},
		ssh.KeyboardInteractiveAuth(func(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
			answers, err := challenge(ctx.User(), "", []string{"Code: "}, []bool{false})
			if err != nil || len(answers) == 0 {
				return false
			}
			if err := c.Check(ctx, ctx.User(), answers[0]); err != nil {
				_, _ = challenge(ctx.User(), "", []string{err.Error() + "\nCode: "}, []bool{false}) // want `raw SurePassID errorMessage .*keyboard-interactive`
				return false
			}
			return true
		}),
	}
}

// userLabel is a helper of the same shape that the package calls itself:
// its caller decides what is shown.
func (h *Host) userLabel(ctx ssh.Context) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return ctx.User() + " (" + h.lastBad[ctx.User()] + ")"
}

// Greeting sets the static banner of a one-user server from the last
// failure.
func (h *Host) Greeting(srv *ssh.Server, user string) { // want Greeting:"param 1 reaches the SSH banner"
	h.mu.Lock()
	defer h.mu.Unlock()
	srv.Banner = "Last failed sign-in for " + user + ": " + h.lastBad[user] // want `raw SurePassID errorMessage .*SSH banner`
}
