// Package sarif writes surepasslint findings as SARIF 2.1.0 for GitHub code
// scanning and other SARIF consumers.
//
// The run's tool.driver lists one rule per check (id, name, short and full
// description and help from the check's documentation, helpUri, default level,
// and the security-severity and tags GitHub uses to rank security alerts),
// plus the lintignore rule for reports about //lint:ignore directives. Each
// result carries its rule, level, message, location, related locations and the
// check's suggested fixes. File locations are relative to a source root with
// uriBaseId %SRCROOT%, which is how GitHub maps them onto the repository;
// columns are counted in UTF-16 code units, SARIF's default.
//
// The structs come from honnef.co/go/tools/sarif where they fit; the rule,
// tool and run structs are declared here because those lack fields GitHub
// reads (rule name, fullDescription, properties).
package sarif
