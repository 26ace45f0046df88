package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommittedFileIsFresh regenerates zz_codes.go into a temporary directory
// and fails when the committed file differs: run go generate ./codes.
func TestCommittedFileIsFresh(t *testing.T) {
	out := filepath.Join(t.TempDir(), "zz_codes.go")
	if err := run("../../api-return-codes.txt", "../../classification.tsv", out); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../zz_codes.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("codes/zz_codes.go is stale: run `go generate ./codes` and commit the result")
	}
}

func TestGenerateRejectsBadInput(t *testing.T) {
	list := []byte("public enum APIReturnCode { Success = 0, OTPInvalid = 9003 }")
	good := "Success\tsuccess\tno\tfine.\tDone.\nOTPInvalid\totp\tyes\tleaks.\t-\n"
	if _, err := Generate(list, []byte(good)); err != nil {
		t.Fatalf("good input: %v", err)
	}
	for name, tc := range map[string]struct{ list, table, want string }{
		"no enum":        {"nothing here", good, "no 'public enum"},
		"bad value":      {"public enum APIReturnCode { Success = zero }", good, "bad value"},
		"dup value":      {"public enum APIReturnCode { Success = 0, Other = 0 }", good, "share value"},
		"missing row":    {"public enum APIReturnCode { Success = 0, OTPInvalid = 9003, BogusOTP = 9030 }", good, "BogusOTP (9030) has no classification row"},
		"extra row":      {"public enum APIReturnCode { Success = 0 }", good, "names no published code"},
		"bad category":   {string(list), strings.Replace(good, "\totp\t", "\tweird\t", 1), "unknown category"},
		"bad flag":       {string(list), strings.Replace(good, "\tyes\t", "\tmaybe\t", 1), "yes or no"},
		"columns":        {string(list), "Success\tsuccess\tno\n", "5 tab-separated columns"},
		"message for SR": {string(list), strings.Replace(good, "leaks.\t-", "leaks.\tOops", 1), "generic message"},
	} {
		_, err := Generate([]byte(tc.list), []byte(tc.table))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got error %v, want one containing %q", name, err, tc.want)
		}
	}
}
