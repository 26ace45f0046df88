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
//     package-level constants carry a published name (optionally prefixed by
//     the type's own name, as in CodeOTPInvalid for type Code) and that
//     name's published value, at least one of them a failure code, and none
//     carries a published name with another value; or
//   - listed in -codetypes (import/path.TypeName, comma-separated).
//
// # Response fields
//
// A struct field is a return code (RoleCode) when its type is a return-code
// type, when it is listed in -codefields (import/path.Type.Field), or when
// it is an integer field tagged json:"errorCode" (or named ErrorCode, as in
// the WCF interface) in a struct that also has an errorMessage field, in a
// package with a SurePassID signal. A string field tagged
// json:"errorMessage" (or named ErrorMsg or ErrorMessage) of such a struct,
// or listed in -messagefields, is the raw message (RoleMessage). Another
// vendor's errorCode/errorMessage struct, in a package with no SurePassID
// signal, is not recognized.
//
// # Signal
//
// A package has a SurePassID signal when it imports this module's codes
// package or a package that has one, when its name or path mentions
// surepass, when a package-level struct has a field tagged
// spAccountLoginName or spAccountLoginKey (the SurePassID request fields),
// when a package-level string constant or variable mentions surepassid or
// U2FServer.aspx (the API endpoint), or when it declares a return-code type
// or a configured type or field. Checks do no further work in packages with
// no signal, so the cost of surepasslint in unrelated code is one scan of
// package-level declarations.
//
// Recognition crosses packages through facts: a mirror type, a response
// field and a package's signal are exported and seen by every importer,
// directly or not.
package spid
