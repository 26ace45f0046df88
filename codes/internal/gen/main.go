// Command gen generates package codes from the published SurePassID return-code
// list (api-return-codes.txt, a verbatim copy of the vendor's page) and the
// reviewed classification (classification.tsv).
//
// It is run by go generate in package codes:
//
//	go run ./internal/gen -list api-return-codes.txt -class classification.tsv -out zz_codes.go
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	list := flag.String("list", "api-return-codes.txt", "published return-code list")
	class := flag.String("class", "classification.tsv", "classification table")
	out := flag.String("out", "zz_codes.go", "output file")
	flag.Parse()
	if err := run(*list, *class, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(listPath, classPath, outPath string) error {
	list, err := os.ReadFile(listPath)
	if err != nil {
		return err
	}
	class, err := os.ReadFile(classPath)
	if err != nil {
		return err
	}
	src, err := Generate(list, class)
	if err != nil {
		return err
	}
	return os.WriteFile(outPath, src, 0o644)
}

// member is one published enum member joined with its classification row.
type member struct {
	Name      string
	Value     int
	Category  string
	Security  bool
	Rationale string
	Message   string
}

var enumRE = regexp.MustCompile(`public enum APIReturnCode \{([^}]*)\}`)

// parseEnum extracts "Name = Value" members, in published order, from the
// text of the vendor's page.
func parseEnum(text []byte) ([]member, error) {
	m := enumRE.FindSubmatch(text)
	if m == nil {
		return nil, fmt.Errorf("no 'public enum APIReturnCode { ... }' in the list")
	}
	var out []member
	seen := map[string]bool{}
	seenValue := map[int]string{}
	for _, item := range strings.Split(string(m[1]), ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		name, value, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("enum member %q has no value", item)
		}
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		v, err := strconv.Atoi(value)
		if err != nil {
			return nil, fmt.Errorf("enum member %s: bad value %q", name, value)
		}
		if seen[name] {
			return nil, fmt.Errorf("enum member %s listed twice", name)
		}
		if prev, dup := seenValue[v]; dup {
			return nil, fmt.Errorf("enum members %s and %s share value %d", prev, name, v)
		}
		seen[name], seenValue[v] = true, name
		out = append(out, member{Name: name, Value: v})
	}
	return out, nil
}

var categories = map[string]string{
	"success":           "CategorySuccess",
	"authentication":    "CategoryAuthentication",
	"otp":               "CategoryOTP",
	"lockout":           "CategoryLockout",
	"account-state":     "CategoryAccountState",
	"device":            "CategoryDevice",
	"transaction":       "CategoryTransaction",
	"sso-policy":        "CategorySSOPolicy",
	"fido":              "CategoryFIDO",
	"session-token":     "CategorySessionToken",
	"password-recovery": "CategoryPasswordRecovery",
	"delivery":          "CategoryDelivery",
	"provisioning":      "CategoryProvisioning",
	"internal":          "CategoryInternal",
	"configuration":     "CategoryConfiguration",
}

// classify joins the classification table to the members; every member must
// have exactly one row and every row a member.
func classify(members []member, table []byte) error {
	rows := map[string][]string{}
	for i, line := range strings.Split(string(table), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return fmt.Errorf("classification line %d: want 5 tab-separated columns, got %d", i+1, len(f))
		}
		if _, dup := rows[f[0]]; dup {
			return fmt.Errorf("classification line %d: %s classified twice", i+1, f[0])
		}
		rows[f[0]] = f
	}
	for i := range members {
		m := &members[i]
		f, ok := rows[m.Name]
		if !ok {
			return fmt.Errorf("published code %s (%d) has no classification row", m.Name, m.Value)
		}
		delete(rows, m.Name)
		if _, ok := categories[f[1]]; !ok {
			return fmt.Errorf("%s: unknown category %q", m.Name, f[1])
		}
		m.Category = f[1]
		switch f[2] {
		case "yes":
			m.Security = true
		case "no":
		default:
			return fmt.Errorf("%s: security-relevant must be yes or no, not %q", m.Name, f[2])
		}
		m.Rationale = strings.TrimSpace(f[3])
		m.Message = strings.TrimSpace(f[4])
		if m.Rationale == "" {
			return fmt.Errorf("%s: empty rationale", m.Name)
		}
		if m.Security != (m.Message == "-") {
			return fmt.Errorf("%s: security-relevant codes take the generic message (\"-\"), the others their own", m.Name)
		}
	}
	for name := range rows {
		return fmt.Errorf("classification row %s names no published code", name)
	}
	return nil
}

// Generate returns the gofmt-ed source of zz_codes.go.
func Generate(list, table []byte) ([]byte, error) {
	members, err := parseEnum(list)
	if err != nil {
		return nil, err
	}
	if err := classify(members, table); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by codes/internal/gen from api-return-codes.txt and classification.tsv. DO NOT EDIT.\n\n")
	b.WriteString("package codes\n\n")
	b.WriteString("// The published SurePassID return codes, named exactly as published (misspellings included).\n")
	b.WriteString("const (\n")
	for _, m := range members {
		sec := "not security-relevant"
		if m.Security {
			sec = "security-relevant"
		}
		fmt.Fprintf(&b, "\t// %s (%d): %s, %s. %s\n", m.Name, m.Value, m.Category, sec, m.Rationale)
		fmt.Fprintf(&b, "\t%s ReturnCode = %d\n", m.Name, m.Value)
	}
	b.WriteString(")\n\n")
	b.WriteString("// table holds every published code in published order.\n")
	b.WriteString("var table = [...]info{\n")
	for _, m := range members {
		msg := strconv.Quote(m.Message)
		if m.Security {
			msg = `""`
		}
		fmt.Fprintf(&b, "\t{%s, %q, %s, %t, %q, %s},\n", m.Name, m.Name, categories[m.Category], m.Security, m.Rationale, msg)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
