package bastion

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/gliderlabs/ssh"
	"golang.org/x/term"

	"rawexposure/sshgate/otpclient"
)

var audit = log.New(os.Stderr, "audit ", log.LstdFlags)

func (h *Host) session(sess ssh.Session) {
	args := sess.Command()
	if len(args) == 0 {
		h.shell(sess)
		return
	}
	switch args[0] {
	case "resend":
		err := h.otp.Do(sess.Context(), "send_oath_otp", sess.User(), "")
		var ae *otpclient.APIError
		if errors.As(err, &ae) {
			io.WriteString(sess, "could not send a code: "+ae.Detail+"\n") // want `raw SurePassID errorMessage .*the SSH session`
			fmt.Fprintf(sess, "(code %d)\n", ae.Code)                      // want `raw SurePassID return code`
			audit.Printf("send_oath_otp for %s: %d %s", sess.User(), ae.Code, ae.Detail)
			fmt.Fprintf(os.Stderr, "send_oath_otp: %v\n", err)
			_ = sess.Exit(ae.Code)
			return
		}
	case "elevate":
		if err := h.otp.Check(sess.Context(), sess.User(), ""); err != nil {
			fmt.Fprintln(sess.Stderr(), err) // want `raw SurePassID errorMessage .*the SSH session`
			errw := sess.Stderr()
			fmt.Fprintf(errw, "elevation refused: %v\n", err) // want `raw SurePassID errorMessage .*the SSH session`
			sess.Write([]byte(err.Error()))                   // want `raw SurePassID errorMessage`
			fmt.Fprintln(sess, otpclient.Friendly(err))
			_ = sess.Exit(1)
			return
		}
	}
	io.WriteString(sess, "ok\n")
}

// shell runs a line editor over the session.
func (h *Host) shell(sess ssh.Session) {
	t := term.NewTerminal(sess, "bastion> ")
	for {
		line, err := t.ReadLine()
		if err != nil {
			return
		}
		if err := h.otp.Check(sess.Context(), sess.User(), line); err != nil {
			fmt.Fprintln(t, "denied:", err) // want `raw SurePassID errorMessage .*the SSH session`
			t.SetPrompt(err.Error() + "> ") // want `raw SurePassID errorMessage`
			h.report(sess, err)             // want `raw SurePassID errorMessage`
			trace(os.Stderr, err)
			trace(sess, err)
			continue
		}
		fmt.Fprintln(t, "ok")
	}
}

// report writes to the engineer through a writer parameter.
func (h *Host) report(w io.Writer, err error) {
	fmt.Fprintf(w, "failed: %v\n", err)
}

// trace writes where it is told: the server's stderr or the session.
func trace(w io.Writer, err error) {
	fmt.Fprintln(w, "trace:", err)
}

// record keeps the raw answer in a server-side file, not on the session.
func record(f *os.File, sess ssh.Session, err error) {
	fmt.Fprintf(f, "%s: %v\n", sess.User(), err)
	io.WriteString(os.Stdout, err.Error())
}
