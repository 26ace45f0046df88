// Package codeswitch reports fail-open switches over SurePassID return codes.
//
// A switch over a SurePassID return code that lists some failure codes and
// lets every other security-relevant code reach the place Success reaches
// signs in users it should reject. The check reports such a switch at its
// switch keyword, names the security-relevant codes that fall through, and
// offers one fix that makes it fail closed.
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
// The check looks at three shapes:
//   - a switch statement whose tag is a SurePassID return code as package spid
//     recognizes it (the Code field of a client's error type filled from
//     the response included: switch apiErr.Code after errors.As): a codes.ReturnCode; a consumer's named integer type
//     mirroring the published enum (in any naming convention, protobuf enums
//     included), also across packages; an errorCode or ErrorCode field of a
//     SurePassID response struct, of any integer, float or string type
//     (json.Number, jsoniter.Number) or a pointer to one, or a getter or accessor returning
//     it (rep.GetErrorCode()); a conversion or parse of one (int(x),
//     strconv.Atoi, n.Int64()), or a local variable initialized from one
//     (code := resp.ErrorCode, code, err := strconv.Atoi(resp.ErrorCode)); a
//     type or field configured with -codetypes or -codefields; or any value
//     whose case values are constants mirroring the published enum as
//     spid's CodeConstants says (case SP_OTP_INVALID, SP_OTP_ALREADY_USED:
//     with untyped constants; case errOtpInvalid, errLoginFailed,
//     errOtpExpired: named like their values; case CodeOtpInvalid,
//     CodeOtpReplay: a block of the team's own names valued like the codes,
//     Success's 0 among them, in a package with SurePassID evidence; case
//     codeReplayed, codeLocked: a block or type of a few published failure
//     codes only, at least three named loosely like their values, in any
//     package), or
//     that are three or more
//     published failure codes written as literals, every case a published
//     code, as spid's CodeLiterals says (case "9106": case "9107", "9108":,
//     a code kept as text). A local declared from a type assertion or a
//     map lookup follows it (n, ok := m["errorCode"].(json.Number); spid
//     knows decoded maps and gjson reads). Case values are constants: the codes constants, the
//     mirror's constants, integer literals (case 9003:) or, for a string
//     code, quoted numbers (case "9003":) or an integer constant formatted
//     in place, strconv.Itoa(OTPInvalid), strconv.FormatInt(K, 10) or
//     fmt.Sprint(K) (strcodes.go), which stand for its decimal text, or
//     a string constant of a package keeping the codes as text (const
//     CodeOTPInvalid = "9003" beside CodeRecoveryExpiredToken = "9102":
//     at least two of its string constants carry a published name, in
//     any convention, and that code's text, none a published name with
//     another code's; strcodes.go), which names its code whatever its own
//     name, so switch code { case authcodes.CodeRecoveryExpiredToken: }
//     over a plain string is a dispatch, and a deny table keyed by them
//     (if reason, ok := denyReasons[code]; ok) a lookup; another
//     vendor's text codes of the same values (StatusDiskUnencrypted =
//     "9001") name none of them; or a
//     code looked up by its published name, a call of one string constant
//     returning an integer or a map of integers indexed by one
//     (sp.Code("BogusOTP"), sp.Codes["SSOPolicyNoDailyAccess"]: a team
//     loading the vendor's list by name), which stands for that code, and
//     two such lookups of distinct failure codes make the value switched
//     on or compared with them a code;
//   - a switch without a tag whose cases compare one such code for
//     equality with constants: switch { case r.ErrorCode == X: ... case
//     r.ErrorCode == Y || r.ErrorCode == Z: ... }; cases on something else
//     that do not read the code may be among them (case rep.GetStatus() ==
//     "pending":, case rep.GetStatus() == "denied", rep.GetErrorCode() ==
//     X:), and the codes are judged where those do not hold: each code may
//     arrive with any status, so one that no code case lists and that then
//     reaches the success path fails open; a case may also call a predicate
//     on the code (case isLockout(code):, case code.IsFIDO():, see
//     "Predicates and helpers"), and lists the codes it is true for;
//   - a chain of if statements comparing one such code for equality with
//     constants: if code == X {...} else if code == Y || code == Z {...}, or
//     consecutive ifs of that form; the first if may declare the code (if
//     c := rep.GetErrorCode(); c == int32(pb.Status_STATUS_SMS_SEND_ERROR)
//     {...} else if c == ...), also with an ignored second result or as the
//     first of two results (if n, _ := resp.Code.Int64(); n == X {...}, if
//     code, _ := jsonparser.GetInt(body, "errorCode"); code == 9001 {...}); a
//     later else if on something else that does not read the code (else if cb.Answer == "deny") is judged as not
//     taken, as a tagless switch's case on something else is; a later
//     link may call a predicate on the code (else if !res.Status.OK(),
//     else if sp.IsRetryable(code); see "Predicates and helpers"), and
//     lists the codes it is true for. An if without else whose body only
//     logs (if rc != Success { log.Infow(...) }) is no link: a dispatch
//     starts after it.
//
// The links of a chain and the cases of a tagless switch may spell the
// code differently: two spellings are the same code when they differ only
// by integer conversions (int(r.Code), r.Code == uint32(sp.RcOtpInvalid)),
// accessors returning the field or a conversion of it (r.Result() of func
// (r Reply) Result() ResultCode { return ResultCode(r.Code) }, res.Code()
// beside res.ErrorCode) and locals declared with one and written nowhere
// else. So if r.Code == uint32(sp.RcOtpInvalid) {...} else if
// r.Result().Locked() {...} is one dispatch listing the invalid OTP and
// the codes Locked is true for. A later link or case that calls a
// predicate of the answer reading that code (else if r.LockedOut(), func
// (r Reply) LockedOut() bool { return r.Result().Locked() }) lists the
// codes it is true for too, rather than being a link on something else;
// so does such a predicate as the first link, when a later else if names
// the code (if res.Rejected() {...} else if res.Code() == X {...}). Two
// different values (two answers, a code and an HTTP status) are never one
// dispatch.
//
// A code handed on as a plain integer (func screenFor(code int64) Screen,
// a helper's parameter) is compared with the client's constants converted
// to its type: case code == int64(sp.StOTPInvalid) || code ==
// int64(sp.StBogusOTP):. Constants of a return-code type keep what they
// are through an integer conversion, so a tagless switch, an if-else chain
// or a switch's cases comparing one value with two or more distinct
// failure codes spelled so make that value a code (convconsts.go);
// another vendor's converted constants (int(CarrierDeclined) of a type
// spid does not know) do not.
//
// A code read through the target of errors.As (the standard library's,
// github.com/pkg/errors' or golang.org/x/xerrors') may be guarded by it:
// in case errors.As(err, &otpErr) && otpErr.Err.Code == X:, errors.As
// holds for every published code (one was read), and an error of no such
// type has no published failure code to list. Such a tagless switch or
// if-else chain has no fix: a case on the code alone would read a nil
// target.
//
// A code read through a pointer (*chk.ErrorCode, a proto2 or optional
// field) may be guarded by a nil check: in if chk.ErrorCode != nil &&
// *chk.ErrorCode == X, the guard holds for every published code (one was
// read), and the fix keeps it (else if chk.ErrorCode != nil &&
// *chk.ErrorCode != Success).
//
// A lookup of the code in a package-level map literal of this package
// whose keys are constants is a case listing those keys: if reason,
// rejected := releaseBlocks[code]; rejected {...} (the lookup in the
// if's init), if _, ok := allowed[code]; !ok {...}, and if blocked[code]
// {...} for a map of bools whose values are all true; the element looked
// up may be tested with it against constants, and is then the table's
// value for each code (if st, ok := gate[code]; ok && st != 0 {...}). So
// is a local declared with a constant default and set to the table's value
// only under the lookup (door := Unlock; if d, ok := rules[code]; ok { door
// = d }, or door = rules[code]), written nowhere else: a later switch door
// {...} or if door == Alarm {...} reads the table's value for the codes it
// lists and the default for the others. A lone if !ok {...} (no else) over a
// table that leaves Success out (out, ok := outcomes[code]; if !ok { out =
// Approved }; if out == Denied {...}) is read as the table's keys, which
// pass the if and are decided by their elements after it, and an else
// holding its body for every other code, Success among them; such a
// dispatch has no fix (the keys have no branch of their own to copy).
// When the lookup is kept in a statement before an if testing its ok
// alone (v, ok := loginVerdicts[s]; if !ok { return VerdictAllow };
// return v, or if found { return status }; return BindActive) and only
// codes the table leaves out fail open, the finding is the lookup's: it is
// reported at that statement, as a "fail-open table lookup", with the fix
// of the if; an ok tested in the if's own init stays reported at the if,
// on the same line.
// A local map literal that the file only reads by index (refusals :=
// map[sp.Code]func(){...}; never assigned, added to or passed on) is such
// a table too, and so is the call of a function or method of this package
// whose body returns a map literal (return map[Code]func(context.Context)
// error{...}, or m := map...{...}; return m): if react, ok :=
// k.onAnswer()[code]; ok {...}, or a local declared with the call and read
// by index only. So is a map field of a struct of this package set once,
// by a keyed composite literal (a constructor's &Policy{deny:
// map[Code]bool{...}}), and otherwise only read by index (if
// p.deny[res.ErrorCode] { return false }; related information at the
// literal: "the table deny is filled here"); and a map parameter of a
// function of this package, never assigned in it, that every use of the
// function passes a map literal of constants (or a local declared with
// one and used only in that call: rows := Reactions[T]{...}; return
// route(code, rows, open)) (a generic helper, func
// decide[T any](code Code, handlers map[Code]func() (T, error), grant
// func() (T, error)) (T, error) { if h, ok := handlers[code]; ok { return
// h() }; return grant() }): the table is the literal listing the fewest
// keys, the dispatch is reported in the helper, at its lookup, with
// related information at that literal ("the table passed as handlers is
// declared here"); its fix is the if-else chain's, the copy reading the
// parameter's row for the rejecting code (return handlers[OTPInvalid]()),
// when one call passes the table, and there is none when several do (the
// table is its callers': another's may not list that code). The helper's
// fallback is judged as its own path, not by what a caller passes: when
// calling it is the only other way out of the lookup, every code the
// table leaves out takes Success's path there, and the lookup is
// reported; a helper that refuses those codes itself (if code == Success
// { return grant() }; ...; return zero, errNotVerified) is quiet. A
// closure building a table's rows is followed only in the file of the
// lookup's caller being checked; a function building them, in any file
// of the package. A map of
// another package, a map built at run time (but for func init's rows,
// below), or one whose keys are not all
// constants is no such case. A package-level map literal whose keys are
// three or more published failure codes written as literals, every key a
// published code (var stepUpFailures = map[int]error{9002: ..., 9003:
// ..., 9030: ...}, as spid's CodeLiterals says of case values), is a code
// table (codetable.go): a local variable the file looks up in it is a
// code, though it came as a plain int through an interface the package
// declares, and a package holding such a table is checked though it has
// no other SurePassID signal. A port map, an HTTP status map or another
// vendor's numbers outside the published codes are none. A call of the element (return next(a), nil;
// refuse(); return), a table of function literals or of functions or
// method values (k.badPIN) of this package, or of the literals a builder
// returns (a row deny(Locked), deny a function of this package or a local
// closure never assigned again whose body is one return of a function
// literal), goes for each code where that code's function does: it rejects
// when every return of the function rejects as that result (a constant of
// the results' enum other than Success's, Success's own found in its
// table entry where Success calls the element too), or, for a function
// without results called as a statement, when its body rejects; an error
// declared with the call (if err := react(ctx); err != nil { return err })
// is non-nil for the codes whose function returns a non-nil error on
// every return, and nil for those whose every return is nil; and a
// status element written in a response (http.Error(w, msg, st), return
// c.NoContent(st), or a field of a row: w.WriteHeader(f.status) of f, ok
// := failures[code]) rejects for the codes whose status is 400 or more.
// Where Success's path returns the call of the element too (h, ok :=
// handlers[code]; if !ok { reject }; return h(ctx)), a failure code whose
// function is another than Success's, makes a call of its own (not
// logging) and none of those Success's function makes (followed into
// the functions of this package) is handled by the table, whatever its
// function returns: a token parked (store.MarkPending) where Success binds
// it (store.MarkEnrolled) leaves Success's path (ownHandlers). A code
// mapped to Success's function, to one calling Success's grant, or to one
// that only logs goes on with Success, and so does one whose function is
// called as a statement before Success's path goes on (err := h(ctx);
// ...; issue()). A
// function of this package whose body is v, ok := table[p] and a return
// of ok as its last result (func notice(code Code) (text string, refused
// bool)) lists the table's keys too: if text, refused := notice(code);
// refused {...} is a lookup of that table (one returning only the bool is
// a predicate, see "Predicates and helpers"); another package's such
// helper is not followed. A method with one bool result whose body is _,
// ok := table[r.code] and return ok, r its receiver, is such a predicate
// on the receiver's field (func (r Result) Locked() bool); and the table
// may be a package variable built by a variadic helper of this package
// from the codes it is called with (var locked = codeSet(A, B) of func
// codeSet(cs ...int) map[int]struct{} { m := make(...); for _, c :=
// range cs { m[c] = struct{}{} }; return m }), whose keys are those
// arguments (predchain.go). A package map declared empty (map[int]bool{},
// make(...)) and filled only by func init with constant keys (locked[A] =
// true, or for _, c := range []int{A, B} { locked[c] = true }), never
// written elsewhere nor passed to a function, is read as the map literal
// of those rows wherever a table is (initfilled.go); so is its membership
// method, a method of a map type of this package whose body is _, ok :=
// s[c]; return ok (or return s[c] over a map of bools all true), called
// on such a package variable: if lockedOut.Has(code) {...}, or a
// predicate func (r Result) Mistyped() bool { return mistyped.Has(r.code)
// }. An if-else chain of two links or more, each
// a predicate of one answer reading the code inside it (if res.Locked()
// {...} else if res.Retryable() {...} else if res.WrongCredential()
// {...}), is a dispatch over that code like one comparing it: each link
// lists the codes its predicate is true for, and a code no link lists
// falls through; a link or a check after on success (else if !res.OK(),
// if !res.OK() { reject } after it) or a final else closes it. Its fix
// ends the chain with a link that rejects every failure like its first
// rejecting branch, testing a predicate of the same answer over the same
// field that is true for Success alone (else if !res.OK() {...}) or for
// every failure code (else if res.Failed() {...}); where the answer has
// none, the finding carries no suggested fix: the chain has no
// expression of the code to compare. A dispatch by a table is reported at
// its lookup, with related information at the table's declaration ("the
// table loginOutcomes is declared here"; for a function's table, at the
// literal it returns: "the table returned by onAnswer is declared here"),
// where its codes are listed. A
// return of the element is the
// table's to decide (see below): a table whose values are themselves the
// rejection (return o, with o a Deny of the table) is not read as one,
// unless the element differs, for every code on the path, from the
// constant of the same enum that Success returns (see "Fails closed"), or,
// where Success returns a nil error, is a non-nil error for every code on
// the path (if denial, ok := pushDenials[code]; ok { return denial } over
// a map of sentinels and fmt.Errorf values; the element declared beside
// the flag and written nowhere else, held.go), or, where Success returns
// a struct value that does not reject (return allow of var allow =
// Decision{Allow: true}), is a rejecting payload for every code on the
// path (a map[int]Decision of deny("locked") rows, {Reason: "bogus"}
// literals or lockedOut values, also behind pointers; pkgvalues.go); the
// lookup may be declared before the if (d, found := deviceRules[code]; if
// found { return d }), and the fix copies the table's row for the
// rejecting code (return deny("device invalid"), or
// otpBlocks[SP_OTP_INVALID] for a row written as a literal without its
// type). A key converted for the
// table (stops[int(rep.ErrorCode)], or int(code) of code :=
// int64(rep.ErrorCode)) is the code it converts: a later if
// rep.ErrorCode != Success tests the same code. The fix then copies the
// table's value for the rejecting code, when the names it uses mean the
// same at the dispatch.
//
// A plain lookup kept for later is a dispatch too: action :=
// policy[resp.ErrorCode] (a local written nowhere else), s.next =
// outcomes[code] (a field the file writes only there), or the lookup
// written in place (if strict[code] == Refuse, switch holds[code]). Each
// code the table leaves out gets the element type's zero value (0, "",
// false, nil), so a later if action == Refuse {...}, switch verdict {...},
// if msg != "" {...} or if ferr != nil { return ferr } splits the codes by
// the table's values and that zero value: a zero value the success path
// accepts (Proceed = 0, no message, a nil error) fails open for every
// unlisted code, one that is itself a rejection (Closed = 0) does not. It
// is reported at the lookup ("fail-open table lookup"), and its fix adds,
// after the lookup (before it when written in place), if _, listed :=
// policy[code]; !listed && code != Success {...} with a copy of the
// rejecting branch, the kept value replaced by the table's value for the
// branch's first code; the lookup so guarded is judged through that if.
// Where the switch over the kept value also leaves codes the table lists
// to the success path (switch out { case OutcomeBadCode, OutcomeLocked:
// ... } over a table mapping 9010 to OutcomeRetry too), the fix makes that
// switch fail closed as well, as a switch's fix does (below).
// The table may be a package-level variable initialized by a function
// literal returning a map literal (var holds = func() map[K]V {...}()),
// or a field of this package written exactly once, with a map literal or
// the call of a function returning one (s.outcomes = defaultOutcomes(),
// Session{outcomes: ...}), and never by element. Such a field may also
// be built at run time from a known table (derivedtables.go): a clone of
// it (maps.Clone(baseline)), a local declared with a clone, make or an
// empty literal and filled only by copies (maps.Copy(t, baseline), for k,
// v := range baseline { t[k] = v }), or the constructor's parameter when
// every call in the package passes a table of the package
// (newGate(refusals)). Rows copied in from a map the package cannot see
// (maps.Copy(t, overrides) of a parameter with no caller here) are the
// caller's and add nothing: the field is read as the known table, so
// return e.table[code] gives every code the baseline leaves out the zero
// value. So are rows a caller adds by key, the key a parameter of the
// function writing it (func WithRow(code Code, d Decision) Option {
// return func(e *Engine) { e.rows[code] = d } }), whether the field
// holds a map literal, a clone or a table built from one. Two known
// tables merged into one, a row written by a constant key or the local
// passed on are not followed.
//
// The table may be another package's: an exported package-level map
// variable declared with a literal of constants keyed by published codes
// (mfa.Outcomes), or an exported function or method returning one or
// such a variable of its package (mfa.OutcomeNames(), a fact), looked up
// in place, kept in a local (names := mfa.OutcomeNames(); outcome :=
// names[code]), in a field or in an if's init (if name := g.names[code];
// name == "replayed" {...}). A function or method of this package or
// another (a fact) whose body is return table[k], k its only parameter or
// its receiver (func (c Code) Outcome() string { return
// outcomeNames[int32(c)] }), is that lookup: code.Outcome() reads
// outcomeNames[code]; its lookup is held like a written one, without the
// fix naming the table. When that function's own return is reported (a
// table of decisions whose zero value accepts, below: func
// SessionRoute(code Code) Route { return routeByCode[code] }, RouteAllowed
// = iota), a dispatch on its answer that lets only the codes the table
// leaves out through (switch stepup.SessionRoute(code) { case RouteDenied:
// ...; case RouteChallenge: ... }; grant) is that finding again, where its
// fix goes, and is not reported; one that also lets a value the table
// gives listed codes through is. A team's names for the codes so read
// (map[int32]string{9002: "replayed", 9003: "invalid", 9051: "bypass"})
// stand for the codes mapped to them, and "" for every code the table
// leaves out: if outcome == "invalid" || outcome == "replayed" {
// reject } fails open for "bypass" and the unlisted codes alike, and so
// does a test of the name's membership in a set of constants (if
// deniedOutcomes[outcome], a map of bools all true; if
// slices.Contains(hardOutcomes, code.Outcome())). When
// a code the table lists falls through, the dispatch itself is fixed
// (else if code != Success {...}; for a switch over the table's values,
// case V: default: {...} with V the table's value for Success when no
// other code takes it); when only codes the table leaves out do, the
// lookup is, as above. Either way a lookup kept in a local (outcome :=
// names[code]) is where the codes are told apart, and the finding is
// reported there ("fail-open table lookup"). Quiet: the names used for
// labels and logs only, a fail-closed if outcome != "ok" {...}, and
// another vendor's table of statuses.
//
// A fallback lookup is a function, generic or not, of this package or
// another (a fact), whose body is if v, ok := table[k]; ok { return v };
// return dflt (or v, ok := table[k]; if !ok { return dflt }; return v)
// over three of its parameters, or a method of the table's type over its
// receiver and two (func (t Table[V]) Or(code Code, def V) V). A call
// passing a table keyed by return codes (a variable, or a literal written
// in the call) that lists a failure code but leaves out Success, and as
// default nil or a constant no row holds, gives that default, Success's
// value, to every unlisted code: switch mfagw.Decide(trustTable,
// res.Code, trustGranted) {...}. It is reported at the call ("fail-open
// table lookup ... gives trustGranted, Success's value"), with a fix
// (see "Suggested fix"). Only a table of
// decisions is judged: bools, errors, functions, pointers, enums (a named
// integer type, or a named string type whose name says decision, such as
// Verdict). A table of text (map[Code]string of user messages, a Notice
// type), of HTTP statuses or of numbers picks what is shown and decides
// nothing, whatever its default. Quiet too: a table listing Success (the
// default is what an unknown code gets), a default some row holds, a
// table listing every security-relevant code, a table of a logging
// library's levels.
//
// A rules engine is a fallback lookup too (engine.go): a method of one
// parameter, the code, whose body walks a slice field of its receiver
// for the first row matching it and answers that row's field, else a
// field of the receiver (for _, r := range e.Rules { if r.Match(code) {
// return r.Verdict, r.Name } }; return e.Fallback, "fallback"), often in a
// package of its own (a fallbackFact names the fields). A row matches by
// a function field called with the code, a list field holding it
// (slices.Contains(r.Codes, code)) or a field equal to it; a matching
// function is a function literal in place (func(c int64) bool { return c
// == X || c == Y }) or the call of a matcher builder with constants, one
// returning a function literal that tests its argument's membership in a
// list or variadic parameter (rules.Is(X, Y)) or its range between two
// parameters (rules.Between(lo, hi)) (a matcherFact). A call of the
// method on a variable declared with a literal of the engine (var
// stepUpPolicy = rules.Engine{Rules: []rules.Rule{...}, Fallback:
// rules.Allow}; verdict, rule := stepUpPolicy.Decide(code)) is judged as
// a fallback lookup of the table the rows make, first row first, with the
// literal's fallback as the default: when no row lists Success and no row
// answers the fallback, it is Success's value and every code the rows do
// not list takes it. It is reported at the call ("fail-open table lookup
// ... stepUpPolicy.Decide gives rules.Allow, Success's value, to ... the
// rules of stepUpPolicy do not list"), without a fix (the rules are data:
// list Success in a rule and make the fallback reject). Quiet: rules
// listing Success with a rejecting fallback, and rules over another
// vendor's numbers (HTTP statuses).
//
// A lookup returned as it is (return sessionGates[rep.ErrorCode], nil; or
// g, _ := pushGates[code]; return g, nil, a local never assigned again
// whose ok, if any, is never read, and read otherwise only by a logging
// call, as it is, converted, by its String method or fmt.Sprint:
// log.Info("rechecked", "step", int(step))) in a table keyed by return
// codes that lists a failure code is a fallback lookup whose default is
// the element type's zero value (zerolookup.go): when that zero value
// accepts (a nil error; a named integer enum's zero constant named as a
// grant, GateOpen = iota, Accepted, or as going on, StepContinue,
// ActionProceed, VerdictPass; or the constant Success maps to in the
// enum's mirror table; or, in an enum that declares a constant that
// refuses, a zero constant named in the consumer's own words, neither as
// a refusal nor as unsettled: FeePaid = iota beside FeeBlocked, see the
// verdict's grant below), every code the table does not list is granted, whether Success
// is left out or listed with the zero value. So is a lookup kept in a
// local for anything else (next := sweepPolicy[code]; switch next {...})
// when the table gives Success the zero value itself: every code it leaves
// out takes Success's answer. It is reported at the lookup ("fail-open
// table lookup ... gives GateOpen, the zero value"); the fix tests the
// lookup's ok where it is kept or returned and answers the codes the table
// leaves out (Success passing unless the table lists it) with the
// table's value for its first security-relevant code (if _, listed :=
// sessionGates[code]; !listed && code != RCSuccess { return GateClosed, nil
// }). Quiet: a lookup whose ok is tested (if g, ok := t[code]; ok {
// return g }; return GateClosed), a zero value that rejects or names no
// grant (VerdictDeny = iota, TierUnknown), the zero value of an enum
// declaring no refusal (FloorLobby beside FloorSecurity), a table of text, HTTP
// statuses, bools, pointers or structs (a zero Decision{Allowed: false}
// refuses), another vendor's codes.
//
// A handler dispatch is such a helper over a table of functions that
// calls the one it finds and a function it is passed for the other codes
// (if h, ok := table[code]; ok { return h(msg) }; return fallback(); a
// generic Handlers[T] map type, a method of the table's type). The helper
// decides nothing, its callers do: a call, in any package (a fact),
// passing a table keyed by return codes some of whose functions reject on
// every return (a non-nil error, false, a Deny) and a fallback (a function
// literal, or a function or method value of the package) that accepts on
// every return (nil errors, true, other values) grants every code the
// table does not list. It is reported at the call ("fail-open table
// dispatch ... runs the fallback passed to it, which accepts"), with
// related information at the first unlisted code, the fallback, the
// table and the helper, with a fix (see "Suggested fix"). Quiet: a fallback that rejects or
// may (a return of a variable), a table none of whose functions rejects
// (a table of logging hooks), a helper calling both (no dispatch), and a
// helper of this package all of whose callers pass a literal (judged in
// the helper, above), a helper of this module reported at its lookup
// (below).
//
// An open helper (openhelper.go) looks the code up in a table it does not
// own, a parameter, its receiver, a field its callers fill or a local,
// keyed by return codes (if h, ok := rules[code]; ok { return h(msg) }; if
// err := g.Refusals[code]; err != nil { return zero, err }), and, as its
// only other way out (statements that only log or count may come first),
// returns a call of a function parameter or a field of its receiver
// (return next(ctx), return s.Next(w)). Every code its callers' tables
// leave out takes Success's path there, whatever they pass: it is
// reported at the lookup ("fail-open table dispatch ... calls next, the
// function it is passed, for every code ... does not list"), with an
// openFact, and the calls of it in this module are not judged; a helper
// of another module keeps the judgment at each call (above). The fix
// inserts, before that call, if code != Success { <a return of the helper
// that rejects> }, a return elsewhere in it with a non-nil error that
// reads the same there (return zero, ErrNoPolicy); none when it has no
// such return. Quiet: a helper that refuses unlisted codes itself or tests
// the code before calling (if code != Success { return zero, errX }) or
// before its lookup, a miss that only logs, a table keyed by HTTP
// statuses or names, and a table of this package's literals (a
// package-level map, or a field or parameter every use of which is one:
// judged with its rows, above).
//
// A list of constants tested for the code's membership is such a table
// too, listing its elements: slices.Contains(list, code) (golang.org/x/exp's
// and samber/lo's Contains too), and code == c in a range loop over the
// list (for _, c := range blockers { if code == c {...} }), where the list
// is a package-level variable of this package declared with a slice or
// array literal of constants (taken as declared: an element appended at
// run time is not seen), a local one its function never writes again
// (refused := []sp.Code{...}), a struct field of this package stored
// exactly once in its files, by such a literal, and written nowhere else
// (a deny list in a configuration's defaults: Policy{PushDeny:
// []int32{...}}, read as slices.Contains(s.policy.PushDeny, code)), or
// such a literal written in place, or one of another package: an exported
// variable declared with a literal of code constants, or the call of an
// exported function without parameters returning one or a copy of one
// (func DenyList() []int { return append([]int(nil), denyList...) },
// slices.Clone(denyList), or a literal; a tableFact marked as a list
// carries its elements; sharedlists.go), and the call of such a function
// of this package. slices.ContainsFunc(list, func(c int) bool { return c
// == code }) and slices.Index(list, code) >= 0 (!= -1; < 0 and == -1 for
// its negation; golang.org/x/exp's, samber/lo's ContainsBy and IndexOf
// too) test the same membership;
// !slices.Contains(allowed, code) reads as its elements and an else, as
// if !ok does. As for a map, a dispatch by a list is reported at the if
// testing it (in the loop for a range), with related information at the
// list's declaration ("the table pushRefused is declared here"); its fix
// is the if-else chain's.
//
// Ordered rule rows walked in place are such a table too (looprows.go): a
// range over a slice of struct rows of this package (a package-level
// variable or a local never assigned again, declared with a literal)
// whose body is one if, without else, testing the code's membership in a
// row's list field (for _, rule := range loginRules { if
// slices.Contains(rule.codes, code) { return rule.action } }; the list
// written in place, a package-level list or another package's, as above)
// or comparing it with a row's field (if r.code == code { return r.err })
// is the lookup rule, ok := table[code]; if ok {...} of a table keyed by
// each code a row lists, the first row listing it deciding, whose values
// are the rows (rule.action reads the row's field). So when the rows
// leave out Success and the code falls to return ActionAllow after the
// loop, every code they do not list takes Success's path, and the if is
// reported, with related information at the rows ("the table loginRules
// is declared here"), without a fix (a branch beside the if would answer
// for the codes of a later row: "the rows are searched in order"). Rows
// listing Success before a rejecting fallback are quiet. A range over a
// map of lists keyed by what to do (for outcome, list := range byOutcome
// { if slices.Contains(list, code) { return outcome } }) is the same
// lookup, its values the map's keys, when no code is in two lists.
//
// In both of the last two, a case or condition may be a range instead: a
// condition made of comparisons of the one code with constants joined by
// &&, || and ! (case code >= 9000 && code < 9100:, if code != 0 &&
// code < 9050) lists the published codes that make it true. A condition that
// also reads anything else (code >= 9000 && attempts > 3) is no such case.
//
// Tagless switches with no case on a code, or with a case reading the code
// in a way not listed here, type switches, and switches over anything else
// (ports, HTTP methods, other enums, another vendor's errorCode) are not
// looked at.
//
// # Dispatches over a mirror of the codes
//
// A client may turn each code into a constant of its own enum (package spid
// says which codes each stands for: see "Mirrors" there), and handlers in
// other packages dispatch on that: switch res.Outcome { case
// surepass.OTPInvalid, surepass.OTPExpired: reject }. A switch over a
// value of such a type, a tagless switch or an if chain comparing it with
// the type's constants (res.Outcome == LoginFailed, o == A || o == B), is
// read as a dispatch over the codes those constants stand for, and judged
// by the same rules: a constant covers every code mapped to it, the
// fallback constant (Unknown) every code the mapping leaves out, and the
// constant Success maps to is success; a lookup in a package-level map
// literal keyed by the constants (if msg, ok := denials[res.Outcome]; ok
// {...}) lists the codes of its keys. So Locked, Bypass or Unknown falling
// out of a switch that rejects OTPInvalid fails open, and the message
// names the codes; a method comparing it (func (r Result) OK() bool {
// return r.Outcome == OK }) is a predicate as above, and if !res.OK() {
// reject }, if res.Outcome != OK, or a default that rejects fail closed. A
// mapping function from the mirror to an error with a nil default, or to an
// HTTP status with a 2xx fallback, is a mapping function as below. A value
// of the mirror's type looked up in the team's own table keyed by codes
// (outcome := reasonOutcome[rc]; switch outcome {...}) is read with that
// table, not the mirror: the codes it leaves out hold the zero value
// (OutcomeAllow), not the mirror's fallback, as a held lookup is.
//
// A classifier's answer is read with that classifier's own mapping
// (spid's FuncMirror, a fact for importers), not one pooled over its
// type: several functions may turn codes into one Verdict, each with its
// own table (func OTPVerdict(s Status) Verdict { return otpVerdicts[s] },
// func LoginVerdict(s Status) Verdict { v, ok := loginVerdicts[s]; if !ok
// { return VerdictAllow }; return v }, a switch returning a constant
// from each clause, or ifs doing so), and a code one of them sends to
// VerdictRetry is no
// concern of a switch over another. So switch surepass.LoginVerdict(
// res.Status) {...}, v := surepass.LoginVerdict(code); switch v {...}, or
// an if comparing either with the constants, dispatches over the codes
// LoginVerdict gives each constant, and over the codes it lists nowhere
// for its fallback (the constant it returns when its lookup misses, the
// zero value for return table[k], the default of its switch). When that
// fallback is the value it gives Success (Success listed nowhere, or
// listed with that value), the classifier fails open for those codes
// where it maps them and is reported there (its lookup, if or switch):
// a dispatch on its answer that lets those codes through is that finding
// again, and they are not reported at it. The codes the classifier lists
// with a value the dispatch lets through are the dispatch's own (switch
// surepass.StepUpVerdict(code) { case VerdictDeny: ... } lets VerdictLocked
// and VerdictRetry through): reported, without a fix when no value of the
// classifier stands for Success alone. A switch
// that only picks a log level rejects nothing and is not reported: a
// function mapping codes to a log level (slog.Level, zapcore.Level,
// logrus.Level, zerolog.Level, charmbracelet/log's and klog's Level; see
// logLevels) decides nothing, though slog.LevelInfo, what the unlisted
// codes get there, is the zero value. The fix
// is the one for codes, spelled with the mirror's constants (case
// surepass.OK: then a default); none when no constant stands for Success
// where the fix goes.
//
// # Dispatches over a code's name
//
// A code's text name is the code too: switch res.Code().String() { case
// "OTPAlreadyUsed", "OTPInvalid": ... }, where String is a method of a
// return-code type (stringer's, printing each constant's name), is a
// dispatch over the codes whose constants those names name (the
// constant's own name, its name without a prefix stringer trims, or a
// published name in any convention); so are an if chain comparing it
// (name := code.String(); if name == "BogusOTP" || ...), and a lookup in
// a package-level map literal keyed by such names (if msg, ok :=
// denials[res.Code().String()]; ok {...}). Every case value or key must
// name a code: a String() switch on other text is not looked at. The fix
// spells Success by its name (case "Success":, != "Success").
//
// # Dispatches over sentinel errors
//
// A client may turn each return code into one of its sentinel errors, or
// a service the constants of the client's mirror of the codes into its own
// (package spid says which codes each stands for: see "Sentinel errors"
// there), and their callers dispatch with errors.Is. The check reads such an
// error as the code it carries: nil for Success; for a failure code, an
// error that errors.Is matches with exactly the sentinels standing for
// that code. So errors.Is(err, sp.ErrBadOTP) and err == sp.ErrBadOTP are
// true for the codes of ErrBadOTP, err != nil for every failure code, and
// errors.Is(err, X) of an error standing for no code (store.ErrNotFound,
// another vendor's) is false for Success and may go either way for the
// others. Two more shapes are dispatches:
//   - a chain of if statements (else if, or consecutive ifs) whose
//     conditions test one error with errors.Is (or errors.Is of
//     github.com/pkg/errors or golang.org/x/xerrors), == or != against
//     sentinels or nil, joined by ||, && and !, at least one of them a
//     recognized sentinel; the first if may declare the error (if verr :=
//     rep.Err(); errors.Is(verr, sp.ErrBadOTP) {...});
//   - a switch without a tag each of whose cases is such a condition
//     (switch { case errors.Is(err, sp.ErrBadOTP): ... });
//   - a switch over an error whose case values are nil and package-level
//     error variables, at least one a recognized sentinel (switch err {
//     case nil: ...; case sp.ErrBadOTP, sp.ErrLocked: ... }).
//
// They are judged as dispatches over the code: a chain that rejects
// ErrBadOTP and ErrLocked and lets every other error reach the success
// path (a database failure, a bypass attempt) is reported; if err != nil {
// reject } after it, a default or final else that rejects, or a success
// path reached only when err == nil is fail-closed. A return of the error
// itself (return err, return user, err) rejects every failure code. When
// the error was made from a value just before the dispatch (err :=
// rep.Err(), err = rep.Err()), a condition on that value's code (if
// !rep.OK(), if rep.ErrorCode != Success) splits the codes too. The
// message says "errors.Is chain", "errors.Is switch" or "error switch";
// the fix is an else if err != nil {...}, a last case err != nil:, or for
// a switch over the error a default (after an empty case nil: when nil is
// not listed), with a copy of the rejecting branch's body. A switch over
// the error whose default does not fail closed, or whose case nil leaves
// it (a default would make the statements after it unreachable), has no
// fix. A variable of the same name declared inside the dispatch's
// function (if err := store.Release(id); err != nil) is another error.
// An errors.Is chain without a final else that a dispatch over the code
// of the same error follows (past ifs that only log: if
// errors.Is(err, sp.ErrLocked) { ... }; switch sp.CodeOf(err) { ... }),
// outside a loop, is one dispatch with it: the codes are followed from the
// chain on, its sentinels' codes go where it sends them, and a finding is
// reported at the later dispatch, the one a reviewer completes.
// Not looked at: errors.As, and errors.Is against an error that package
// spid ties to no code (it splits nothing).
//
// # Where the codes go
//
// The check follows each published code through the control-flow graph of the
// function holding the dispatch (golang.org/x/tools/go/cfg), from the dispatch
// on: through its own clauses, fallthrough, the statements after it, enclosing
// ifs, switches and loops (continue, break, the next iteration), splitting the
// codes at every condition that compares the dispatched code with a constant
// (==, !=, <, ..., resp.Failed() of codes.Envelope, code.SecurityRelevant())
// or calls a predicate on it (res.OK(), spapi.IsSuccess(code); see
// "Predicates and helpers").
// A path ends at a return, at the end of the function, at a rejection (see
// "Fails closed"), where the variable the code is read from is assigned
// again (the next attempt of a retry loop, the next event of a watcher;
// but a call Success makes there after the dispatch, outside a for loop
// around it, as in d, err := store.Load(id) after switch sp.CodeOf(err),
// is Success's path reached: the code fails open),
// or, in a range loop whose body declares that variable, back at the
// loop's head (continue after declining one item of a poller: the next
// item has a code of its own; the path ends as at the end of the function),
// or, in a for loop whose body reads the code afresh each time round and
// whose Success path itself goes on to the next attempt (a terminal that
// prompts for one code after another, a keypad's channel read in for {
// select {...} }), at the next attempt, as at the end of the function:
// continue or break after refusing an attempt (fmt.Println("try again");
// continue) leaves, and the prompt at the loop's head is no longer met as
// Success's path. A retry loop whose Success returns out of it is followed
// round as before (the refusal's continue meets the next attempt's code).
// Where the range declares the variable itself (for _, row := range rows
// { switch row.Code {...} }), a path that did something for the item and
// goes on to the next one (t.Failed++; continue) skips the item: that
// rejects it only where Success's path calls something for the item
// (c.Active = true; store.Save(ctx, c), a MarkSynced call), and decides
// nothing where Success's path only counts (counts["other"]++ of a census).
// A test err != nil (or == nil) of the error an accessor read the code
// from (switch sp.CodeOf(err)), not assigned since, splits the codes too:
// every failure code comes with a non-nil error, Success with none; so
// does errors.Is(err, sp.ErrLocked), a recognized sentinel, true for its
// codes (see "Dispatches over sentinel errors").
//
// Success's path is the statements Success executes on the way. Logging
// (package log, log/slog, zap, logrus, zerolog, glog, klog, and Print/Info/
// Warn/Error/Debug methods of a type named ...Logger) and local bookkeeping
// (attempt++, ok := true) are not part of it.
//
// A code fails open when, without being rejected, it
//   - reaches Success's path and leaves it at a return, at the end of the
//     function, or when its code is assigned again; when Success is not
//     listed and falls out of the switch, every unlisted code takes exactly
//     Success's path, whatever that path does (return accept(user), return
//     issueToken(u), nil, results <- true, w.Extend(token));
//   - or, when it is listed in no clause, accepts elsewhere: a return of nil,
//     true, or a response without a failure status (return c.JSON(body)),
//     unless it first did something Success does not (s.fail(c, msg);
//     return nil leaves like a rejection).
//
// A clause that lists a published failure code rejects when all its paths
// fail closed, or leave away from Success's path after doing something there
// that Success does not: results <- false; return in a goroutine,
// revoke(id); return in a watcher, s.fail(w, msg); return in a handler,
// s.fail(c, msg); return nil in an echo handler, return s.deny(c, msg) whose
// error the check cannot classify. A path that only logs and returns
// rejects nothing, unless Success's path acts before it leaves (a call
// other than logging, return w.gates.Open(ctx, gate)): a clause listing a
// required code that then returns quietly (nothing done, no result or nil
// or constant results: log; return nil; or a response value built in
// place or by a function, as a serverless handler answers: return
// apigw.Redirect("/checkout?status=declined"), nil) declines that action and rejects
// (a clause listing only other codes, if code == AlreadyEnrolled { return
// nil }, does not), so if code >= 9001
// && code <= 9003 { log; return nil }; return w.gates.Open(...) fails open
// for 9007, 9096, .... One that returns anything but nil after acting
// (s.audit(u); return true) accepts.
// When Success is listed nowhere and acts in the final else or default
// (else { trust(device) }, default: release(locker): a call other than
// logging), that branch is the action: a clause that does nothing but log
// and meets Success's path only after the dispatch (the handler's
// acknowledgement) declines it, so if code == PushDenied { log } else if
// code == PushExpired { log } else { trust(device) } fails open for every
// other failure. Bookkeeping in that branch (n++) is no action.
//
// When the dispatch is nested in the branch of an if that Success never
// takes, as its condition on the same response says (if resp.ErrorCode !=
// 0 { ...; if resp.Code() == DeviceNotFound {...}; reject }, if !res.OK()
// {...}), Success's path starts at the outermost such if: a dispatch in a
// branch that only rejects has no success path to fall into, and codes
// that leave the branch for the success action still fail open. So when
// the dispatch follows, in its block or an enclosing one of its function,
// an if without else that Success always enters and whose body ends in a
// return (if err == nil { writeJSON(w, ok); return }, where the code is
// read back from err by me, ok := sp.AsError(err) or errors.As(err, &me);
// if res.OK() { ...; return }; if code == Success { return grant() }):
// Success's path is that if's body, every code at the dispatch has failed,
// and a dispatch that only refines the rejection (a status, a message, a
// counter before problem.Error(w, r, status, msg)) is not reported. A
// failure that then makes a call Success's path makes, the same text
// (s.Sessions.Grant(w, user), return grant()), meets Success's path
// there, and fails open. The same holds where Success leaves in its own
// clause of the dispatch.
//
// A filter or middleware whose chain goes on when it returns without
// answering (a Beego filter, web.FilterFunc or any func(ctx
// *context.Context) of beego's web/context; a gin or Hertz middleware,
// which goes on unless it calls c.Abort...) accepts by returning: there
// the end of the function, reached without acting, is an accept whatever
// Success's path does (if code == Success { return } else if code ==
// Disabled { ctx.Redirect(302, "/goodbye") } lets every other code
// through), and a redirect to any target or an Abort... call off
// Success's path stops the request and rejects (middleware.go).
// Middleware that goes on by a call (next.ServeHTTP(w, r), return
// next(c), return c.Next(), c.Next(ctx)) has that call on Success's path.
//
// A return or a response whose status or value is computed from the code by a
// call (return c.Status(sp.HTTPStatus(code)).JSON(... sp.UserMessage(code)),
// return toError(resp)) or looked up in a table by the code (return
// outcomes[code], or step of step, ok := outcomes[code]) lets the code decide there: nothing is concluded from
// it, on Success's path or elsewhere. So is a return that does not match the
// function's results (code being edited), and a return of a payload whose
// success flag is computed from the code and false for every code that
// reaches it but Success (return Decision{Allow: code == SP_SUCCESS}, a
// failure flag true: the fail-closed twin of return Decision{Allow:
// true}); one that grants another code (Allow: code != SP_OTP_ALREADY_USED)
// is judged as before (pkgvalues.go).
//
// # Predicates and helpers
//
// The check summarizes the functions of every package it analyses (but the
// standard library's), and exports the summaries of exported functions as
// facts, so a dispatch in another package uses them too:
//   - a predicate on a code: a function or method with one bool result whose
//     body is at most three guards if cond { return b } and a final return
//     (a switch each of whose clauses returns one value counts as such
//     guards, case A, B: return true as if code == A || code == B, its
//     default as the final return: func (s Status) OK() bool { switch s {
//     case Success, SuccessPending: return true }; return false }),
//     deciding by comparisons of one parameter, the receiver, or a field of
//     either (r.ErrorCode; a return code is preferred to other fields), with
//     constants, by !, && and ||, or by other predicates on it, and false
//     for some code. A nil check of the receiver or parameter (if r == nil {
//     return false }) is read as not nil: the caller read the code through
//     it. A guard on anything else (if r.Partner == "" { return false })
//     may go either way: a code whose answer depends on it splits both ways
//     (Verified() is then true only for Success, false for every failure,
//     either for Success). func (r *Response)
//     OK() bool { return r.ErrorCode == Success }, Failed() built on !r.OK(),
//     IsSuccess(code) are predicates; a call of one on the dispatched code
//     (res.OK() where the switch reads res.ErrorCode, isOK(code)) splits the
//     codes as the comparison it summarizes does, so if !res.OK() { reject }
//     after a switch is the catch-all if code != Success { reject }. A
//     method without parameters returning a field of its receiver (func (e
//     Envelope) Code() ReturnCode { return ReturnCode(e.ErrorCode) }, a
//     fact for importers) reads that field: switch res.Code() and
//     res.OK() comparing e.ErrorCode, on an embedded envelope too, are
//     about the same code, and so are predicates written over the accessor
//     (return e.Code() == Success). So is one that first answers a
//     constant that is no published code when the field, a pointer, is nil
//     (if e.ErrorCode == nil { return codeMissing }; return
//     ReturnCode(*e.ErrorCode)): a published code was read through it; one
//     that first answers such a constant for a value its generated enum
//     does not name (if _, known := pb.MfaStatus_name[r.Code]; !known {
//     return pb.MfaStatus_MFA_STATUS_UNMAPPED }; return
//     pb.MfaStatus(r.Code)); and one handing the field to another
//     accessor through a value built for it (r := Result{Code: e.Code};
//     return r.Status()). So is a getter whose second result says whether
//     a code was read (func (r *Reply) Code() (int64, error) { if r.Result
//     == "" { return 0, errNoCode }; return r.Result.Int64() }, Lookup()
//     (int, bool)), its guards answering a constant with a non-nil error
//     or false, and a method reading the code through one first (c, err :=
//     r.Code(); if err != nil { return StDatabaseError }; return
//     Status(c)); a predicate may read its code so too (c, err := r.Code();
//     return err == nil && c == int64(StSuccess)), where err == nil (ok)
//     holds: a published code was read (checked.go). The getter may keep
//     its reads in locals between its guards, each of the field or of an
//     earlier one, and clean a code kept as text up first (raw :=
//     strings.Trim(strings.TrimSpace(r.Code), `"`); if raw == "" { return
//     0, errEmpty }; n, err := strconv.Atoi(raw); if err != nil { return 0,
//     err }; return RC(n), nil: strings' Trim and case functions keep the
//     code); so may a predicate (n, err :=
//     strconv.Atoi(strings.TrimSpace(r.Code)); return err == nil && n ==
//     0). So code of code, err := reply.Code() and if !reply.OK() { reject
//     } after a chain over it read the same code. An interface's method giving the code (type
//     Result interface { Code() int }) has no body to read, but the same
//     call on the same value is the same code: a predicate of the answer
//     (func OK(res Result) bool { return res.Code() == Success }) is about
//     the code its caller switched on (switch res.Code()). A
//     method of a generic type (Envelope[T]) is summarized once, on its
//     origin, for every instantiation. The body may also be a switch over
//     the code whose clauses return (func (c Code) IsHard() bool { switch
//     c { case OTPInvalid, BogusOTP: return true }; return false }), read
//     as guards in the clauses' order, or decide by a list of constants or
//     a map of bools of this package (return slices.Contains(hard, c),
//     return lockouts[c]). A body
//     false for no code (r.ErrorCode == 0 || r.Partner == "legacy") makes
//     no predicate. An if calling a predicate on the code itself (its
//     parameter or receiver, not a field of it) is a dispatch listing the
//     codes the predicate is true for: if otpRejected(reply.ErrorCode) {
//     deny; return } before the grant fails open for every failure
//     otpRejected leaves out, and if !IsSuccess(code) { reject } is an
//     allow list. The argument is the code when spid knows it as one, or
//     when the predicate compares it with constants naming published
//     codes, as a closure predicate's may (func isOTPFailure(code int)
//     bool { return code == SP_OTP_INVALID || code == SP_BOGUS_OTP },
//     declared in any file of the package or exported by another, called
//     on a plain int field: isOTPFailure(res.Code)); a later link of its
//     chain may then compare that argument with constants (else if
//     res.Code != 0, as the fix writes it); a predicate of this package
//     written as a switch is judged at its switch instead (see the answer
//     of a bool function below); such an if after another dispatch of the
//     same code in its block (switch code {...}; if IsRetryable(code) {
//     retry }) refines that dispatch and is judged with it, not on its
//     own;
//   - a helper reaching the code through an error (errcode.go): a
//     function of one error parameter that reads it into a target by
//     errors.As (github.com/pkg/errors' and golang.org/x/xerrors' too) or
//     a type assertion, in statements before its guards (var se *Error;
//     se, ok := err.(*Error); ok := errors.As(err, &se)), and decides by
//     the target's code field: a predicate (func IsReplay(err error) bool
//     { var se *Error; return errors.As(err, &se) && se.Reason ==
//     ReasonOTPReused }, IsLocked switching over se.Reason after if
//     !errors.As(err, &se) { return false }, or calling a predicate of the
//     error type, se.Locked()), where errors.As holds and the target is not
//     nil, as for any code read through it; or a getter returning that
//     field, and a constant without one (func ReasonOf(err error) Reason {
//     var se *Error; if errors.As(err, &se) { return se.Reason }; return
//     ReasonOK }, or switch se := err.(type) { case *Error: return
//     se.Reason }; return ReasonOK; a fact for importers), or with a
//     second result saying whether there was one (func CodeOf(err error)
//     (int, bool) { ...; return se.Code, true }; return 0, false; code, _
//     := CodeOf(err) reads it), functions or
//     methods of the client alike (s.sp.Throttled(err)). Calls of both on
//     the same error
//     read one code, so if IsLocked(err) {...} else if IsReplay(err)
//     {...} else if ReasonOf(err) == ReasonOTPInvalid {...} is one chain
//     listing the codes each is true for, as is switch { case
//     IsLocked(err): ... case ReasonOf(err) == X: ... } (a predicate case
//     before the case naming the code included); a later else if err !=
//     nil, or if err != nil after the chain, rejects every other failure.
//     So does it after a dispatch over a field of the consumer's own
//     target of that error (var ae *sp.APIError; if errors.As(err, &ae) {
//     switch ae.Code {...} }; if err != nil { reject }, or ae, ok :=
//     err.(*sp.APIError)), the target bound to that error alone and
//     written nowhere else.
//     The fix tests err != nil, which rejects errors of another type too;
//   - a predicate of a wrapper around the answer (wrapped.go): a
//     predicate's body may first keep the code in locals (code, present :=
//     rr.res["errorCode"].(float64), present read as true: a code was
//     read; code := r.Reply.ErrorCode), and its path may go through
//     lookups of constant keys and type assertions. Where a local
//     declared with a struct literal and written nowhere else wraps the
//     answer, the response map or the code (rr := recoveryResult{res:
//     res}, out := spclient.Outcome{Reply: rep}, v := verdict{code:
//     rep.ErrorCode}), a call of such a predicate on it reads the value
//     it was built with: if !rr.ok() { reject } after switch
//     res["errorCode"].(float64) {...} is the catch-all, as if !res.OK()
//     would be; a wrapper predicate true for something else than success
//     (rr.retryable()) leaves the other failures to the grant;
//   - a closure predicate (closures.go): a local declared with a function
//     literal whose body is a predicate's, never assigned again, is one
//     where it is called (rejected := func(code int64) bool { return code
//     == OTP_INVALID || code == BOGUS_OTP }; if rejected(res.Code) {...}),
//     in a tagless switch and as the first link of an if-else chain, whose
//     later links may compare the same value with constants (else if
//     res.Code != 0, as the fix writes it); the argument is the code when
//     spid knows it as one or the literal compares with constants naming
//     published codes (untyped OTP_INVALID = 9003). A literal reassigned
//     (rejected = func...) is none. A closure written as a switch (its
//     clauses may log before return true) is judged at its switch, as a
//     declared predicate's is (see the answer of a bool function below):
//     its calls in the package (if rejected(res.Code) { reject }), or
//     else its name, say that true rejects, so its return false for the
//     codes it leaves out fails open there; its callers, which trust it,
//     are not reported, whatever the code's type (if !accepted(res.Code)
//     of an enum code is no chain of its own);
//   - a rejecting helper: a function or method that, on every path through
//     its top-level statements, writes a failure response (or returns a
//     response value with a failure status: func Forbidden(msg string)
//     events.APIGatewayV2HTTPResponse), terminates,
//     revokes (see "Fails closed"), or calls another rejecting helper (a function logging then calling
//     http.Error, one aborting a gin request with c.AbortWithStatus(403) or
//     c.AbortWithStatusJSON(403, body) on each branch). A call of one is a
//     rejection as listed under "Fails closed", with or without a return
//     after it (case 9003: s.deny(w, "bad code")), and so is returning its
//     result (return s.deny(c, msg)). What a helper returns does not make it
//     one (return ErrDenied is the caller's to return); nor does an if whose
//     condition reads the code (if code != Success { abort }), a switch or a
//     loop in it, or a branch that only logs;
//   - through an interface or a function value: a call of a method of an
//     interface declared in the module is a predicate (a rejecting helper)
//     when every concrete method of that name whose receiver implements the
//     interface, among the package's types and those of its dependencies
//     carrying this check's fact, is one and the predicates agree (if
//     !s.policy.Accepts(code) where the only Policy accepts Success); a
//     call of a local variable declared with a function or method value and
//     never assigned again is a call of that function (ok :=
//     authn.IsSuccess; if !ok(code), deny := s.deny; deny(w));
//   - the answer of a bool function holding a dispatch: true accepts,
//     unless true means reject there: the ifs of its package calling it
//     reject on true (if refused(rep) { return errDenied }) and none on
//     false (an if without else whose body is not known to reject but
//     calls a function named to refuse, s.refuse(conn) or
//     h.denyAccess(w), and returns, rejects on its side; one calling a
//     function named to let in, s.admit(conn), grantSession(w), accepts),
//     or, without such calls (an exported method used in other
//     packages), its name is one (Rejected, Denied, IsBlocked,
//     ShouldFail, MustStop, otpFailed: a reject word alone, after Is, Was,
//     Should or Must, or as its last word; not failOpen). There return
//     true rejects and return false accepts, so
//     func (e Envelope) Rejected() bool { switch e.Code { case A, B, C:
//     return true }; return false } fails open at its switch. OK(),
//     IsSuccess(), Informational() and Retryable() keep true as accept. A
//     return after the switch that reads the code (return lockedOut[s],
//     return s == Locked) answers per code: true for the codes it holds
//     for, false for the others.
//
// A predicate judged on its own (selfpred.go): a predicate whose name
// says what true means, true accepting (its last word Accepted, Valid,
// OK, Allowed, Passed, Granted, Succeeded, Live, ...: sessionAccepted) or
// rejecting (Blocks, Refused, Denied, ...; or led by a verb saying so:
// DeniesDispatch, BlocksTrade, ShouldBlockPayout, mustRejectDevice),
// with no negation before it
// (notAllowed), fails open in itself when it answers accept for a
// security-relevant code it does not name: a switch over the code, judged
// as above (func (s Status) Blocks() bool { switch s { case ...: return
// true }; return lockedOut[int(s)] }), or, true accepting, one return of
// comparisons of the code with constants (return code !=
// SessionTokenInvalid). The latter is reported at its return, "fail-open
// predicate", and its fix answers accept for Success and the codes it
// names as accepted only (return code == CodeOK). Its callers (if
// !sessionAccepted(code) {...}, in any package: the fact carries it)
// trust it and are not reported. A deny list named to reject (return o ==
// OTPInvalid || o == BogusOTP of otpRejected), an allow list (return code
// == OK || code == Provisioned), a name that says nothing (transient,
// Stalled) and a body of another form keep their callers judged.
//
// An error builder, a function whose only result is an error that is
// non-nil on every return (func enrollError(c codes.Code, reason string,
// vendorCode int32) error building a gRPC status with details; a fact for
// importers), is a rejection where it is returned (return nil,
// enrollError(codes.NotFound, "DEVICE_UNKNOWN", code)), though it is
// passed the code (errbuilders.go). Its result may be a concrete error
// type converted to the caller's error (func reject(op string, o Outcome,
// msg string, cause error) *RejectError returning &RejectError{...}, or a
// StepError value). One that returns nil on some path (FromCode(code)) is
// a mapping: its answer is the helper's.
//
// # Mapping functions
//
// A function mapping codes to errors (func toErr(code ReturnCode) error {
// switch code { case ...: return ErrBadOTP }; return nil }) returns nil for
// the codes it does not list: that is fail-open only where a caller takes
// the nil for success. Its dispatch is not reported when the function is
// unexported, its code is a parameter or a field of one (never assigned in
// it), and every use of it in the package is a call in a statement followed,
// in the same block, by an if with no else that rejects exactly the failure
// codes of the argument (if code != Success, if !res.OK(), if res.Failed())
// with only simple statements and guards in between (if err != nil {
// return err }, or an if whose body fails closed). A return of its result
// (return toErr(code)) passes the nil on: reported. An exported mapping
// function is reported as before, as its callers may be in other packages.
//
// Nor is a dispatch in a function that only acts after its callers have
// refused (func (s *Service) tellDeclined(ctx, user, ans) { if locked {
// email; return }; text }): an unexported function whose results, if
// any, are dropped, every use of which in the package is a call statement
// (go and defer too, or the init of an if that only logs its error) in a
// block of its caller that rejects (s.tellDeclined(...) after a 403 and
// before the return, go s.recordRefusal(...) before return errDeclined).
// Whatever falls through it, the request was refused. One called on its
// caller's success path too (s.finishRecovery(w, ctx, user, ans), opening
// a ticket for the codes it does not list) is judged as before.
//
// A function mapping codes to a struct of decision flags (func
// ForLogin(code Code) Decision { switch code { case OTPInvalid: return
// Decision{Deny: true}; case SendOTPExpired: return Decision{Challenge:
// true} }; return Decision{} }) rejects in the clauses setting a failure
// flag (see "Fails closed"), and every code it does not list takes
// Success's path, the zero value its callers let through (if d.Deny ||
// d.Challenge { deny }): reported, at the switch. So is the zero value
// kept in a variable (var v Verdict; ...; v.AccountLocked = true; return
// v; ...; return v) or a named result left unset by a bare return. Quiet:
// a default that denies, Success listed with every other code denied, a
// zero value that refuses (Access{} where Success answers Access{Allowed:
// true}), and flags that decide nothing (Banner{Warning: true}).
//
// So does a mapping keeping its answer, a constant of an enum of the
// package (a named integer type, not a code, a quantity or a message), in
// a local it sets only in the clauses it lists (heldvalue.go): var kind
// replyKind; switch o.Code() { case OTPInvalid: kind = replyWrongCode;
// case MaxFailedOTP: kind = replyAgent }; return kind, over a parameter of
// any type whose Code() is the code (o interface{ Code() int }); also a
// named result left unset by a bare return (func nextStep(a Answer) (step
// Step)), a local preset before the dispatch (out := OutcomeGranted; if
// code == X { out = OutcomeRetry } ...; return out), and an enum field of
// a local struct (var v Verdict; ...; v.Kind = VerdictRetry; return v, or
// a named result t Ticket with t.Status = StatusPending), also one built
// behind a pointer (v := &Verdict{}, new(Verdict)). The walker
// carries the constant each such local or field holds on its path; a
// listed code reaching Success's return with another constant than
// Success's there is answered apart and rejects, as by return
// replyWrongCode, and every code keeping Success's value fails open.
// Where Success's value is the one held from before the dispatch (the
// zero value, or the preset), it must be named as a grant (replyCompleted,
// StepProceed, VerdictAllowed, StatusActive: successWords, goOnWords,
// grantedStates), be what Success maps to in the enum's mirror table, or
// be the verdict's grant (GateBoarded = iota beside GateDenied: see the
// outcomes as data below).
// Quiet: a zero value named as unknown (scanUnknown, KindNone) that the
// callers refuse, a preset refusal (kind := replyAgent) with Success set
// apart (case Success: kind = replyCompleted), a default clause that
// refuses, a log severity, another vendor's status codes.
//
// A message mapping is not judged (messages.go): a dispatch, over the
// code or over a client's enum derived from it (a mirror), in a function
// whose results are all text (string, or a named string type whose name
// says message or no decision) that does nothing but keep locals, log and
// return text built by fmt, strings, strconv or errors functions, len, or
// an Error or String method (switch g { case spgw.GateLocked: return
// "Locked."; default: return errGeneric.Error() }, or named results
// assigned in an if-else chain). Its clauses differ only in the text shown
// and grant nothing, though a constant text looks like a quiet decline
// beside a default that calls. Not so a function with one text result
// whose callers in the package read "" as the success (emptytext.go): a
// test of its result, in an if's condition, init or the local the if
// reads, against "" (reason != "", len(msg) > 0) whose non-empty side
// rejects and whose empty side does not (if reason :=
// pushDenial(code); reason != "" { return false, reason, nil }; return
// true, "", nil), the statements after an if without else whose body
// leaves being its other side (if held == "" { return nil }; return
// errHeld). There its constant texts reject and "" accepts, so the
// codes it leaves out, answered "", fail open: reported at its dispatch,
// fixed as a switch is. A hint its callers only show (if hint != "" {
// fmt.Fprintln(w, hint) }) keeps it a message mapping. A returned text that is a decision word
// ("deny", "allow") makes it no message mapping. A function returning one
// text that answers both a success word and a word of rejection or failure
// (func verdictFor(code) string { if locked(code) { return "locked" } ...;
// return "approved" }, for a browser acting on the word) decides by its
// words: the success word grants, "denied", "rejected", "blocked",
// "locked", "expired" reject, any other text is unknown. Every constant
// text it returns must be such a word, one of them a word of rejection
// ("denied", "rejected", "blocked"): a metrics label or a dashboard tile
// ("locked", "typo", "ok") or a sentence decides nothing.
//
// Nor is a dispatch in a framework's error handler (errrender.go): a
// function with the signature of go-kit's ErrorEncoder (ctx, err, w),
// echo's HTTPErrorHandler (err, c) or grpc-gateway's ErrorHandlerFunc,
// whose parameter order is the framework's own. The framework calls it
// only with a failure, so it words the failure and grants nothing, even
// where the status it writes comes from the error (w.WriteHeader(
// sc.StatusCode())).
//
// Two more dispatches decide nothing (handback.go): one in an error type's
// Unwrap() error, Cause() error, Is(error) bool or As(any) bool (switch
// e.Code { case OTPInvalid: return ErrOTPRejected }; return nil, or return
// codeErr[e.Code]), where the error itself was returned for every failure
// and nil means no cause; and one in a
// function that hands the code back, every return after the dispatch
// giving the code compared among results that are otherwise errors only
// (return code, &APIError{...}; return code, nil): its caller's dispatch
// on the code is judged. A bool or a verdict returned beside the code
// makes it a decision again.
//
// # Code variables and decision builders
//
// An unexported package-level variable of an integer or string type,
// initialized with a constant and never assigned, incremented or addressed
// in its package (var ( codeOK = 0; codeOTPReplayed = 9002 )), is read as
// that constant by every rule (pinned.go) once one such variable holds a
// published non-zero code. An exported variable stays a variable, as an
// importer may assign it. A read of a code set's field (spid's Code sets:
// SP.OTPInvalid of var SP = struct{ ... }{...}, surepass.SP.Locked, sp.Locked
// of var sp = surepass.SP, Code["otp_invalid"] of a map set) is read as
// its code the same way, in the set's package and in every importer, so a
// switch, an if-else chain, a predicate or a table keyed by such fields is
// judged as one over the constants. A function whose body is one return of a struct
// literal carrying a rejection (func denied(op string) Outcome { return
// outcome{ok: false, op: op} }: a success flag false, a rejecting decision)
// rejects as its callers' answer, as a rejecting helper does; so does an
// unexported package-level variable declared with such a function literal
// and never written in the package (var deny = func(reason string)
// Decision { return Decision{Allow: false, Reason: reason} }), and an
// unexported package-level variable never written whose value is such a
// literal (return lockedOut of var lockedOut = Decision{Reason:
// "locked"}) rejects where it is returned; a success flag one of the
// package's variables sets to true (var allow = Decision{Allow: true})
// counts as the file's own (see "Fails closed"). An exported variable is
// none: an importer may swap it. An exported builder of a team's shared
// verdict package, without SurePassID in it (func Deny(reason string)
// Verdict { return Verdict{Allow: false, Reason: reason} }), carries a
// fact, so a policy package's return verdict.Deny("otp") rejects too: a
// package that would not be summarized (no signal, no response library)
// is, for its functions returning one struct of its own named as a
// decision (decisionTypes) with a success flag, and for those only. The
// consumer's own membership helpers, a function of an element and a list
// of its type returning bool whose body is a range loop returning true on
// equality then false, or return slices.Contains(list, elem) (func oneOf[T
// comparable](v T, set ...T) bool), test a list as slices.Contains does
// (members.go; exported ones carry a fact); a variadic one reads a list
// given whole (oneOf(code, revoked...)) or constants spread in the call
// (oneOf(code, 9106, 9108)). The consumer's own lookup helpers, a function
// of a map and a key of its key type whose body is v, ok := table[key]
// and return v, ok (or return ok) (func lookupDeny[K comparable](table
// map[K]string, k K) (string, bool)), are read as that lookup of their
// arguments: if msg, denied := lookupDeny(payDenials, code); denied {...}
// is if msg, denied := payDenials[code]; denied {...} (lookuphelper.go;
// exported ones carry a fact). So are its row searches, a function of a
// slice of structs and a key whose body is for _, r := range rows { if
// r.code == key { return r, true } } and return zero, false (or r.err,
// true; or true): passed a slice literal of this package (a package-level
// variable or a local never assigned again), it is a lookup in a table
// keyed by each row's field, whose values are the rows (r.err of the
// found row reads that row's field; rowsearch.go). The fix copies the
// field's value (return errTaken), never an index of the slice.
//
// A dispatch nested in a branch Success never takes is judged from that
// branch (see "Fails closed"): the branch's condition may be a predicate
// on the response (if !res.OK() {...}, OK a method comparing the code
// with Success) while the dispatch reads the code through another
// accessor of the same response (prompts[res.Int()]); the predicate's
// fact names the code it reads.
//
// # When a dispatch is reported
//
// A dispatch is reported when one of its clauses rejects (so the dispatch
// decides an authentication outcome: a switch mapping codes to user messages
// is not reported) and some required code fails open. A code listed in a
// clause counts as handled when its paths do not reach Success's path (a
// clause that returns nil on purpose), and when it is listed with Success; a
// listed code whose clause only logs, or otherwise falls into Success's path,
// fails open and is named in the message ("listed but falling through to the
// success path"). A code that a rejecting if leaves out by name, with a
// negated test in its condition (if err != nil && !errors.Is(err,
// errAlreadyEnrolled) {...}, if code != Success && code != X {...}, if
// slices.Index(allowed, code) == -1 {...}), is accepted on purpose too; a negated test false for most codes leaves
// nothing out (if !sessionAccepted(code) {...} of a predicate return code
// != SessionTokenInvalid rejects one code and fails open). In a dispatch
// over an error a call returned beside a bool (ok, err := sp.IsSessionValid(ctx, tok)), the bool is false
// on every error path: one that joins Success's path at a statement reading
// it (writeJSON(w, 200, map[string]bool{"valid": ok})), or tests it (if !ok
// {...}), grants nothing there and does not fail open.
//
// The required codes are codes.All() filtered by SecurityRelevant(), plus the
// names given to -codeswitch.require, minus the names given to
// -codeswitch.ignore (published names, comma-separated; an unknown name is an
// error).
//
// So a deny-list switch, with failure codes listed and success after the
// switch, is reported; an allow-list switch, with case codes.Success: return
// nil and return ErrDenied right after the switch, is not, and neither is a
// catch-all if code != codes.Success { return err } after the switch.
//
// # Fails closed
//
// A path is rejected at the first of these it reaches:
//   - a return with a result that is a non-nil error (a call of an error
//     constructor such as errors.New, fmt.Errorf, status.Error or
//     echo.NewHTTPError, a package-level error variable such as ErrDenied, an
//     error composite literal), the constant false in a bool result, an HTTP
//     status of 400 or more or a call carrying one (return
//     c.JSON(http.StatusForbidden, body)), or codes.GenericMessage. An HTTP
//     status is a constant named Status... (net/http's, fiber's) or an
//     integer literal from 100 to 599, or a local integer variable every
//     write of which stores such a constant of 400 or more (status :=
//     http.StatusUnauthorized; if errors.Is(err, mfa.ErrUnavailable) {
//     status = http.StatusServiceUnavailable }; c.AbortWithStatusJSON(status,
//     body)): an if that only picks which failure to answer grants
//     nothing, and a dispatch whose fall-through writes that status is
//     fail-closed (statusvars.go). A returned local variable counts as
//     the value it was declared with (var err error is nil, var ok bool is
//     false), and an error variable the path tested non-nil, not assigned
//     since, rejects: a return inside if err != nil { ... } or if
//     errors.As(err, &apiErr) { ... } (err and apiErr), in the else of if
//     err == nil, or after if err == nil { return ok } (a bare return of a
//     named err result too), as does a return of the error a code was read
//     back from through the target of errors.As: every code read came with
//     that error non-nil;
//   - a return of an RPC error built from a status code: gRPC's
//     status.Error, status.Errorf and status.New(code, msg).Err(),
//     connect.NewError, twirp.NewError and a twirp code's own Error and
//     Errorf (return nil, twirp.PermissionDenied.Error("wrong code")); one
//     built from the success code (status.Error(codes.OK, ""), which is
//     nil; twirp.NoError) accepts;
//   - a redirect to an error page: http.Redirect, or a Redirect method of a
//     web framework's context (gin's c.Redirect(302, "/mfa?err=locked"),
//     echo's return c.Redirect(302, "/login/failed")), whose target's
//     constant text (a literal, the constant parts of a concatenation, a
//     fmt.Sprintf format) holds an error word (error, err, failed,
//     denied, locked, forbidden, blocked, invalid, ...) or that is built
//     from an error value ("/recover?e="+url.QueryEscape(err.Error())), or
//     back to a sign-in page (a path ending at login, signin, sign-in or
//     logon: "/login", "/auth/signin?next="+u; not /login/otp, nor one
//     whose query says a step is done by a word of a done flag's:
//     "/login?password_reset=1", "/signin?registered" after a reset or a
//     sign-up, where the user goes on); a
//     redirect to any other target (/dashboard, the next URL) sends a success answer
//     and accepts where it is reached off Success's path, unless Success's
//     path does more than redirect (claims the shift, saves the session)
//     and the redirect is reached for a security-relevant code: then it
//     refuses that action, the post/redirect/get refusal (a flash of
//     "That code isn't right." and a redirect back to /shifts, where
//     Success claims the shift and redirects there too);
//   - a return of a response value with a failure status, as a serverless
//     handler answers (return events.APIGatewayProxyResponse{StatusCode:
//     http.StatusForbidden}, nil; the Lambda integrations' responses and
//     any struct whose StatusCode, Status or HTTPStatus field is set to an
//     HTTP status of 400 or more), built in place, through a pointer
//     (return *resp, nil), or in a local declared with one or with a call
//     carrying such a status or of a rejecting helper (resp :=
//     apigw.Error(http.StatusUnauthorized, msg); return resp, nil); or
//     such a status assigned to a local response's field
//     (resp.StatusCode = http.StatusTooManyRequests);
//   - a call writing a failure response: http.Error, any call with an HTTP
//     status argument of 400 or more (w.WriteHeader(http.StatusUnauthorized),
//     c.AbortWithStatus(403), c.Status(401).JSON(body)), a non-nil error
//     handed to gin's error middleware (c.Error(errDenied), also as _ =
//     c.Error(err)), or a call passing codes.GenericMessage; a status computed from the code by a helper
//     of this package that looks it up in a table (if st, ok :=
//     statusByCode[code]; ok { return st }; return http.StatusBadGateway)
//     is one when it is 400 or more for every code on the path
//     (w.WriteHeader(statusFor(code)) under if denied[code]), else the
//     code decides the answer;
//   - a refusal in a protocol other than HTTP (protocols.go): a call
//     handing on an answer built with a refusing constant of its library,
//     as an argument, within a call building it, or through a local
//     declared so and not assigned again: a RADIUS Access-Reject
//     (resp := r.Response(radius.CodeAccessReject); w.Write(resp), or
//     w.Write(radius.New(radius.CodeAccessReject, secret)), layeh.com/radius)
//     or an LDAP bind's invalidCredentials
//     (w.Write(ldap.NewBindResponse(ldap.LDAPResultInvalidCredentials)),
//     github.com/vjeantet/ldapserver). So a helper writing one on every
//     path is a rejecting helper, and a predicate whose callers write one
//     on true (if otpRefusal(rc) { resp := r.Response(radius.CodeAccessReject);
//     _ = w.Write(resp); return }; accept) answers true to reject (see the
//     answer of a bool function above): its false for every failure it
//     does not list fails open at its switch;
//   - a return of a go-swagger responder (responders.go) whose type's
//     WriteResponse(http.ResponseWriter, ...) method rejects on every path,
//     as a rejecting helper does (the generated rw.WriteHeader(401); a fact
//     across packages, whatever the type's name: return
//     login.NewLoginUnauthorized().WithPayload(body), return
//     &login.LoginForbidden{}, or a local declared with one), or a function
//     literal converted to such a type whose body rejects
//     (middleware.ResponderFunc(func(rw, p) { rw.WriteHeader(401) }));
//     middleware.Error(403, body) carries its status. A responder writing
//     200 accepts. An oapi-codegen strict response is one too: its type's
//     one Visit...Response(w http.ResponseWriter) method rejects when it
//     writes a failure status (w.WriteHeader(401) after encoding the body;
//     return api.PostLogin401JSONResponse{...}, nil, or a local of that
//     type, looked up in a table of responses). So is a case of an ogen
//     response sum type, an interface the function's result is, whose
//     generated encode function (encodeLoginResponse(response LoginRes, w
//     http.ResponseWriter, ...)) writes a failure status in that type's
//     case of its type switch: return &oas.Problem{...}, nil (encoders.go;
//     a fact on the interface across packages); a case written with 200
//     accepts;
//   - a return of a framework result whose Code field is set to a named
//     HTTP status constant of 400 or more (iris mvc: return
//     mvc.View{Name: "otp.html", Code: iris.StatusUnauthorized}, return
//     mvc.Response{Code: iris.StatusForbidden}); a literal Code (Code:
//     9003) is not read as a status, a return code may be held there;
//   - a return of a call building a value that carries such an error: a
//     struct (or a pointer to one) with a field of type error, built from
//     an argument that is a non-nil error as above (return
//     result.Fail[Payout](ErrLocked), mo.Err[User](fmt.Errorf(...)): a
//     generic result type);
//   - panic, os.Exit, runtime.Goexit, or a function or method named Fatal... or
//     Panic... (log.Fatalf);
//   - a call ending a session or an access: a function or method whose name
//     starts with Revoke, Invalidate, Logout, Logoff, SignOut, Deauthorize
//     or Deauthenticate, any case (store.Revoke(id), s.invalidateSession(sid)),
//     with or without a return after it;
//   - an assignment of such a value to a local variable (err = ErrDenied,
//     ok = false); an HTTP status of 400 or more (status =
//     http.StatusForbidden) only where the local is written in a response
//     (an argument of a call, a returned value, an element of a literal:
//     w.WriteHeader(status)), not where it is only counted
//     (stats[status]++);
//   - a call of a rejecting helper (see "Predicates and helpers");
//   - a return of the answer's conversion into an error, nil exactly for
//     Success (nilerr.go): a function or method with one error result,
//     of the receiver or a field of a parameter, whose body is a
//     predicate's returning nil or a non-nil error (func (r *Reply)
//     Err(op string) error { if r.OK() { return nil }; return
//     &APIError{...} }; a fact for importers). return reply.Err(op) after
//     a dispatch rejects every code it answers an error for and hands
//     Success's nil on; err != nil of err := reply.Err(op) (or
//     reply.Err(op) != nil) splits the codes the same way, so if err :=
//     reply.Err(op); err != nil { return err } is the catch-all if code
//     != Success. One nil for a failure code too (a lenient resend's nil
//     for OTPAlreadyUsed), or a function of a plain code (FromCode(code
//     int) error: a mapping, its answer left to it), is none;
//   - a decision value: a constant of a named type whose name says it
//     holds decisions (...Decision, ...Outcome, ...Verdict, ...Result,
//     ...Action, ...Effect, ...Access, ...Permission, ...Auth..., ...Status;
//     not a message type: ...Message, ...Msg, ...Text, ...Notice, ...Label) and whose own name says it rejects (Deny,
//     OutcomeRejected, Blocked, ...Fail...; never a return code or an HTTP
//     Status... constant), returned
//     (return Deny), in a struct literal returned (return Result{Decision:
//     Deny}), or assigned to a field of a local variable (out.Decision = Deny,
//     also among other assignments: out.Decision, out.Reason = Deny, msg);
//     a state machine's state counts as a decision too: a constant of a type
//     named as states (...State, ...Stage, ...Step, ...Phase) whose name
//     says it rejects (StateFailed), assigned to a field (of the receiver
//     too: f.State = StateFailed), returned, or passed to a function or
//     method of the package that stores that parameter in a field among
//     its top-level statements (f.transition(StateFailed));
//   - an access policy whose effect is Deny: a literal setting a string
//     field named Effect, at any depth, to the constant "Deny", any case (the IAM policy of an API Gateway authorizer:
//     events.APIGatewayCustomAuthorizerResponse{PolicyDocument:
//     events.APIGatewayCustomAuthorizerPolicy{Statement:
//     []events.IAMPolicyStatement{{Effect: "Deny", ...}}}}), or a call given
//     that constant (a named one too) whose result holds such a field
//     (return statement(principal, effectDeny, req.MethodArn), nil;
//     effects.go), or an assignment of that constant to a local variable
//     such a call is given or such a field is set to (effect = effectDeny;
//     ...; return statement(principal, effect, arn), nil); an Allow policy
//     accepts, and where Success's path sets that local to "Allow" (effect
//     := effectDeny; switch st { case OK: effect = effectAllow ... }), a
//     code that skips the assignment keeps the effect it had, as a skipped
//     grant below;
//   - a nonzero integer constant returned by a command's entry point
//     answering an exit status, a function or method named Run, run,
//     realMain or runMain whose one result is an int (mitchellh/cli's
//     Command.Run(args []string) int, func run() int behind
//     os.Exit(run())): return 1 rejects, return 0 accepts (exitstatus.go);
//     so does a plain integer constant other than the one Success's path
//     returns, in a dispatch nested in an error branch (the body of if
//     err != nil, the else of if err == nil, or after if err == nil {
//     ...; return } without else) where Success's path acts: an SSH
//     command's handler answering its exit status (if err :=
//     sp.AssignDevice(...); err != nil { switch apiErr.Code { case
//     DeviceInUse: ...; return 1 }; log }; print "enrolled"; return 0),
//     whose unlisted codes leave the branch for the enrolment
//     (decline.go); another function's int (a count, a delay whose
//     Success's path only returns) is no decision;
//   - a transition to another state than the one Success's path moves to
//     through the same setter (f.transition(StatePasswordExpired) where
//     Success reaches f.transition(StateNeedOTP)): the caller tells the
//     states apart, as it does a function's results below; and where
//     Success's path records its decision only in that state (case OK:
//     s.State = StateEnrolled), a path that ends quietly (the closing
//     brace, return nil) without that state (default: s.Failures++; if
//     locked { s.State = StateLocked }) keeps the state it had and is
//     given nothing Success was (transition.go);
//   - a constant of an integer enum of the function's results (not a
//     return code, not a message type) other than the constant Success
//     returns there, returned (return Retry, nil where Success reaches
//     return Proceed, nil), or an element of a table looked up by the code
//     that differs from it for every code on the path (if o, ok :=
//     kiosk[code]; ok && o != Proceed { return o, nil }): the caller tells
//     the answers apart; a constant named, not computed (return 15 *
//     time.Minute), and of no quantity type (time.Duration): a function
//     mapping codes to a delay, a weight or a dashboard label decides
//     nothing; a state type kept as text (type EnrollState string) counts
//     as such an enum only where the constant Success returns is a state
//     a success leaves: named so by its last word (StateEnrolled,
//     StatusActive, OutcomeApproved: successWords and grantedStates),
//     returned elsewhere in the package right after a test that the code
//     is Success (if code == Success { return PairingStored }), or the
//     verdict's grant (StatusShipped beside StatusOnHold; see the
//     outcomes as data below). So if st,
//     ok := assignOutcomes[code]; ok { return st, nil }; return
//     StateEnrolled, nil is fail-open where the table lists no Success,
//     and a function returning only such states is no message mapping
//     (messages.go); a fall-through to a state named otherwise
//     (StatePending, StateUnknown) tells nothing. States kept as untyped
//     constants of one family (const ( StateSucceeded = "succeeded";
//     StateFailed = "failed" ), exitOK = 0 beside exitDenied = 3) and
//     returned as plain string or int count the same way (family.go): a
//     family is the constants of one scope with values of one kind,
//     named with one first word (State...) or declared within a few
//     lines of one file (one const block: Approved, Declined); Success's
//     constant must name a success as above or be the family's grant (a
//     name neither refusing nor unsettled, in a family declaring one
//     that refuses, or where Success's path acts), and the listed code's
//     another value of the family. HTTP statuses, return codes and
//     message constants (MsgApproved) are no such family;
//   - an outcome as data (outcome.go): a field of a struct literal
//     returned (return Result{Outcome: NeedsDispatcher}, nil, return
//     &Screen{State: StateRetry}, nil) holding another constant of that
//     enum than the field of Success's return (return Result{Outcome:
//     Completed, PSN: psn}, nil), or such a constant returned itself,
//     where Success's constant names a success as above (Completed,
//     StateUnlocked, StepDone) or is the verdict's grant, the return's error results are nil and
//     the codes reaching it hold a security-relevant one (a delivery
//     failure handed to a dispatcher decides nothing):
//     the caller tells the outcomes apart, so the code is handled
//     whatever its outcome is called, as a failure code with a handler of
//     its own in a table of handlers, and every unlisted code reaching
//     Success's outcome fails open. Success's return is the one its path
//     ends at, or, where that path may also end at a return of another
//     error (if err := store.Save(ctx, psn); err != nil { return
//     Result{}, err }), the only one whose error results are nil. The
//     verdict's grant (decline.go: domainGrant) is the grant a consumer
//     names in its own domain's words, which no word list keeps up with
//     (OutcomeSigned, StatusShipped, Dispensed, Issued, Boarded): a
//     constant whose name says neither a refusal (Refused, Denied,
//     Blocked, Locked, Retry, OnHold, Abort, Failed, ...: refusalWords,
//     rejectWords, failureWords) nor an unsettled answer (Unknown, None,
//     Pending, Unhandled, Other, Error, Info, Warning, ...:
//     unsettledWords), where the structure says the rest: its enum
//     declares a constant that refuses (an Error, a log line's loudness,
//     does not count), or Success's path does something other than
//     return (if err := s.markSigned(o); err != nil {...}, queue.Push)
//     that the listed code's path skips. An outcome named otherwise (an
//     audit event's KindInfo, a ticket's DeskFront beside DeskSecurity
//     where Success's path only logs) tells nothing; nor does a
//     fall-through to OutcomePending or StatusUnknown, which the callers
//     refuse.
//     A fix copies another rejection of the dispatch before such an
//     outcome (Decision{Outcome: Denied} before Decision{Outcome: Retry});
//   - a payload saying it failed: a struct literal with a success flag
//     (OK, Success, Succeeded, Authenticated, Allow, Allowed, Valid,
//     Verified, Approved, Granted, and a decision's verb: Accept,
//     Accepted, Approve, Permit, Permitted, Grant; AnswerCorrect and IssueTokens of
//     Cognito's custom-auth triggers, IsAuthorized and IsAuthenticated of
//     Lambda authorizers) set to false, a failure flag (FailAuthentication,
//     Denied, Rejected, Refused, Blocked; a bool named to refuse by its
//     last word: Deny, Reject, Block, Abort, Challenge, Locked, LockedOut, Failed,
//     AccountLocked, IsBlocked; or to ask for a step-up, StepUpRequired,
//     NeedsStepUp, though a bare StepUp may report one passed; a negation
//     before it, NotBlocked, aside) set to true, or an Error or Err field
//     set to a non-empty string constant or a non-nil error, or a map
//     literal with string keys (fiber.Map, gin.H) with such a key, any
//     case, _ and - aside ("allow": false, "error": "bad code"), returned
//     (return LoginResponse{Success: false}; a keyed literal leaving out a
//     success flag that a literal of the same file sets to true, as
//     Verdict{Reason: "locked"} beside return Verdict{Allow: true}, unless
//     it sets a flag saying a step is done, by its last word: Done,
//     Completed, Sent, Enrolled, Reset, PasswordChanged, ... (the page of
//     a flow's last step, page{Done: true} beside page{Verified: true} of
//     the step before, is progress, not a refusal); also
//     wrapped for an RPC framework, return
//     connect.NewResponse(&VerifyReply{Reason: "wrong code"}), nil) or
//     written as a response or a websocket message (conn.WriteJSON)
//     whatever its status (c.JSON(http.StatusOK, LoginResponse{Error: "bad
//     code"}), return c.JSON(fiber.Map{"allow": false})); such a value
//     passed to a parameter so named of the call building the payload or
//     a templ component (func Result(ok bool, msg string) templ.Component:
//     _ = views.Result(false, msg).Render(ctx, w), its result discarded
//     or its error tested in an if's init; writeJSON(w, http.StatusOK,
//     NewVerdict(false, note))), not to another flag (Toast(dismissible
//     bool, ...)); or such a value
//     assigned to that field of a local variable or a parameter (reply.OK
//     = false in a net/rpc method whose reply was preset to success, out.Error
//     = "wrong PIN", ev.Response.AnswerCorrect = false in a Cognito trigger
//     returning its event), or such a payload stored through one (*reply =
//     Reply{OK: false}). Where Success's path sets such a flag to true
//     (case Success: ev.Response.AnswerCorrect = true; ...; return ev), a
//     code that meets Success's path having skipped that assignment
//     returns the value without the grant, and does not fail open there;
//     and a path that returns, before Success's path, the local variable
//     whose flag Success's path sets (d.Accept = true; return d, nil),
//     declared without the flag (var d Decision, d :=
//     Decision{Code: code}) and not granted on the way, returns it refused
//     (d.UserMessage = msg; return d, nil rejects).
//
// A constant of such a decision type counts as rejecting too when the
// type's package declares a constant of it named as success (its last
// word ok, success, approved, allowed, granted, accepted, verified,
// valid, ...: MfaResult_MFA_RESULT_OK) and the constant is none of those,
// not the zero value (UNSPECIFIED), and named as a failed answer (a word
// invalid, wrong, bad, reused, locked, disabled, expired, error, ...: see
// failureWords): a response built with MfaResult_MFA_RESULT_OTP_INVALID
// answers otherwise than the success response, while StepUp, Retry or
// Pending ask for more and reject nothing. A state type's constants count
// only by rejectWords. A call of a local closure, declared with a function
// literal and never assigned again, whose body only returns a struct
// literal carrying such a decision, set there or stored from the argument
// given (reject := func(r pb.MfaResult) *pb.Resp { return
// &pb.Resp{Result: r} }; return reject(pb.MfaResult_MFA_RESULT_LOCKED),
// nil), rejects as that literal would.
//
// A local bool flag set in the clauses and tested after the dispatch
// decides the test for each path: a flag assigned a constant on the path
// (denied = true), or declared with one before the dispatch in its block
// or an enclosing block of the function (denied := false, var allowed
// bool; approved := false before a polling loop whose switch sets it and
// breaks out for Success, tested by if !approved after the loop) and not
// assigned in between (nor in the header of an enclosing loop: the
// walker follows the loop around from the dispatch),
// sends the path one way at if denied or if !allowed, and inside a larger
// condition as far as the flag decides it (if denied || locked is true
// where denied is; if locked || !allowed, if !(allowed && !locked) where
// allowed is false). A path on which the flag is unknown, or whose
// condition the flag does not decide, goes both ways.
//
// # Suggested fix
//
// Each diagnostic has at most one fix (none in a file that does not parse,
// such as a case being typed: -fix never edits it); it compiles and makes
// the dispatch fail closed. It reuses the rejecting clause: the first clause
// that rejects and lists a required code (else a published failure code).
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
//     (codes.BogusOTP, surepass.BogusOTP), else as a field of a code set
//     the file reads, of the tag's type (SP.BogusOTP, sp.Success; spid's
//     code sets; a Success test of any fix too: code != SP.Success), else
//     as an integer literal followed by the code's name in a comment
//     (9030, // BogusOTP). Only
//     codes listed nowhere are added, so no case value is duplicated. So
//     does a switch over a function that answers a constant of its own
//     without a code (switch sp.CodeOf(err), -1 for a nil error too, see
//     package spid): a default would reject Success.
//   - A tagless switch gets a last case, case code != Success:, with a copy of
//     the rejecting clause's body (cases are tried in order, so it comes
//     before the default wherever that is written).
//   - An if-else chain gets a final else if code != Success {...} branch,
//     before an existing final else, with a copy of the rejecting branch's
//     body.
//   - A listed code's clause that falls through into Success's path gets a
//     copy of the rejecting body appended (in place of a final break).
//   - A fallback lookup's default becomes a function literal called in
//     place that answers the default for Success and, for every other
//     code, the value of the table's first row for a security-relevant
//     code (a constant, an error in view): rules.Or(gates, rep.Code,
//     func() gate { if rep.Code == Success { return gateOpen }; return
//     gateRetry }()).
//   - A handler dispatch's accepting fallback first rejects every code but
//     Success, with a return of a rejecting handler of the table whose
//     results read the same there (return nil, errLocked): a function
//     literal gets if code != Success { return ... } ahead of its body, a
//     function or method value is wrapped in a literal doing so and then
//     calling it. Both read the code again, so it must be a variable, a
//     field or a getter, and the literal's types must be spellable in the
//     file; otherwise there is no fix, and the message says why.
//
// There is no fix, and the message ends with "(no suggested fix: ...)" saying
// why, when such a listed clause ends in fallthrough, goto or a labelled
// branch, when the rejecting branch of a tagless switch or if-else chain
// declares labels, or when a tagless switch's closing brace is not on a line
// of its own. A variable the rejecting if declared in its init and returns
// (return o of if o, ok := table[code]; ...; or of o, ok := table[code]
// written just before if ok {...}, its variables written nowhere else) is replaced in the copy by the
// table's value for the first code the branch handles, wherever the copy
// uses it (next(a), a status, a log argument), or by the table indexed by
// that code's key when the value is a function literal
// (refusals[sp.OTPInvalid]()); no fix when there is none.
//
// Failure codes that are not security-relevant (SMSSendError, ...) then
// reject as well: they are failures all the same.
//
// # Related information, flags and cost
//
// The related information points at the declaration of the table a
// dispatch looks its code up in (see above), and at the first missing code's declaration,
// only where a declaration in the consumer's own module is that code: the
// constant of the tag's own type with its value when the consumer declared
// one, else an integer constant of the package (or of the code field's
// package) whose name ends with the code's name and whose value is the code
// (errPartnerLoginFailed = 9000). Never a constant of package codes or of
// another module (a vendor SDK in the module cache): that file is not the
// user's to open, and SARIF could not show it. Otherwise there is no related
// information; the message names the codes.
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
// Findings are in category failopen, which editors show beside the check's
// name (codeswitch(failopen) in VS Code's Problems panel).
//
// Generated files (ast.IsGenerated) are skipped. The check uses neither SSA
// nor the inspect analyzer: in a package without a SurePassID signal
// (spid.Result.Relevant) it only summarizes the functions (a look at the
// top-level statements of each; none in the standard library; in a package
// that imports no response library either, only the decision builders,
// found by a look at the package's scope; a package of the codes as text
// and its importers, found by a look at the scopes of the package and its
// non-standard imports, are summarized and checked in full: its
// predicates over the text, func IsLockout(code string) bool { switch
// code { case A, B, C: return true }; return false }, are facts that an
// importer's if-else chain reads as links), so its cost
// there is that and spid's scan of package-level declarations. In a relevant package it walks each file
// once; the control-flow graph is built only for a function holding a
// dispatch that lists a published failure code, once per function.
//
// # Known limits
//
//   - A local variable is judged by its declaration (var err error,
//     err := ErrDenied, code := resp.ErrorCode); other assignments are not
//     followed, except that assigning a rejection (err = ErrDenied) is
//     itself a rejection, and that a plain bool flag and a local (or an
//     enum field of a local struct, or of one it points to) of a
//     package's enum assigned a constant are followed along each path
//     (see "Mapping functions"); a call taking such a local's address,
//     or the pointer, after the dispatch is not seen.
//   - A clause that does something off Success's path and leaves early for
//     another reason than rejecting (case X: metrics.Inc("x"); return, or
//     return nil) is read as a rejection; likewise an unlisted code that does
//     so (default: s.audit(u); return nil) is not read as accepting.
//   - Only conditions comparing the dispatched code with constants,
//     lookups in the package's map literals, and predicates summarized as
//     above, split the codes; a function that tests the code another way
//     (a table of another package, if sp.Retryable(code) with a loop
//     inside) sends every code both ways. A map literal is taken as
//     declared: an element added at run time is not seen.
//   - A flag is followed only as a plain local bool; a decision value is
//     recognized by its constant's name.
//   - Predicates and rejecting helpers are read from declared functions and
//     methods, reached directly, through an interface of the module all of
//     whose implementations agree, or through a local variable bound once
//     to one of them; a closure, a function value from a parameter, a field
//     or a package variable, and an interface from outside the module
//     (or without an implementation the package can see) are not
//     summarized, and neither is a predicate whose receiver or parameter is
//     assigned in its body.
//   - The copied body is the rejecting clause's own, message included (a
//     lockout message for every code, say): review the fix.
package codeswitch
