package web_test

import (
	"net/http/httptest"
	"testing"

	"example.com/mod/surepass"
	"example.com/mod/web"
)

func TestHandleResend(t *testing.T) {
	srv := &web.Server{SurePass: &surepass.Client{}}
	_ = srv
	_ = httptest.NewRecorder()
}
