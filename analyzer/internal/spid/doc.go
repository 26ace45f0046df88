// Package spid recognizes SurePassID values in Go code: the return-code types,
// the errorCode and errorMessage fields of SurePassID responses, and whether a
// package has anything to do with SurePassID at all. Every check shares this
// one recognition, through [Analyzer]'s [Result].
//
// # Return-code types
//
// A type holds SurePassID return codes when it is
//   - codes.ReturnCode from this module;
//   - a named integer type mirroring the published enum: at least two of its
//     package-level constants carry a published name and that name's
//     published value, at least one of them a failure code, and none
//     carries a published name with another value (generated files too);
//     or, looser, one carries a published name and its value and at least
//     three in all are named like their values (see below); or
//   - marked //surepasslint:codetype (see Directives); or
//   - listed in -codetypes (import/path.TypeName, comma-separated).
//
// A published name is recognized in every naming convention (see
// [Lookup]): as published (OTPInvalid), ALL_CAPS or snake case
// (OTP_INVALID, otp_invalid), after a short prefix (SP_, RC_, ERR_, Err,
// err, Code, Status), after the type's own name (CodeOTPInvalid for type
// Code) and protobuf's enum prefix (ReturnCode_RC_OTP_INVALID,
// Reply_RC_OTP_INVALID for the nested enum Reply_Code), also followed by
// the enum's own name as buf's ENUM_VALUE_PREFIX rule wants it
// (MfaStatus_MFA_STATUS_OTP_INVALID, Reply_RESULT_CODE_OTP_INVALID for
// Reply_ResultCode).
//
// Consumers also give the codes short names of their own (errOtpReplayed =
// 9002 for OTPAlreadyUsed, errDbError = 9010 for DatabaseError). A constant
// whose value is a published code is named like it when its name and that
// code's published name share a word (split at case changes, underscores
// and digits; abbreviations and the enum's misspellings spelled alike: db
// for database, ok for success, Diabled for disabled), words common to
// error names (error, failed, invalid, user, partner, code...) excepted,
// and a word of four letters or more matching one it begins; a code also
// answers to the words teams use for it that its published name lacks
// (teamWords: replay and reuse for OTPAlreadyUsed, wrong for OTPInvalid
// and BogusOTP, lock for the lockouts and PartnerUserLoginDisabled). A group
// mirrors the enum loosely when one constant carries a published name and
// its value, at least three in all are named so or like their values, and
// those are at least half of the group's constants whose values are
// published codes.
//
// Teams also name the codes entirely their own way (rcOtpReplay, kLocked,
// CodeSmsSend): in a package with SurePassID evidence of its own, a group
// of constants (one named integer type's, or one const block's integer
// constants) whose every value is a published code, Success's 0 among
// them and at least three distinct failure codes, none a published name
// with another value and no vendor's prefix shared by all (see valued.go),
// is a group of codes by value: the type is a return-code type, the
// block's constants are code constants ([Result.CodeConstants], a fact for
// every importer: switch code { case CodeOtpInvalid, CodeOtpReplay: }).
// A look-alike enum in a package without evidence (PipelineStatus 9002,
// 9003, 9010), a group with a port or another value, or one without 0,
// stays quiet.
//
// A team that mirrors only the few codes it handles writes neither 0 nor a
// published name (const codeReplayed = 9002, codeInvalid = 9003,
// codeLocked = 9015; type spCode int with spReplayed, spWrongOTP,
// spLockedOut). Such a group (one named integer type's constants, or one
// const block's untyped or basic-typed integer constants) is a group of
// codes named loosely when every value is a published code, no constant
// carries a published name with another value, its names share no
// vendor's prefix, and at least three of its constants, of distinct
// failure codes, are named like their values (a published name, or a
// shared word as above), these being at least half of the group
// (looseGroup in valued.go). The names tie the values to the codes, so no
// evidence is needed: the type is a return-code type, the block's
// constants code constants, and the package is relevant. Ports or another
// vendor's codes in the 9000 range (portReplica = 9002, gwDeclined =
// 9001, gwCardExpired = 9003) are not named like those codes' published
// names and stay quiet.
//
// Untyped constants (and constants of a basic type) count too: a package
// with a const block that mirrors the enum that way (const SP_OTP_INVALID
// = 9003, SP_OTP_ALREADY_USED = 9002; or errOtpInvalid = 9003,
// errOtpReplayed = 9002, errLoginFailed = 9001) has a signal, and a value
// switched on or compared with constants that mirror it, whatever its
// type, is a return code ([CodeConstants]: switch code { case
// SP_OTP_INVALID, SP_OTP_ALREADY_USED: }). So a package whose name says
// nothing, receiving the codes only as parameters from its callers, is
// seen by its constants. What stays quiet: 9000-range constants whose
// names are not published names (HTTP_PORT = 9000), a named type of
// published values in a package that mirrors the enum by its published
// names already (core banking's TransferHold_..._ALREADY_USED = 9002
// beside SurePassCode_..._OTP_ALREADY_USED: a package has one mirror, and
// the other type is another enum, whatever its names), a block or type with
// one published name given another value (DatabaseError = 3), a switch
// with only one such constant, a block of look-alike codes named for
// something else (cardlineDeclined = 9001, cardlineCardExpired = 9003: no
// name like its value's), one published name among names unlike their
// values.
//
// Names alone can also mislead: another domain's enum may share numbers,
// and a few names, with the published list (a config pipeline's Reason:
// ReasonOK = 0, ReasonOTPReused = 9002, ReasonLockedOut = 9015,
// ReasonDatabaseError = 9010, ReasonCanaryRegressed = 9051). What gives
// it away is what it says against SurePassID: a published failure value
// under a name foreign to it (no published name, no word shared with the
// code's published name or found inside it, as BypassAttempt = 9051 is in
// PartnerUserLoginAttepmtedOTPByPass, and none of the words teams use for
// codes of its kind, kinWords: backend or upstream for DatabaseError,
// delivery for SMSSendError), which a team copying the codes does not
// write. A name spelling its own value (oapi-codegen's ResultCodeN9003,
// for an enum the OpenAPI document lists by value) is not foreign: it
// says nothing of the code either way. A group recognized by its names (a mirror, loose or not, of a
// type or a block, or a group of codes named loosely) that holds such a
// name, with fewer than three published names for each foreign one (a
// generated enum of the whole list with one value renamed is still
// the list), is doubtful (doubt.go): it counts only in a package with
// evidence of its own (a signal in its declarations or bodies, the import
// of a package with one) or when a doc or line comment of its type or
// const block names SurePassID (Status is a SurePassID return code). A
// doubtful group in a package with neither is not there: the package has
// no signal from it, its type is no return-code type. A look-alike with
// no foreign name (only the loosely named codes, or all published names)
// is still the codes: nothing else in the names tells it apart.
//
// But what the package says of the codes can: another party's enum may be
// named, one by one, close to the published names (a card acquirer's
// responses: OTPAlreadyUsed = 9002 for a replayed 3-D Secure code,
// SuspectedFraud = 9051). A group recognized by its names is doubtful as
// well when the package says the codes are another party's
// (otherdomain.go): its package doc comment, or a doc or line comment of
// the group's type or const block, names one (an acquirer, a merchant, a
// chargeback, Twilio, MessageBird, Stripe, Okta...: otherParties), the
// package's name or the type's does (acquiring, DeclineCode, IssuerStatus,
// CarrierError), the package calls another vendor's host (one its
// literals name, see Response fields, with an HTTP client imported: a link
// to the team's help pages calls nobody); look-alike codes of its own
// beside them (a door's states) are not. Such a group
// counts only with the evidence above (its own, an import's, a comment
// naming SurePassID): a payments service that calls the client, or whose
// block says these are SurePassID's answers, keeps its codes.
//
// # Code sets
//
// Teams also keep the codes as the fields of one package-level value
// rather than as constants (codesets.go): var SP = struct{ Success,
// OTPUsed, OTPInvalid, Locked int }{0, 9002, 9003, 9015} (positional or
// keyed), a named struct type or a pointer to one (var Codes =
// &codeBook{OK: 0, OtpWrong: 9003, ...}), fields of the team's own code
// type, or a map keyed by the names (var Code = map[string]int{
// "otp_invalid": 9003, ...}). The literal's integer fields (the map's
// string keys) with constant values, at least two of them published
// failure codes, are judged as a const block's constants are: a mirror by
// published names or a loose group named like its values, trusted unless
// doubtful or said to be another party's (the package, the type's name,
// a doc or line comment of the var: then only with evidence, its own, an
// import's, or a comment naming SurePassID); or a group of codes by value
// in a package with evidence of its own. Such a value is a code set: it
// makes its package relevant, and each field (or constant key) holding a
// published code reads as that code ([Result.CodeSetCode]: SP.OTPInvalid,
// surepass.SP.Locked, Code["otp_invalid"]; codeswitch pins it as a
// constant, and [Result.CodeConstants] counts it; mirrors and sentinel
// errors read it so too: map[int]error{SP.OTPInvalid: ErrWrongCode}, a
// switch over the code returning sentinels). A package-level
// variable initialized from a code set of the package or of an import
// (var sp = surepass.SP) is one too. Both are facts (codeSetFact), so
// every importer reads them. What stays quiet: a value the package
// assigns (SP = ..., SP.Locked = ...), increments or takes the address
// of; a telematics provider's look-alike (OK, UnitOffline = 9001,
// UnitUnknown = 9002, TabletLocked = 9015: named for nothing published,
// so codes by value only, in a package without evidence); a card
// acquirer's value with published names in a package whose doc names the
// acquirer.
//
// # Response fields
//
// A struct field is a return code (RoleCode) when its type is a return-code
// type (or a pointer to one), when it is listed in -codefields
// (import/path.Type.Field) or marked //surepasslint:codefield, or, in a
// package with a SurePassID signal, when it is named as the code and its
// struct has a field named as the message. The message field (RoleMessage)
// is one named as the message in a struct with a field named as the code,
// whatever that field's type (a code the team never decodes still marks
// its message), or one marked //surepasslint:messagefield or listed in
// -messagefields; a flag's role beats a directive's.
//
// A field of an error type declared in a package with a signal (a struct
// type whose value or pointer has an Error() string method) is a code
// when the package stores codes in it, and nothing else but constants:
// &APIError{Op: op, Code: int(code)} with code := rep.GetErrorCode(), or
// e.Code = resp.ErrorCode, or the parameter of an unexported constructor
// that every call in the package passes a code (newError(op, r.Code(),
// msg), never used as a value); so switch apiErr.Code after errors.As, in an
// importer, is a dispatch. The message stored in such a field is followed
// by rawexposure (its facts on fields), not given a role here. A view
// model or an audit record gets no role from what is stored in it.
//
// An unexported field of any struct type of a package with a signal gets
// the role of what the package stores in it, the code's or (outside error
// types) the message's, under the same rule (every store a value of that role or a constant, one
// a value: Outcome{code: code, reason: msg} with code, msg read from the
// answer, o.code, err = jsonparser.ParseInt(v)): the package stores all it
// holds. Its accessors (func (o Outcome) Code() int64 { return o.code })
// then have the role in every importer, and an error filled from it
// (&Error{Code: o.code}) carries the code.
//
// A field is named by its json or xml tag (an xml path names the element it
// ends at, SendOTPResult>ErrorCode, a namespace or a prefix written in the
// tag aside: a:ErrorMsg), by the tag of a decoder between the body and
// the struct (mapstructure:"errorMessage" of a map[string]any decoded with
// mapstructure; yaml, toml, bson, msgpack, cbor, codec, and the form and
// query binders' form, query, url and schema), by the json= name of its
// protobuf tag (protobuf:"varint,1,opt,name=result,json=errorCode"), or by
// its Go name when no tag names it; names compare case-insensitively
// without underscores or hyphens. The code's names are errorCode and
// errCode (error_code, Error_Code, ErrCode...), the message's errorMessage,
// errorMsg, errMsg and errMessage (the WCF interface's ErrorMsg). A code
// field may be of any integer or float type, a string holding the number
// (json.Number, json:",string"), or a pointer to one; a message field a
// string or *string. Either may also be a json.RawMessage, the member kept
// undecoded for a second stage (ErrorMessage json.RawMessage
// `json:"errorMessage"`; see Two-stage decoding). A message field with no code-named field beside it
// is the message once the package stores a code in one of its siblings:
// Status string `mapstructure:"-"` filled by o.Status =
// fmt.Sprint(m["errorCode"]) after the decode (or in the literal,
// Outcome{Status: ...}) marks the errorMessage-tagged Detail beside it; a
// sibling given anything else (the gateway's fmt.Sprint(m["state"])) does
// not.
//
// In a package that also calls another vendor, a struct declared for that
// vendor is not SurePassID's: its name contains the name of the host of an
// http(s) URL, in one of the package's string literals, that is not
// SurePassID's (twilioVerifyReply beside "https://verify.twilio.com/v2";
// the name is the host's label before the top-level domain), or the first
// word shared by every name of a const block of look-alike codes (two or
// more values that are published codes, none named like its value:
// cardlineResponse beside cardlineDeclined = 9001, cardlineCardExpired =
// 9003; a word of three letters or more, not one of our short prefixes). Its fields
// keep only what flags, directives and code types say. Names spelling
// their values (a generator's ResultCodeN9001, ResultCodeN9003) are no
// vendor's words, and a block of a return-code type of the package (the
// generated values the team aliases, UserLoginFailed = ResultCodeN9001)
// is the codes, whatever its names share: the generated ResultEnvelope
// with pointer fields beside them is SurePassID's. Not done: a
// response type named for nothing, decoded only from another vendor's
// endpoint in a package with a signal, is still recognized (that needs the
// flow from the request to the decoder).
//
// What stays quiet: a message field with no code-named field beside it (a
// page model's own ErrorMessage); fields whose tags name something else
// (ErrorCode int `json:"code"`); a code-named field of a type that cannot
// hold a number (bool, slice), which is not the code though it marks the
// message beside it; a field whose type does not type-check. codes.Envelope's ErrorMessage is recognized by path,
// as codes.ReturnCode is, so no driver needs a fact from this module's own
// packages. Another vendor's errorCode/errorMessage struct, in a package
// with no SurePassID signal, is not recognized; nor is one in a package
// whose only signal is an import (of a package other than this module's
// codes): a handler package beside the client echoing a PMS callback or a
// device's reply. Such a package names a struct's fields only with
// evidence of its own, from the declarations or, looked for only when a
// struct needs it, a body literal that is not prose (a host, an endpoint,
// a request field; "SurePassID unreachable, try again" is a sentence).
// What flows into such a struct from SurePassID is still rawexposure's.
//
// # Getters and accessors
//
// A function or method whose every return gives, as its (first) result, a value
// of one role or a constant (the getter's zero value: return 0, return "",
// or a local declared without a value and never written: an
// openapi-generator getter's var ret int32; return ret), at least one of
// them a value of that role, has that result role: protobuf's and
// openapi-generator's getters (GetErrorCode, GetErrorMessage) and the
// consumer's own accessors (func (r *Reply) Code() int { return r.ErrCode
// }, func CodeOf(r *Reply) int), accessors of accessors included, and one
// returning a local declared once from such a value after a guard (n, err
// := r.ErrorCode.Int64(); if err != nil { return -1 }; return int(n)) or
// a field of an error type read after errors.As (func CodeOf(err error)
// int). One that may answer a constant other than the zero value (return
// -1) is marked so ([Result.Fallback]): without a code, Success's included,
// the caller sees that constant; so is one returning a parameter of a
// basic type where the code is missing, the caller's default (func (r
// *Resp) CodeOrDefault(d int64) int64 { if r == nil || r.ErrorCode == nil
// { return d }; return *r.ErrorCode }). A call of
// one has the role ([Result.ExprRole]), in the package and, through a
// fact, in every importer. What stays quiet: a function returning only
// constants (Describe() returning "failed" or "ok"), one whose returns mix
// roles or other values (the message or the type), one whose first result
// is not the role's value.
// rawexposure follows function results on its own (its summaries); the
// result role is what makes switch rep.GetErrorCode() a code dispatch.
// A function with several results has the role of its first one, as
// strconv.Atoi's call has: a (code, msg, err) helper's every return giving
// a code (or a constant) first makes code, msg, err := helper(...) a code
// in its callers. So does a getter handing on a parse with its error
// (func (r *Reply) Code() (int64, error) { if r.Result == "" { return 0,
// errNoCode }; return r.Result.Int64() }, return strconv.Atoi(r.ErrorCode)):
// code, err := reply.Code() is a code.
//
// # Interfaces and function values
//
// Consumers call their client through an interface of their own (type
// Vendor interface { ValidateOTP(ctx, user, otp string) (code int32, msg
// string, err error) }, a field vendor Vendor, main wiring in
// identity.New(surepass.New(...))) or a func-typed field. A method of an
// interface declared in the package has the result role of the
// implementations in view: the named types, but those of test files, of
// the package and of the packages it imports that implement the interface
// (by value or pointer). It has a role only when at least one of them is
// in view and every one of them has that role for the method, so an
// interface also implemented by another vendor's client in view (a
// fallback gate holding both) gives its calls none, and neither does a
// fake in a non-test file answering constants. A func-typed struct field
// of the package whose every store in its files (a keyed literal, an
// assignment) is a function or method value with a role, the same one
// (&Enroller{validate: c.ValidateOTP}), has that role too. Both are facts
// (resultFact on the interface method or the field), so calls in importers
// have the role. A function forwarding another's results (return
// c.call(ctx, op, body)) and one returning a named result assigned from
// such a call (code, msg, err = c.call(...); return code, msg, err, or a
// bare return) have its role.
//
// Often no implementation is in view: the client lives in a package the
// consumer does not import, and main wires it in (dependency injection, so
// that tests can fake the vendor). Then the package's own evidence decides
// (operations.go). A method of an interface declared at package level, of
// an interface literal typing a struct field (sp interface { SendOTP(...)
// (int32, string, error) }), or a func-typed struct field (validate
// func(ctx context.Context, user, otp string) (int, string, error)) that
// nothing in the package's non-test files gives a function, a method
// value or a literal (a field main sets, or the package's constructor
// from its parameter) stands for a SurePassID operation when
//   - its results hold a code: an integer (or return-code) result, the
//     first string result after it being the message (the API's
//     errorCode, errorMessage pair: (int, string, error), (token string,
//     code int, msg string, err error)); or a first result of a struct
//     type of the package (or a pointer to one) with one integer field
//     named as the code (Code, ErrorCode, ReturnCode, ResultCode...) and
//     string fields named as the message (Message, Msg, Reason, Detail,
//     Description, Text...);
//   - and it is named as a published operation (ValidateUser, ValidateOTP,
//     VerifyOTP, CheckOTP, SendOTP, PushOTP, AddOATHDevice,
//     IsSessionTokenValid, SessionTokenValid, CreateSessionToken, ...: the
//     request's type values and the WCF method names as Go spells them,
//     with Oath optional, one of our short prefixes before (SPValidateOTP)
//     and WithContext or Ctx after; single generic words such as Enroll or
//     Sign are not enough), or its name, its interface's or field's name,
//     its doc or line comment, or its interface's, names SurePassID
//     (SurePassAPI's Call), or the constants its
//     code is compared with (==, !=, a switch's cases, on the locals its
//     calls declare and on the code field of a struct answer) mirror the
//     enum (see [CodeConstants]: two published names with their values);
//   - and none of the constants its code is compared with is another
//     enum's: a non-zero value that is no published code (a port, an HTTP
//     status; -1 for a missing code is fine), or a published code under a
//     name neither its published name nor sharing a word with it
//     (MailboxFull = 9003), unless a return code by type or group; and
//     neither its name nor its interface's (or field's) names another
//     vendor the package calls (see Response fields);
//   - and, when the operation's name is all that speaks for it, it is not
//     another party's (otherdomain.go): not handed a phone number
//     (SendOTP(ctx, phone, code string), an SMS gateway's; CheckOTP(ctx,
//     msisdn, code string), a verification provider's: SurePassID's
//     operations take the user's name), not a send or push handed the code
//     or text to deliver (SurePassID's send makes the code itself), its
//     name, its interface's or field's and their comments name no other
//     party (Twilio, MessageBird...), and the package does not call
//     another vendor's host or name another party in its doc or name
//     without SurePassID evidence of its own (a doc naming SurePassID, or
//     the constants its code is compared with, still make it one);
//   - and, for an interface, no type in view implements it with methods
//     of its own (the implementations decide then, as above; a struct
//     embedding the interface, type Service struct{ Sessions }, only
//     promotes its methods, whose calls have the roles too).
//
// The interface may also be another package's of the module, one with no
// SurePassID signal (a ports package holding interfaces alone, so no
// recognition of its own): the calling package judges the methods it
// calls by the same rule, its docs aside (not in view), for itself.
//
// Its calls then have the code's role (as a result role, when the code is
// the first result; code, msg, err := s.sp.ValidateOTP(...); switch code
// {...} is a dispatch), its results roles [Result.OperationResults] gives
// rawexposure (the message beside the code is the raw errorMessage), and
// a struct answer's code and message fields their roles; all are facts,
// so an importer calling the interface it is given has them too. What
// stays quiet: an interface of a generic name (Do(ctx, req) (int, string,
// error)) with nothing else to show, another service's client interface
// of the same shape (Verify(ctx, address) (int, string, error), compared
// with its own 9000-range codes), an operation-named method whose code is
// compared with another vendor's constants (an SMS gateway's SendOTP), an
// SMS gateway's SendOTP(ctx, phone, code) whose answer goes to a handler,
// a func field given a function of another vendor's client.
//
// # Loosely typed answers
//
// Teams that never declare the response read it by name, and the name says
// what the value is, as a tag does (see untyped.go's tables): in a package
// with a signal, m["errorCode"] and m["errorMessage"] of a map with string
// keys (or m[k], k ranging over a list of constant spellings, []string{
// "errorMessage", "ErrorMsg"} or a package-level one, that all name the
// same field: rangekeys.go) whose element can hold the value (map[string]any decoded with or
// without UseNumber, map[string]string); a type assertion of such a value
// to a type that can hold it (.(float64), .(json.Number), .(string)); a
// gjson getter at such a path (gjson.Get, gjson.GetBytes, res.Get; the
// last element of "reply.errorCode" names it) and its value methods (Int,
// Uint, Float, String, Value: the code; String, Value: the message).
//
// Any JSON-path or untyped library reads the same way, by the shape of the
// call (untyped.go's keyRead): a call whose last argument is such a
// constant key (the last of variadic keys, or a path), given to a string or
// interface parameter, that reads a document: a method of a value type of
// the libraries (docTypes: fastjson's v.GetInt("errorCode"), jsoniter's
// Any.Get, go-simplejson's Json.Get, gabs' Container) or of the team's
// own named map of an untyped decode (type answer map[string]
// json.RawMessage, or of any: a.str("errorMessage"); not a map of strings
// such as http.Header), or a function with
// raw bytes, a map with string keys or such a value among its other
// arguments (jsonparser.GetInt(body, "errorCode"), GetString,
// GetUnsafeString, Get; jsoniter.Get(raw, "errorCode"); the team's own
// getString(body, "errorMessage") or str(m, "errorMessage")), its first
// result able to hold the value (raw bytes too) or a library value, whose
// methods taking nothing (or a default: go-simplejson's MustInt(-1)) and
// returning a number, a string, an interface or bytes (ToInt, Int,
// StringBytes) keep the role; jsonparser's ParseInt,
// ParseFloat and ParseString keep it as strconv's do. A walk over the
// members (pairkeys.go) gives the value variable, in the branch its key
// names, that role: a callback's (key, value) parameters
// (jsonparser.ObjectEach(body, func(key, value []byte, ...) error { switch
// string(key) { case "errorCode": ... } }), gjson's ForEach with
// key.String()) or a range over a map with string keys, in a case clause
// whose keys all name the field or the body of if key == "errorMessage".
// A walk that never holds the value in a variable of its own keeps it
// where the key test sends it (keyedstores.go): a json.Decoder token loop
// (key, _ := tok.(string); switch key { case "errorMessage", "ErrorMsg":
// v, _ := dec.Token(); o.text, _ = v.(string) }, or dec.Decode(&o.num) in
// the code's case), a per-key setter (func (o *outcome) set(key string, v
// any) { switch { case key == "errorCode": ... } }), a range or a callback
// storing a conversion of its value. In a branch testing a local key (a
// variable or parameter holding a string, raw bytes or a decoded token; its
// string(...), String() or .(string)) against constants that all name one
// field, what an assignment stores (its value, a multi-value call's first)
// and what a decode fills has that role: an unexported field so filled
// (see Response fields) gets it, with its accessors and the errors built
// from it, in every importer. Only in a package with evidence of its own,
// as a struct's field names. What stays quiet: constants, errors and bools
// stored there (found = true), the default branch, a helper treating
// every key alike, another vendor's identical loop in a package without
// evidence.
// What stays quiet: other keys and paths, a message asserted to a number, a
// json.Number holding a message, a writer (jsonparser.Set, Delete: the
// names in keyWriters), a bool result, a lookup with no document (label(
// "errorMessage"), translate(lang, "errorMessage"): a plain string is no
// document), the same reads in a package with no signal. [Result.LooseRole] answers for these reads alone (rawexposure's
// sources: it follows getters and accessors through its own summaries).
//
// # Two-stage decoding
//
// Some clients decode the answer into a map of raw members first (var env
// map[string]json.RawMessage, a decoder with UseNumber), then each member
// they need. env["errorCode"] and env["errorMessage"] of a map with string
// keys and raw bytes as its element have the role the key names, as a
// member walk's value does (for k, v := range env { switch k { case
// "errorMessage": ... } }). A decode is an assignment (decoders.go's
// tables: json, xml and yaml Unmarshal, and a Decoder's Decode over
// bytes.NewReader(raw) or strings.NewReader): its destination, the operand
// of its &, takes the role of its document. So in classifyFilled a field
// filled by json.Unmarshal(env["errorCode"], &se.Code) is stored a code (a
// fact, so switch se.Code after errors.As is a dispatch in importers), a
// private field by json.Unmarshal(raw, &o.msg) the message, and a local
// decoded so (var code int64; json.Unmarshal(env["errorCode"], &code))
// carries the code into what it is stored in (&apiError{code:
// strconv.FormatInt(code, 10)}); rawexposure follows the same decodes in
// its flow ([Decode]), the message decoded into an error type's field
// (json.Unmarshal(raw, &se.Detail)) included. What stays quiet: a member
// named otherwise (env["type"] decoded into a field gives it no role, and
// spoils a code role stored beside it), the same decodes in a package with
// no signal, a decode from a response body (the struct's tags say what its
// fields are).
//
// [CodeLiterals] lets codeswitch take a value compared with three or more
// distinct published failure codes written as literals (case "9106",
// "9107", "9108": a code kept as text; case 9079, 9085, 9086), every value
// tested a published code, as a code: two may be a pair of ports (case
// 9000, 9001) or another vendor's codes.
//
// # Conversions and parsing
//
// A code keeps its role through a conversion to a number or a string type
// (int(x), int32(x), ReturnCode(x), string(n)), through strconv's Atoi,
// ParseInt, ParseUint, ParseFloat, Itoa and Format functions, and through
// json.Number's (or jsoniter's Number's) Int64, Float64 and String (and
// gjson's value methods); the
// message keeps its role through a conversion to a string or []byte, and
// gjson's String and Value. For a call with two results
// (code, err := strconv.Atoi(resp.ErrorCode)) the role is its first
// result's; codeswitch follows locals declared so. What stays quiet: len of
// the message, strconv.ParseBool, any other function of a code.
//
// Both keep their role through nil-safe pointer helpers (derefs.go): a
// function of a pointer-helper library (go-openapi/swag, the AWS SDKs'
// aws, samber/lo, k8s.io/utils/ptr and pointer, protobuf's proto) shaped
// func(*T) T, func(*T, T) T or func(T) *T (swag.Int64Value(p.ErrorCode),
// aws.ToString, lo.FromPtr, ptr.Deref(p, ""), swag.String(msg),
// proto.String), and the consumer's own reader, in any package, signal or
// not (a fact for every importer): a function whose pointer parameter p is
// never assigned and whose every return gives *p or a zero value (a
// constant, T{}, var zero T, the named result), directly or through a
// local holding only those (func deref[T any](p *T) T, func str(p
// *string) string { if p == nil { return "" }; return *p }). What stays
// quiet: a helper answering len(*p) or a text of its own.
//
// # Sentinel errors
//
// Many clients never hand a code to their callers: they map it to one of
// their package-level error variables, which callers test with errors.Is.
// Such a variable stands for the published failure codes its own package
// ties it to ([Result.SentinelCodes], a fact for every importer):
//   - a map literal from codes to errors, anywhere in the package
//     (map[ReturnCode]error{OTPInvalid: ErrBadOTP, BogusOTP: ErrBadOTP}),
//     whose key type is a return-code type, whose keys are constants
//     named and valued as published codes, or whose keys are three or more
//     published failure codes written as numbers (map[int]error{9010:
//     ErrBackend, 9012: ErrDelivery, 9051: ErrTamper}, as [CodeLiterals]);
//   - a return in a switch over a code (case OTPInvalid, BogusOTP: return
//     ErrBadOTP; a default clause stands for every code the switch lists
//     nowhere), in a tagless switch or an if comparing a code with
//     constants (if r.ErrorCode == DatabaseError { return ErrUpstream }),
//     or right after a switch over a code with no default (switch code
//     {...}; return ErrUpstream: the codes the switch lists nowhere, and
//     those of clauses not ending in a return);
//   - an error type's Is method switching or testing its target and
//     returning a condition on its code (switch target { case ErrBadOTP:
//     return e.Code == OTPInvalid || e.Code == BogusOTP });
//   - an error literal whose code field is set to a code, by key or by
//     position (var ErrReplay = &StatusError{ErrCode: RC_OTP_ALREADY_USED},
//     sentinel{StatusOTPUsed, "otp used"}), or a call of a constructor of
//     the package whose body returns such a literal storing its parameter
//     in the code field (var ErrOTPInvalid = newErr(9003, "otp invalid"),
//     func newErr(code int, msg string) *APIError { return &APIError{Code:
//     code, Msg: msg} }): a client's APIError.Is matching by code makes
//     errors.Is(err, ErrOTPInvalid) true for every answer carrying 9003. A
//     constructor parameter given only constants stores constants, so it
//     does not keep the field from the code's role (see Response fields);
//   - any of the first two over a mirror of the codes (see Mirrors) instead
//     of a code: a map keyed by its constants, a switch over it, an if
//     comparing it with == or != (a service's switch res.Outcome { case
//     surepass.OTPInvalid, surepass.OTPReused: return ErrWrongCode }), a
//     constant standing for the codes mapped to it. The package's own
//     mirrors are found first.
//
// The variable is the returned value, or wrapped in it: fmt.Errorf("%w
// ...", ErrBadOTP), &PanelError{Err: ErrBadOTP}, target == ErrBadOTP.
// Success is never one of its codes. The variable may be another
// package's exported one (sentinels in a package of their own, the table
// in the client): the client's package then lists it in a package fact,
// which every importer reads. The tying package must have a signal; it is
// walked once, and only when it declares a package-level error variable or
// imports a package (other than a few standard ones) that exports one.
// What stays quiet: another
// vendor's table (its key type mirrors no enum, its package has no
// signal), a SurePassID client's own errors tied to nothing
// (ErrNoSession), a table keyed by ports or other integers that are not
// named as codes.
//
// # Mirrors
//
// Many clients turn the code into their own enum at once and hand only
// that to their callers. A named string or integer type of the package
// (not a return-code type, not an error) mirrors the codes ([Result.MirrorOf],
// a fact for every importer) when the package maps published codes to its
// constants:
//   - a package-level map literal keyed by published codes whose values
//     are constants of the type (var outcomeByCode = map[int]Outcome{0:
//     OK, 9002: OTPReused, 9003: OTPInvalid, 9030: OTPInvalid, ...}),
//     with the constant a function returns when its lookup in the table
//     misses (if o, ok := outcomeByCode[code]; ok { return o }; return
//     Unknown) for every code the table leaves out;
//   - a function with that one result whose switch over a value returns a
//     constant from each clause, every case value a published code (case
//     9002: return OTPReused ... default: return Unknown; a return after
//     the switch stands for the codes listed nowhere).
//
// It must map at least three published failure codes, and Success by
// name to a constant of its own (0: OK, case 0: return OK) that the
// unlisted codes do not share: a table of a few failures beside a
// default (gateOpen), or a mapping that hands unlisted codes Success's
// constant, is no mirror (that mapping is itself fail-open, and codeswitch
// reports it). Two mappings giving a code different constants make none.
//
// Each mapping function is also a classifier with a mapping of its own
// ([Result.FuncMirror], a fact for importers of an exported one), kept
// whether or not the pooled mappings of its type make a mirror: a
// function with the one result of the type whose switch is its body (as
// above), whose body is ifs each comparing one value with published codes
// joined by || and returning a constant, then a return of one for the
// codes listed nowhere (if c == 9003 || c == 9030 { return Deny }; return
// Allow), or whose returns give only a lookup in one such table (return
// otpVerdicts[s], or v of v, ok := loginVerdicts[s] never written again)
// or one constant of the type, its ifs testing the lookup's ok alone (if
// !ok { return VerdictAllow }). The codes the table leaves out get that
// constant, or the zero value when none is returned. It must map three
// published failure codes too; Success need not be listed. Two
// classifiers over one type may map a code differently: each answer is
// read with its own function's mapping.
//
// Constants named like published codes alone (OTP_REUSED = "OTP_REUSED",
// no table in sight) do not make a mirror: another vendor's statuses look
// the same, and without the mapping nothing says which codes the others
// (Unknown, Locked) stand for.
//
// # Signal
//
// A package has a SurePassID signal when it imports this module's codes
// package or a package that has one, when its name or path mentions
// surepass, when a package-level struct has a field tagged
// spAccountLoginName or spAccountLoginKey (the SurePassID request fields;
// json or protobuf tags), when a package-level string constant or variable
// mentions surepassid or U2FServer.aspx (the API endpoint), when it
// declares a return-code type, a const block mirroring the enum or a
// configured type or field (by flag or directive); and, failing all of
// those, when anything in its files shows SurePassID: a string literal,
// function bodies included, naming a request field (a map or form key, a
// local struct's tag), the endpoint or host (a configuration default), or
// a protobuf package or service (surepass.v1.Auth, surepass/v1/auth.proto,
// "surepass" followed by a dot or a slash), or a composite-literal key
// named as a request field. Prose that mentions SurePass ("We moved from
// SurePass") is not a signal, nor is another vendor's endpoint.
// [EndpointMark] answers the endpoint test alone (rawexposure's requests
// to the endpoint).
//
// Checks do no further work in packages with no signal, so the cost of
// surepasslint in unrelated code is one scan of package-level declarations
// (and of comment lines for the directive prefix) and one walk of the
// syntax for string literals, run last (BenchmarkBodySignal: 3 to 5 ms on
// net/http, four to ten times BenchmarkOwnSignal's declaration scan in the
// same run), and only in a file whose source holds the start of a mark;
// never in the standard library.
//
// Recognition crosses packages through facts: a mirror type (and a
// mirror of the codes, see Mirrors), a code set, a response field, a function's result role and a package's signal are exported and
// seen by every importer, directly or not.
//
// # Directives
//
// Users configure recognition, sinks and required codes in the code itself,
// with comments every driver reads the same way (no flag, setting or file):
//   - //surepasslint:codetype in the doc or line comment of a package-level
//     named integer type: a return-code type;
//   - //surepasslint:codefield, //surepasslint:messagefield in the doc or
//     line comment of an integer (string) field of a package-level struct
//     type: a code (message) field;
//   - //surepasslint:sink N [M ...] or N... in the doc comment of a function,
//     method or interface method: those arguments (0-based, receiver
//     excluded; N... for N and every later one) reach the user (see
//     [Result.Sink]; rawexposure's);
//   - //surepasslint:require NAME,... and //surepasslint:ignore NAME,... in
//     the package doc comment: published codes the package's switches must
//     also, or need not, handle (see [Result.PackageCodes]; codeswitch's).
//
// Each may end with a "// remark". Types, fields and sinks travel to other
// packages as facts (a directive's doc comment is not in export data);
// require and ignore apply to their own package. A codetype, codefield or
// messagefield directive is a SurePassID signal; a sink alone is not (a UI
// package is not SurePassID code). A directive that cannot mean anything
// (unknown name, bad argument, wrong kind of declaration, a declaration
// inside a function) is a problem reported at the directive, category
// [DirectiveCategory], by [Result.ReportDirectives], which each check calls
// for its share: codeswitch reports bad require and ignore directives (it
// alone reads them), rawexposure every other one. A fixed owner, not
// "whichever check runs first", keeps the report deterministic, so drivers
// that analyze a file twice (a package and its test variant) and
// de-duplicate by check show it once. Directives in generated files count,
// but their problems are not reported (nothing is, in generated files).
//
// Cost: one prefix test per comment line of each file; only files holding a
// //surepasslint: comment have their package-level declarations walked.
package spid
