// Package plugin is surepasslint as a golangci-lint v2 module plugin.
//
// Importing it registers the custom linter "surepasslint" with
// github.com/golangci/plugin-module-register. The linter runs every check of
// [github.com/surepasslint/surepasslint/analyzer/all] on type information
// ([register.LoadModeTypesInfo]), so a new check is in the plugin as soon as
// it is in that list.
//
// # Settings
//
// Every flag of the standalone surepasslint command is a setting with the
// same name and meaning, derived from the flag sets themselves:
//
//   - a shared recognition flag such as -codetypes is the top-level setting
//     codetypes;
//   - a check's own flag -<check>.<flag> is <flag> nested under <check>;
//   - disable lists checks not to run (the CLI's -<check>=false).
//
// A bool flag takes true or false, a numeric flag a number, any other flag a
// string or a list of strings, which is joined with commas exactly as it would
// be written on the command line. Keys match case-insensitively. An unknown
// key, a value of the wrong type or one the flag rejects makes golangci-lint
// stop with one line naming the setting, and exit status 3.
//
//	linters:
//	  enable: [surepasslint]
//	  settings:
//	    custom:
//	      surepasslint:
//	        type: module
//	        description: SurePassID fail-open switches and raw error exposure
//	        settings:
//	          codetypes: [example.com/acme/sp.Status]
//	          codeswitch:
//	            require: [SMSSendError]
//	          rawexposure:
//	            sinks: ["example.com/acme/session.Store.AddFlash:1"]
//
// docs/golangci-lint.md has the full flag/setting table, how to build a
// golangci-lint binary with the plugin (with or without GitHub access), and
// why --fast-only leaves surepasslint out.
//
// Settings are flag values, which are process-wide: [New] resets every flag
// to its default before applying its settings.
package plugin
