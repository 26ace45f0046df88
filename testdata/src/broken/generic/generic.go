// Package generic switches over SurePassID codes through type parameters,
// aliases, method values and shadowed names: valid but unusual code.
package generic

import (
	"errors"

	"github.com/surepasslint/surepasslint/codes"
)

// Code is an alias of the return-code type.
type Code = codes.ReturnCode

// Coded is any response with a return code.
type Coded interface{ Code() codes.ReturnCode }

// Pair is a generic response.
type Pair[T ~int] struct {
	ErrorCode    T
	ErrorMessage string
}

var errDenied = errors.New("denied")

// Decide switches over a type parameter constrained by the code type.
func Decide[T ~int](p Pair[T]) error {
	switch p.ErrorCode {
	case T(codes.Success):
		return nil
	case T(codes.OTPInvalid):
		return errDenied
	}
	return nil
}

// Via switches over a method value's result and an alias.
func Via(c Coded) error {
	f := c.Code
	var x Code = f()
	switch x {
	case codes.Success:
		return nil
	}
	return errDenied
}

// Shadow hides the codes package behind a local variable.
func Shadow(c codes.ReturnCode) bool {
	{
		codes := map[codes.ReturnCode]bool{codes.Success: true}
		return codes[c]
	}
}

// Closure switches inside a function literal and a labeled select loop.
func Closure(ch <-chan codes.ReturnCode) error {
	check := func(c codes.ReturnCode) error {
		switch c {
		case codes.Success:
			return nil
		default:
			return errDenied
		}
	}
loop:
	for {
		select {
		case c, ok := <-ch:
			if !ok {
				break loop
			}
			if err := check(c); err != nil {
				return err
			}
		}
	}
	return nil
}
