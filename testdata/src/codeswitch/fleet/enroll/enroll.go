// Package enroll is the fleetctl command that enrolls a courier's
// handset: it assigns the device at SurePassID and records it as enrolled.
package enroll

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"

	"codeswitch/fleet/spcode"
)

// Device is the fleet's record of a handset.
type Device struct {
	PSN      string
	Courier  string
	Enrolled bool
}

// Devices keeps handsets.
type Devices interface {
	Save(ctx context.Context, d *Device) error
}

// Assigner assigns a device at SurePassID.
type Assigner interface {
	AssignDevice(ctx context.Context, user, psn string) (spcode.Status, error)
}

// Cmd is `fleetctl enroll`.
type Cmd struct {
	SP      Assigner
	Devices Devices
	Out     io.Writer
}

// Run lists the failures it explains and then marks the device enrolled
// whatever else was answered. Reported.
func (c *Cmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("enroll", flag.ContinueOnError)
	user := fs.String("courier", "", "courier user name")
	psn := fs.String("psn", "", "device serial")
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, err := c.SP.AssignDevice(ctx, *user, *psn)
	if err != nil {
		return fmt.Errorf("enroll: %w", err)
	}
	switch st { // want `fail-open switch over SurePassID return codes`
	case spcode.StatusDeviceNotFound:
		fmt.Fprintln(c.Out, "no such device; check the serial")
		return errors.New("enroll: unknown device")
	case spcode.StatusUserDisabled, spcode.StatusLocked:
		fmt.Fprintln(c.Out, "courier cannot enroll now")
		return errors.New("enroll: courier blocked")
	}
	d := &Device{PSN: *psn, Courier: *user, Enrolled: true}
	if err := c.Devices.Save(ctx, d); err != nil {
		return err
	}
	fmt.Fprintf(c.Out, "enrolled %s for %s\n", *psn, *user)
	return nil
}

// ReenrollCommand is `fleetctl reenroll`, a mitchellh/cli command: its
// Run answers the exit status.
type ReenrollCommand struct {
	Cmd
	Device *Device
}

// Run sets the flag on an existing record after the dispatch, the one
// failure it knows ending the command with status 1. Reported.
func (r *ReenrollCommand) Run(args []string) int {
	ctx := context.Background()
	st, err := r.SP.AssignDevice(ctx, r.Device.Courier, r.Device.PSN)
	if err != nil {
		return 2
	}
	if st == spcode.StatusDeviceNotFound { // want `fail-open if-else chain over SurePassID return codes`
		fmt.Fprintln(r.Out, "no such device")
		return 1
	}
	r.Device.Enrolled = true
	if err := r.Devices.Save(ctx, r.Device); err != nil {
		return 2
	}
	return 0
}

// run is the entry point of the enroll tool behind os.Exit(run()): the
// failures end the process, every other answer enrolls. Reported.
func run(c *Cmd, user, psn string) int {
	ctx := context.Background()
	st, err := c.SP.AssignDevice(ctx, user, psn)
	if err != nil {
		log.Fatal(err)
	}
	switch st { // want `fail-open switch over SurePassID return codes`
	case spcode.StatusDeviceNotFound:
		log.Fatalf("enroll: no such device %s", psn)
	case spcode.StatusUserDisabled, spcode.StatusLocked:
		fmt.Fprintln(os.Stderr, "enroll: courier blocked")
		return 1
	}
	if err := c.Devices.Save(ctx, &Device{PSN: psn, Courier: user, Enrolled: true}); err != nil {
		return 2
	}
	return 0
}

// Count tallies answers: its int is a count, not an exit status, and
// nothing is granted. Not reported.
func Count(sts []spcode.Status) int {
	n := 0
	for _, st := range sts {
		switch st {
		case spcode.StatusDeviceNotFound, spcode.StatusLocked:
			continue
		}
		n++
	}
	return n
}

// RunQuiet lists an answer that needs nothing done and refuses every
// other failure. Not reported.
func (r *ReenrollCommand) RunQuiet(ctx context.Context) int {
	st, err := r.SP.AssignDevice(ctx, r.Device.Courier, r.Device.PSN)
	if err != nil {
		return 2
	}
	switch st {
	case spcode.StatusOK:
	case spcode.StatusProvisioned:
		fmt.Fprintln(r.Out, "already enrolled")
		return 0
	default:
		fmt.Fprintf(r.Out, "refused: %d\n", st)
		return 1
	}
	r.Device.Enrolled = true
	if err := r.Devices.Save(ctx, r.Device); err != nil {
		return 2
	}
	return 0
}

// RunClosed enrolls only on a clean answer. Not reported.
func (c *Cmd) RunClosed(ctx context.Context, user, psn string) error {
	st, err := c.SP.AssignDevice(ctx, user, psn)
	if err != nil {
		return err
	}
	switch st {
	case spcode.StatusOK, spcode.StatusProvisioned:
	case spcode.StatusDeviceNotFound:
		return errors.New("enroll: unknown device")
	default:
		return fmt.Errorf("enroll: refused (%d)", st)
	}
	return c.Devices.Save(ctx, &Device{PSN: psn, Courier: user, Enrolled: true})
}
