// Package codeswitch reports fail-open switches over SurePassID return codes.
//
// A switch over a SurePassID return code that lists some failure codes, has no
// default that fails closed, and lets every other security-relevant code fall
// out into the success path signs in users it should reject. The check reports
// such a switch at its switch keyword, names the security-relevant codes that
// fall through, and offers one fix that makes it fail closed.
//
// Before (reported: "fail-open switch over SurePassID return codes: 81
// security-relevant codes fall through unhandled (PartnerLoginFailed,
// PartnerUserLoginFailed, DeviceInvalid, and 78 more)"):
//
//	switch resp.ErrorCode {
//	case codes.OTPInvalid, codes.OTPAlreadyUsed:
//		return ErrBadOTP
//	}
//	return nil // signed in
//
// After the suggested fix:
//
//	switch resp.ErrorCode {
//	case codes.OTPInvalid, codes.OTPAlreadyUsed:
//		return ErrBadOTP
//	case codes.Success:
//	default:
//		return ErrBadOTP
//	}
//	return nil // signed in
//
// # Dispatches over return codes
//
// The check looks at two shapes:
//   - a switch statement whose tag is a SurePassID return code as package spid
//     recognizes it: a codes.ReturnCode; a consumer's named integer type
//     mirroring the published enum, also across packages; an int errorCode or
//     ErrorCode field of a SurePassID response struct, or a local variable
//     initialized from one (code := resp.ErrorCode); or a type or field
//     configured with -codetypes or -codefields. Case values are constants: the
//     codes constants, the mirror's constants, or integer literals (case 9003:);
//   - a chain of if statements comparing one such code for equality with
//     constants: if code == X {...} else if code == Y || code == Z {...}, or
//     consecutive ifs of that form.
//
// Tagless switches (switch { case cond: }), type switches, and switches over
// anything else (ports, HTTP methods, other enums, another vendor's errorCode)
// are not looked at.
//
// # When a dispatch is reported
//
// A dispatch is reported when all three hold:
//  1. one of its clauses lists a published failure code and fails closed, so
//     the dispatch decides an authentication outcome (a switch mapping codes to
//     user messages is not reported);
//  2. the codes it does not list go somewhere that does not fail closed: into
//     a default clause (a final else) that leaves without failing closed, or,
//     when there is no default or the default falls out of the switch, into
//     the statements after the dispatch, and those do not fail closed;
//  3. some required code is listed in no clause.
//
// The required codes are codes.All() filtered by SecurityRelevant(), plus the
// names given to -codeswitch.require, minus the names given to
// -codeswitch.ignore (published names, comma-separated; an unknown name is an
// error). A code listed in any clause counts as handled, whatever its clause
// does.
//
// # Fails closed
//
// A statement list fails closed when, read in order, it reaches one of these
// before anything else leaves it:
//   - a return with a result that is a non-nil error (a call of an error
//     constructor such as errors.New, fmt.Errorf, status.Error or
//     echo.NewHTTPError, a package-level error variable such as ErrDenied, an
//     error composite literal), the constant false in a bool result, an HTTP
//     status of 400 or more or a call carrying one (return
//     c.JSON(http.StatusForbidden, body)), or codes.GenericMessage. An HTTP
//     status is a constant named Status... (net/http's, fiber's) or an
//     integer literal from 100 to 599;
//   - a call writing a failure response: http.Error, any call with an HTTP
//     status argument of 400 or more (w.WriteHeader(http.StatusUnauthorized),
//     c.AbortWithStatus(403), c.Status(401).JSON(body)), or a call passing
//     codes.GenericMessage;
//   - panic, os.Exit, runtime.Goexit, or a function or method named Fatal... or
//     Panic... (log.Fatalf);
//   - an assignment of such a value to a local variable (err = ErrDenied,
//     ok = false) that the function returns later;
//   - if code != Success {...} (or code > 0, or resp.Failed() of
//     codes.Envelope) whose body fails closed: the catch-all check after a
//     switch;
//   - an if statement all of whose branches fail closed.
//
// An if statement with one branch failing closed and the other falling through
// (a guard such as if limited {...}) is passed over, and so is
// if code == Success {...}.
//
// A list accepts, that is leaves without failing closed, at any other return
// (return nil, return true, return resp, nil, return c.JSON(body) or another
// framework response writer without a failure status, a bare return in a
// function without results) and by falling off the end of its function. A returned
// local variable counts as the value it was declared with (var err error is
// nil, var ok bool is false). Other local variables, parameters, named
// results, calls of other functions, an enclosing loop (for {...} retries),
// goto and labels make the outcome unknown, and an unknown outcome is never
// reported. The statements after a dispatch are the rest of its block, then
// the statements after the enclosing if, switch or block, up to the end of
// the function.
//
// So a deny-list switch, with failure codes listed and success after the
// switch, is reported; an allow-list switch, with case codes.Success: return
// nil and return ErrDenied right after the switch, is not.
//
// # Suggested fix
//
// Each diagnostic has exactly one fix (none in a file that does not parse,
// such as a case being typed: -fix never edits it); it compiles and makes
// the dispatch fail closed. It reuses the rejecting clause: the first clause that fails closed
// and lists a required code (else a published failure code).
//   - A switch without a default clause gets a default clause with a copy of
//     that clause's body, after an empty case for Success when the switch does
//     not list Success, so that Success still reaches the statements after the
//     switch.
//   - A switch whose default does not fail closed, whose Success clause
//     leaves the switch (a default would make the statements after it
//     unreachable), or whose rejecting clause ends in fallthrough or
//     declares labels, gets the missing codes added to
//     the rejecting clause's case list, ahead of its own values. Each is
//     spelled as the tag type's own constant when one is in scope
//     (codes.BogusOTP, surepass.BogusOTP), else as an integer literal
//     followed by the code's name in a comment (9030, // BogusOTP). Only
//     codes listed nowhere are added, so no case value is duplicated.
//   - An if-else chain gets a final else if code != Success {...} branch,
//     before an existing final else, with a copy of the rejecting branch's
//     body.
//
// Failure codes that are not security-relevant (SMSSendError, ...) then
// reject as well: they are failures all the same.
//
// # Related information, flags and cost
//
// The related information points at the first missing code's definition: the
// constant of the tag's own type when the consumer declared one, else the
// codes constant when the package imports codes, else the tag's type or
// field.
//
// Flags: -codeswitch.require and -codeswitch.ignore, and the shared
// recognition flags -codetypes and -codefields. The same settings as
// directives in the code, read alike by every driver: //surepasslint:codetype
// on a type and //surepasslint:codefield on a field (see package spid), and
// //surepasslint:require NAME,... and //surepasslint:ignore NAME,... in a
// package's doc comment, which adjust the required codes of that package's
// switches. The flags take precedence: -codeswitch.require and
// -codeswitch.ignore decide the codes they name whatever a directive says.
// A bad require or ignore directive is reported at its position (category
// directive) by this check; rawexposure reports the other bad directives.
//
// Generated files (ast.IsGenerated) are skipped. The check uses neither SSA
// nor the inspect analyzer: in a package without a SurePassID signal
// (spid.Result.Relevant) it returns at once, so its cost there is spid's scan
// of package-level declarations.
//
// # Known limits
//
//   - A code listed in any clause counts as handled, even when its clause only
//     logs and falls out to the success path.
//   - A local variable is judged by its declaration (var err error, code :=
//     resp.ErrorCode); later reassignments before the switch are not followed.
//   - Rejection through your own helper (renderLoginError(w) then return) is
//     not recognized as failing closed, and an unknown outcome is never
//     reported, so such a switch may go unreported; so is a switch inside a
//     loop.
//   - The fix copies the rejecting clause's own body, message included (a
//     lockout message for every code, say): review it.
package codeswitch

