// Package term is a test stub of golang.org/x/term's Terminal, the line
// editor an SSH server runs over a session, with the real signatures and
// no behaviour.
package term

import "io"

// Terminal contains the state for running a VT100 terminal.
type Terminal struct {
	c      io.ReadWriter
	prompt []rune
}

// NewTerminal runs a VT100 terminal on the given ReadWriter.
func NewTerminal(c io.ReadWriter, prompt string) *Terminal {
	return &Terminal{c: c, prompt: []rune(prompt)}
}

// Write writes to the terminal, above the prompt line.
func (t *Terminal) Write(buf []byte) (n int, err error) { return t.c.Write(buf) }

// ReadLine returns a line of input from the terminal.
func (t *Terminal) ReadLine() (line string, err error) { return "", nil }

// ReadPassword temporarily changes the prompt and reads a password,
// without echo, from the terminal.
func (t *Terminal) ReadPassword(prompt string) (line string, err error) { return "", nil }

// SetPrompt sets the prompt to be used when reading subsequent lines.
func (t *Terminal) SetPrompt(prompt string) { t.prompt = []rune(prompt) }
