package spid

import (
	"flag"
	"fmt"
	"sort"
	"strings"
)

// Flags holds the recognition settings shared by every check. The CLI
// registers them un-prefixed (-codetypes, -codefields, -messagefields); the
// golangci-lint plugin maps its settings of the same names onto them.
var Flags = flag.NewFlagSet("surepassid", flag.ContinueOnError)

var (
	codeTypes     = nameList{parts: 2, what: "import/path.TypeName"}
	codeFields    = nameList{parts: 3, what: "import/path.TypeName.Field"}
	messageFields = nameList{parts: 3, what: "import/path.TypeName.Field"}
)

func init() {
	Flags.Var(&codeTypes, "codetypes", "comma-separated named types whose values are SurePassID return codes (import/path.TypeName)")
	Flags.Var(&codeFields, "codefields", "comma-separated struct fields holding a SurePassID return code (import/path.TypeName.Field)")
	Flags.Var(&messageFields, "messagefields", "comma-separated struct fields holding the raw SurePassID errorMessage (import/path.TypeName.Field)")
}

// nameList is a comma-separated set of qualified names: an import path,
// then parts-1 dot-separated identifiers.
type nameList struct {
	parts int
	what  string
	set   map[string]bool
}

func (l *nameList) String() string {
	if l == nil {
		return ""
	}
	names := make([]string, 0, len(l.set))
	for n := range l.set {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

func (l *nameList) Set(s string) error {
	set := map[string]bool{}
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		slash := strings.LastIndex(n, "/")
		ids := strings.Split(n[slash+1:], ".")
		if len(ids) != l.parts {
			return fmt.Errorf("%q is not of the form %s", n, l.what)
		}
		for _, id := range ids {
			if id == "" {
				return fmt.Errorf("%q is not of the form %s", n, l.what)
			}
		}
		set[n] = true
	}
	l.set = set
	return nil
}

func (l *nameList) has(name string) bool { return l.set[name] }

// configured reports whether any name in l belongs to package path.
func (l *nameList) inPackage(path string) bool {
	for n := range l.set {
		if strings.HasPrefix(n, path+".") && !strings.Contains(n[len(path)+1:], "/") {
			return true
		}
	}
	return false
}