// doc is the package comment above, which is also Analyzer.Doc (a test
// keeps the two the same).
const doc = `Package codeswitch reports fail-open switches over SurePassID return codes.

A switch over a SurePassID return code that lists some failure codes, has no
default that fails closed, and lets every other security-relevant code fall
out into the success path signs in users it should reject. The check reports
such a switch at its switch keyword, names the security-relevant codes that
fall through, and offers one fix that makes it fail closed.

Before (reported: "fail-open switch over SurePassID return codes: 81
security-relevant codes fall through unhandled (PartnerLoginFailed,
PartnerUserLoginFailed, DeviceInvalid, and 78 more)"):

	switch resp.ErrorCode {
	case codes.OTPInvalid, codes.OTPAlreadyUsed:
		return ErrBadOTP
	}
	return nil // signed in

After the suggested fix:

	switch resp.ErrorCode {
	case codes.OTPInvalid, codes.OTPAlreadyUsed:
		return ErrBadOTP
	case codes.Success:
	default:
		return ErrBadOTP
	}
	return nil // signed in

# Dispatches over return codes

The check looks at two shapes:
  - a switch statement whose tag is a SurePassID return code as package spid
    recognizes it: a codes.ReturnCode; a consumer's named integer type
    mirroring the published enum, also across packages; an int errorCode or
    ErrorCode field of a SurePassID response struct, or a local variable
    initialized from one (code := resp.ErrorCode); or a type or field
    configured with -codetypes or -codefields. Case values are constants: the
    codes constants, the mirror's constants, or integer literals (case 9003:);
  - a chain of if statements comparing one such code for equality with
    constants: if code == X {...} else if code == Y || code == Z {...}, or
    consecutive ifs of that form.

Tagless switches (switch { case cond: }), type switches, and switches over
anything else (ports, HTTP methods, other enums, another vendor's errorCode)
are not looked at.

# When a dispatch is reported

A dispatch is reported when all three hold:
 1. one of its clauses lists a published failure code and fails closed, so
    the dispatch decides an authentication outcome (a switch mapping codes to
    user messages is not reported);
 2. the codes it does not list go somewhere that does not fail closed: into
    a default clause (a final else) that leaves without failing closed, or,
    when there is no default or the default falls out of the switch, into
    the statements after the dispatch, and those do not fail closed;
 3. some required code is listed in no clause.

The required codes are codes.All() filtered by SecurityRelevant(), plus the
names given to -codeswitch.require, minus the names given to
-codeswitch.ignore (published names, comma-separated; an unknown name is an
error). A code listed in any clause counts as handled, whatever its clause
does.

# Fails closed

A statement list fails closed when, read in order, it reaches one of these
before anything else leaves it:
  - a return with a result that is a non-nil error (a call of an error
    constructor such as errors.New, fmt.Errorf, status.Error or
    echo.NewHTTPError, a package-level error variable such as ErrDenied, an
    error composite literal), the constant false in a bool result, an HTTP
    status of 400 or more or a call carrying one (return
    c.JSON(http.StatusForbidden, body)), or codes.GenericMessage. An HTTP
    status is a constant named Status... (net/http's, fiber's) or an
    integer literal from 100 to 599;
  - a call writing a failure response: http.Error, any call with an HTTP
    status argument of 400 or more (w.WriteHeader(http.StatusUnauthorized),
    c.AbortWithStatus(403), c.Status(401).JSON(body)), or a call passing
    codes.GenericMessage;
  - panic, os.Exit, runtime.Goexit, or a function or method named Fatal... or
    Panic... (log.Fatalf);
  - an assignment of such a value to a local variable (err = ErrDenied,
    ok = false) that the function returns later;
  - if code != Success {...} (or code > 0, or resp.Failed() of
    codes.Envelope) whose body fails closed: the catch-all check after a
    switch;
  - an if statement all of whose branches fail closed.

An if statement with one branch failing closed and the other falling through
(a guard such as if limited {...}) is passed over, and so is
if code == Success {...}.

A list accepts, that is leaves without failing closed, at any other return
(return nil, return true, return resp, nil, return c.JSON(body) or another
framework response writer without a failure status, a bare return in a
function without results) and by falling off the end of its function. A returned
local variable counts as the value it was declared with (var err error is
nil, var ok bool is false). Other local variables, parameters, named
results, calls of other functions, an enclosing loop (for {...} retries),
goto and labels make the outcome unknown, and an unknown outcome is never
reported. The statements after a dispatch are the rest of its block, then
the statements after the enclosing if, switch or block, up to the end of
the function.

So a deny-list switch, with failure codes listed and success after the
switch, is reported; an allow-list switch, with case codes.Success: return
nil and return ErrDenied right after the switch, is not.

# Suggested fix

Each diagnostic has exactly one fix (none in a file that does not parse,
such as a case being typed: -fix never edits it); it compiles and makes
the dispatch fail closed. It reuses the rejecting clause: the first clause that fails closed
and lists a required code (else a published failure code).
  - A switch without a default clause gets a default clause with a copy of
    that clause's body, after an empty case for Success when the switch does
    not list Success, so that Success still reaches the statements after the
    switch.
  - A switch whose default does not fail closed, whose Success clause
    leaves the switch (a default would make the statements after it
    unreachable), or whose rejecting clause ends in fallthrough or
    declares labels, gets the missing codes added to
    the rejecting clause's case list, ahead of its own values. Each is
    spelled as the tag type's own constant when one is in scope
    (codes.BogusOTP, surepass.BogusOTP), else as an integer literal
    followed by the code's name in a comment (9030, // BogusOTP). Only
    codes listed nowhere are added, so no case value is duplicated.
  - An if-else chain gets a final else if code != Success {...} branch,
    before an existing final else, with a copy of the rejecting branch's
    body.

Failure codes that are not security-relevant (SMSSendError, ...) then
reject as well: they are failures all the same.

# Related information, flags and cost

The related information points at the first missing code's definition: the
constant of the tag's own type when the consumer declared one, else the
codes constant when the package imports codes, else the tag's type or
field.

Flags: -codeswitch.require and -codeswitch.ignore, and the shared
recognition flags -codetypes and -codefields. The same settings as
directives in the code, read alike by every driver: //surepasslint:codetype
on a type and //surepasslint:codefield on a field (see package spid), and
//surepasslint:require NAME,... and //surepasslint:ignore NAME,... in a
package's doc comment, which adjust the required codes of that package's
switches. The flags take precedence: -codeswitch.require and
-codeswitch.ignore decide the codes they name whatever a directive says.
A bad require or ignore directive is reported at its position (category
directive) by this check; rawexposure reports the other bad directives.

Generated files (ast.IsGenerated) are skipped. The check uses neither SSA
nor the inspect analyzer: in a package without a SurePassID signal
(spid.Result.Relevant) it returns at once, so its cost there is spid's scan
of package-level declarations.

# Known limits

  - A code listed in any clause counts as handled, even when its clause only
    logs and falls out to the success path.
  - A local variable is judged by its declaration (var err error, code :=
    resp.ErrorCode); later reassignments before the switch are not followed.
  - Rejection through your own helper (renderLoginError(w) then return) is
    not recognized as failing closed, and an unknown outcome is never
    reported, so such a switch may go unreported; so is a switch inside a
    loop.
  - The fix copies the rejecting clause's own body, message included (a
    lockout message for every code, say): review it.
`
