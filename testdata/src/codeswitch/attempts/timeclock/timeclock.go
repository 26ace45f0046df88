// Command timeclock is a terminal on the shop floor: it prompts for a
// badge and a token code, one attempt after another, and clocks the
// worker in.
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"codeswitch/attempts/tokenapi"
)

type ledger struct{ f *os.File }

func (l *ledger) punch(badge string) error {
	_, err := fmt.Fprintf(l.f, "%s,%s\n", badge, time.Now().Format(time.RFC3339))
	return err
}

func ask(in *bufio.Scanner, prompt string) (string, bool) {
	fmt.Print(prompt)
	if !in.Scan() {
		return "", false
	}
	return strings.TrimSpace(in.Text()), true
}

// clockIn refuses two codes and lets every other one clock in.
func clockIn(api *tokenapi.Client, book *ledger) {
	in := bufio.NewScanner(os.Stdin)
	for {
		badge, ok := ask(in, "Badge: ")
		if !ok {
			return
		}
		otp, ok := ask(in, "Code: ")
		if !ok {
			return
		}
		ans, err := api.CheckOTP(context.Background(), badge, otp)
		if err != nil {
			fmt.Println("Clock offline, see your supervisor.")
			continue
		}
		code := tokenapi.Val(ans.ErrorCode)
		if code == int32(tokenapi.StatusBadOTP) || code == int32(tokenapi.StatusLoginFailed) { // want `fail-open if-else chain over SurePassID return codes`
			fmt.Println("Code not accepted, try again.")
			continue
		}
		if err := book.punch(badge); err != nil {
			fmt.Println("Could not record the punch.")
			continue
		}
		fmt.Println("Clocked in.")
	}
}

// clockOut reads attempts while the scanner has lines; a lockout ends the
// session with break, a wrong code asks again.
func clockOut(api *tokenapi.Client, book *ledger, badge string) {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		ans, err := api.CheckOTP(context.Background(), badge, in.Text())
		if err != nil {
			break
		}
		switch tokenapi.Status(tokenapi.Val(ans.ErrorCode)) { // want `fail-open switch over SurePassID return codes`
		case tokenapi.StatusBadOTP:
			fmt.Println("Wrong code, try again.")
			continue
		case tokenapi.StatusLocked:
			fmt.Println("Locked out.")
		}
		if tokenapi.Status(tokenapi.Val(ans.ErrorCode)) == tokenapi.StatusLocked {
			break
		}
		_ = book.punch(badge + ":out")
		fmt.Println("Clocked out.")
	}
}

// clockInChecked is clockIn failing closed: anything but success asks
// again.
func clockInChecked(api *tokenapi.Client, book *ledger) {
	in := bufio.NewScanner(os.Stdin)
	for {
		badge, ok := ask(in, "Badge: ")
		if !ok {
			return
		}
		otp, ok := ask(in, "Code: ")
		if !ok {
			return
		}
		ans, err := api.CheckOTP(context.Background(), badge, otp)
		if err != nil {
			continue
		}
		code := tokenapi.Val(ans.ErrorCode)
		if code == int32(tokenapi.StatusBadOTP) || code == int32(tokenapi.StatusLoginFailed) {
			fmt.Println("Code not accepted, try again.")
			continue
		} else if code != int32(tokenapi.StatusOK) {
			fmt.Println("Not accepted.")
			continue
		}
		if err := book.punch(badge); err != nil {
			continue
		}
		fmt.Println("Clocked in.")
	}
}

// retryLocked retries a lockout a few times; Success returns out of the
// loop, so a refusal's continue meets the next attempt's code.
func retryLocked(api *tokenapi.Client, book *ledger, badge, otp string) error {
	for try := 0; try < 3; try++ {
		ans, err := api.CheckOTP(context.Background(), badge, otp)
		if err != nil {
			return err
		}
		code := tokenapi.Status(tokenapi.Val(ans.ErrorCode))
		if code == tokenapi.StatusLocked {
			time.Sleep(time.Second)
			continue
		}
		if code != tokenapi.StatusOK {
			return fmt.Errorf("refused: %d", code)
		}
		return book.punch(badge)
	}
	return fmt.Errorf("still locked")
}

func main() {
	book := &ledger{f: os.Stdout}
	api := &tokenapi.Client{}
	clockIn(api, book)
	clockInChecked(api, book)
	clockOut(api, book, "b")
	_ = retryLocked(api, book, "b", "1")
}
