// Package codes holds the SurePassID API return codes as Go values, generated
// from the vendor's published list, with a reviewed classification of each
// code and the safe text to show end users.
//
// Every constant is named exactly as SurePassID publishes it, misspellings
// included (DeviceDiabled, PartnerUserLoginAttepmtedOTPByPass, ...), so the
// names you find in SurePassID's documentation are the names you grep for.
// Success is 0; the failures run from 9000 to 9108 (9024 is not published).
//
// # Classification
//
// Each code has a [Category] and a security-relevance flag, each with a
// one-line rationale shown next to its constant below. A code is
// security-relevant when telling an end user that this specific code happened
// reveals an authentication outcome, credential or OTP validity, account or
// device state or existence, a lockout, a policy, a bypass attempt or internal
// system detail. Such codes must all look the same to an end user:
// [UserMessage] returns one [GenericMessage] for every one of them, and
// friendly specific text for the others (delivery failures, informational
// provisioning codes, request mistakes). Where a response of yours carries
// the code itself, [UserCode] does the same for numbers: one [GenericCode]
// for every security-relevant or unknown code, the code itself otherwise.
//
// The classification lives in classification.tsv beside the published list
// (api-return-codes.txt); go generate turns both into zz_codes.go, and a test
// fails when the committed file is stale.
//
// # Decoding responses
//
// [Envelope] decodes the three fields every SurePassID JSON response carries
// (errorCode, errorMessage, type); embed it in your own response structs.
// Its ErrorMessage is the server's raw text: it echoes usernames, token
// serials and the OTP typed, so log it, and show users [UserMessage] instead.
package codes

//go:generate go run ./internal/gen -list api-return-codes.txt -class classification.tsv -out zz_codes.go
