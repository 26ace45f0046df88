package spid

import (
	"go/ast"
	"go/token"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
)

// otherVendors returns the names of the other services the package calls:
// for every http(s) URL in a string literal that is not SurePassID's (no
// surepass in the host, no U2FServer.aspx), the label of its host before
// the top-level domain (twilio for https://verify.twilio.com/v2), at least
// four letters long and not a generic one (genericLabels). Run only in
// packages with a signal, or with a group of constants recognized by its
// names (otherdomain.go).
func otherVendors(files []*ast.File) map[string]bool {
	var out map[string]bool
	for _, file := range files {
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || !strings.Contains(lit.Value, "http") {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || literalSignal(lit.Value) {
				return true
			}
			u, err := url.Parse(s)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
				return true
			}
			host := strings.ToLower(u.Hostname())
			if host == "" || isIP(host) {
				return true
			}
			labels := strings.Split(host, ".")
			if len(labels) < 2 {
				return true // localhost, a bare on-premises name
			}
			if name := labels[len(labels)-2]; len(name) >= 4 && !genericLabels[name] {
				if out == nil {
					out = map[string]bool{}
				}
				out[name] = true
			}
			return true
		})
	}
	return out
}

// genericLabels are second-level host labels that name no vendor (api.io,
// a .com.au domain, Cloud Run's run.app, an internal cluster).
var genericLabels = map[string]bool{
	"apis": true, "apps": true, "cloud": true, "internal": true, "local": true,
	"corp": true, "cluster": true, "intranet": true, "example": true,
}

// forOtherVendor reports whether a struct type named typeName is declared
// for another vendor the package calls: its name contains that vendor's
// name (twilioVerifyReply beside https://verify.twilio.com). Such a
// struct's fields are not recognized by their names.
func forOtherVendor(typeName string, vendors map[string]bool) bool {
	if typeName == "" || len(vendors) == 0 {
		return false
	}
	name := strings.ToLower(typeName)
	for v := range vendors {
		if strings.Contains(name, v) {
			return true
		}
	}
	return false
}

// isIP reports whether host is an IP address literal. It uses net/netip, not
// net.ParseIP: importing package net links the cgo resolver, so every vet
// tool process would start through the dynamic loader.
func isIP(host string) bool {
	_, err := netip.ParseAddr(host)
	return err == nil
}
