package codeswitch

import (
	"fmt"
	"sort"
	"strings"

	"github.com/surepasslint/surepasslint/codes"
)

// Names listed in -codeswitch.require are handled as security-relevant on
// top of codes' classification; names in -codeswitch.ignore are not.
var require, ignore codeList

func init() {
	Analyzer.Flags.Var(&require, "require", "comma-separated published return-code names that a switch must also handle (e.g. SMSSendError)")
	Analyzer.Flags.Var(&ignore, "ignore", "comma-separated published return-code names that a switch need not handle (e.g. DatabaseError)")
}

// codeList is a comma-separated set of published return-code names.
type codeList map[codes.ReturnCode]bool

func (l *codeList) String() string {
	if l == nil {
		return ""
	}
	var names []string
	for c := range *l {
		names = append(names, c.String())
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

func (l *codeList) Set(s string) error {
	set := codeList{}
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		c, ok := codes.Lookup(name)
		if !ok {
			return fmt.Errorf("unknown SurePassID return code %q (use the published name, e.g. OTPInvalid)", name)
		}
		set[c] = true
	}
	*l = set
	return nil
}

// requiredCodes returns, in published order, the codes a switch must handle:
// the security-relevant ones, adjusted by the package's
// //surepasslint:require and ignore directives (pkgRequire, pkgIgnore), then
// by -codeswitch.require and -codeswitch.ignore, which take precedence.
func requiredCodes(pkgRequire, pkgIgnore map[codes.ReturnCode]bool) []codes.ReturnCode {
	var out []codes.ReturnCode
	for _, c := range codes.All() {
		req := c.SecurityRelevant()
		for _, set := range []struct {
			codes codeList
			want  bool
		}{{pkgRequire, true}, {pkgIgnore, false}, {require, true}, {ignore, false}} {
			if set.codes[c] {
				req = set.want
			}
		}
		if req {
			out = append(out, c)
		}
	}
	return out
}
