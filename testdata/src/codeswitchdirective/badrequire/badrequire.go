// Package badrequire requires a code SurePassID does not publish: the bad
// directive is reported under codeswitch, in category "directive".
//
//surepasslint:require SMSSendEror // want `SMSSendEror`
package badrequire
