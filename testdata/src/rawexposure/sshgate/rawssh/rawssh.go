// Package rawssh is a jump host on golang.org/x/crypto/ssh directly: the
// server configuration's banner and keyboard-interactive callbacks, a
// banner error, and the session channels it accepts.
package rawssh

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"

	"golang.org/x/crypto/ssh"

	"rawexposure/sshgate/otpclient"
)

// Server holds the SurePassID client and the last failures.
type Server struct {
	otp  *otpclient.Client
	last map[string]string
	logw io.Writer
}

// Config builds the server configuration.
func (s *Server) Config() *ssh.ServerConfig {
	cfg := &ssh.ServerConfig{
		BannerCallback: func(conn ssh.ConnMetadata) string {
			return "Last failure: " + s.last[conn.User()] // want `raw SurePassID errorMessage .*SSH banner callback`
		},
		KeyboardInteractiveCallback: s.keyboard,
		PasswordCallback: func(conn ssh.ConnMetadata, pw []byte) (*ssh.Permissions, error) {
			err := s.otp.Do(context.Background(), "validate_user", conn.User(), string(pw))
			var ae *otpclient.APIError
			if errors.As(err, &ae) {
				s.last[conn.User()] = ae.Detail
				return nil, &ssh.BannerError{Err: err, Message: "password rejected: " + ae.Detail} // want `raw SurePassID errorMessage .*banner`
			}
			if err != nil {
				return nil, &ssh.BannerError{Err: err, Message: otpclient.Friendly(err)}
			}
			return &ssh.Permissions{Extensions: map[string]string{"checked": "password"}}, nil
		},
		AuthLogCallback: func(conn ssh.ConnMetadata, method string, err error) {
			log.Printf("%s %s: %v", conn.User(), method, err)
		},
	}
	return cfg
}

func (s *Server) keyboard(conn ssh.ConnMetadata, client ssh.KeyboardInteractiveChallenge) (*ssh.Permissions, error) {
	answers, err := client(conn.User(), "", []string{"Code: "}, []bool{false})
	if err != nil {
		return nil, err
	}
	if err := s.otp.Check(context.Background(), conn.User(), answers[0]); err != nil {
		_, _ = client(conn.User(), err.Error(), nil, nil) // want `raw SurePassID errorMessage .*keyboard-interactive`
		fmt.Fprintln(s.logw, err)
		return &ssh.Permissions{Extensions: map[string]string{"failure": err.Error()}}, err
	}
	return nil, nil
}

// Serve accepts the session channels of one connection.
func (s *Server) Serve(nc net.Conn) {
	conn, chans, reqs, err := ssh.NewServerConn(nc, s.Config())
	if err != nil {
		log.Printf("handshake: %v", err)
		return
	}
	go ssh.DiscardRequests(reqs)
	for nch := range chans {
		if nch.ChannelType() != "session" {
			nch.Reject(ssh.UnknownChannelType, "unknown channel type")
			continue
		}
		err := s.otp.Check(context.Background(), conn.User(), "")
		if err != nil {
			nch.Reject(ssh.Prohibited, err.Error()) // want `raw SurePassID errorMessage`
			continue
		}
		ch, _, err := nch.Accept()
		if err != nil {
			continue
		}
		if err := s.otp.Check(context.Background(), conn.User(), ""); err != nil {
			fmt.Fprintf(ch, "step-up failed: %v\r\n", err) // want `raw SurePassID errorMessage .*the SSH session`
			io.WriteString(ch.Stderr(), err.Error())       // want `raw SurePassID errorMessage .*the SSH session`
			ch.Write([]byte("use the portal\r\n"))
			fmt.Fprintf(s.logw, "step-up %s: %v\n", conn.User(), err)
		}
		ch.Close()
	}
}
