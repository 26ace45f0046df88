// Package pkgdir adjusts its switches' required codes with package
// directives; the bad ones are reported.
//
//surepasslint:require SMSSendError EmailSendError
//surepasslint:ignore DatabaseError
//surepasslint:require SMSFailed // want `codeswitch: //surepasslint:require: unknown SurePassID return code "SMSFailed" \(use the published name, e.g. SMSSendError\)`
//surepasslint:ignore // want `codeswitch: //surepasslint:ignore names no return code: want published names`
//surepasslint:codetype // want `rawexposure: //surepasslint:codetype does not apply to package pkgdir: write it in the doc or line comment of a package-level named integer type`
package pkgdir // want "require EmailSendError,SMSSendError; ignore DatabaseError"

//surepasslint:require SMSSendError // want `codeswitch: //surepasslint:require does not apply to type Code: write it in the package doc comment, right above the package clause`
type Code int
