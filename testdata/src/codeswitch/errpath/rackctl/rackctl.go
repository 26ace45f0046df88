// Package rackctl is the command line the rack technicians run on the
// bastion: each subcommand answers an exit status, 0 for done.
package rackctl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"

	"codeswitch/errpath/rackspapi"
)

// CLI runs the subcommands.
type CLI struct {
	SP  rackspapi.Client
	Out io.Writer
}

func (c *CLI) openCage(user string) { log.Printf("cage opened for %s", user) }

// Enroll assigns a token to the technician. The codes the switch does not
// list leave the error branch to the enrolment message and exit 0.
// Reported.
func (c *CLI) Enroll(ctx context.Context, user, psn string) int {
	if err := c.SP.AssignDevice(ctx, user, psn); err != nil {
		apiErr, ok := rackspapi.FromErr(err)
		if !ok {
			fmt.Fprintln(c.Out, "token service unreachable")
			return 1
		}
		switch apiErr.Code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		case rackspapi.CodeDeviceInUse:
			fmt.Fprintln(c.Out, "that token belongs to someone else")
			return 1
		case rackspapi.CodeBogusSerialNumber, rackspapi.CodeDeviceNotFound:
			fmt.Fprintln(c.Out, "unknown serial")
			return 1
		}
		log.Printf("assign_device for %s answered %d", user, apiErr.Code)
	}
	fmt.Fprintf(c.Out, "token %s enrolled\n", psn)
	return 0
}

// Unlock opens a cage after an OTP. The if-else chain in the errors.As
// branch lets every other failure on to openCage. Reported.
func (c *CLI) Unlock(ctx context.Context, user, otp string) int {
	err := c.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		var apiErr *rackspapi.APIError
		if errors.As(err, &apiErr) {
			if apiErr.Code == rackspapi.CodeOTPInvalid { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
				fmt.Fprintln(c.Out, "wrong code")
				return 3
			}
		} else {
			return 1
		}
	}
	c.openCage(user)
	fmt.Fprintln(c.Out, "cage open")
	return 0
}

// StrictEnroll leaves the error branch by exit 1 for every code the
// switch does not list. Not reported.
func (c *CLI) StrictEnroll(ctx context.Context, user, psn string) int {
	if err := c.SP.AssignDevice(ctx, user, psn); err != nil {
		apiErr, ok := rackspapi.FromErr(err)
		if !ok {
			return 1
		}
		switch apiErr.Code {
		case rackspapi.CodeDeviceInUse:
			fmt.Fprintln(c.Out, "that token belongs to someone else")
			return 1
		case rackspapi.CodeBogusSerialNumber, rackspapi.CodeDeviceNotFound:
			fmt.Fprintln(c.Out, "unknown serial")
			return 1
		}
		fmt.Fprintln(c.Out, "enrolment refused")
		return 1
	}
	fmt.Fprintf(c.Out, "token %s enrolled\n", psn)
	return 0
}

// retryAfter maps a failed unassignment to a delay in seconds: Success's
// path only returns, so the numbers are no verdict. Not reported.
func retryAfter(err error) int {
	if err != nil {
		if apiErr, ok := rackspapi.FromErr(err); ok {
			switch apiErr.Code {
			case rackspapi.CodeDeviceInvalid:
				return 30
			case rackspapi.CodeDeviceInUse:
				return 300
			}
		}
	}
	return 0
}

// Release unassigns a token and prints the delay before the next try.
func (c *CLI) Release(ctx context.Context, user, psn string) int {
	err := c.SP.UnassignDevice(ctx, user, psn)
	if d := retryAfter(err); d > 0 {
		fmt.Fprintf(c.Out, "try again in %ds\n", d)
		return 1
	}
	if err != nil {
		return 1
	}
	return 0
}
