// Package pushwait is the gin side of push approvals: the browser polls
// until the phone answers, and the JSON it gets says how that went. The
// server's answer is kept for the audit trail in the arms that refuse.
package pushwait

import (
	"context"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"rawexposure/branches/otpapi"
)

// Server answers the polls.
type Server struct {
	OTP  *otpapi.Client
	Wait time.Duration
	Log  *log.Logger
}

func (s *Server) answer(ctx context.Context, user string) <-chan *otpapi.Answer {
	ch := make(chan *otpapi.Answer, 1)
	go func() {
		a, err := s.OTP.Check(ctx, user, "")
		if err == nil {
			ch <- a
		}
	}()
	return ch
}

// Poll waits for the phone: the server's words go into data in the clause
// that refuses and returns; the timeout's reply and the approval after the
// select carry none of them.
func (s *Server) Poll(c *gin.Context) {
	data := gin.H{"user": c.Param("user")}
	select {
	case a := <-s.answer(c.Request.Context(), c.Param("user")):
		if a.ErrorCode != 0 {
			data["reason"] = a.ErrorMessage
			s.Log.Printf("push refused: %v", data)
			c.JSON(http.StatusForbidden, gin.H{"error": "push refused"})
			return
		}
		data["approved"] = true
	case <-time.After(s.Wait):
		data["approved"] = false
		c.JSON(http.StatusGatewayTimeout, data)
		return
	}
	c.JSON(http.StatusOK, data)
}

// PollVerbose keeps the refusal's words in the reply after the select.
func (s *Server) PollVerbose(c *gin.Context) {
	data := gin.H{"user": c.Param("user")}
	select {
	case a := <-s.answer(c.Request.Context(), c.Param("user")):
		if a.ErrorCode != 0 {
			data["reason"] = a.ErrorMessage
		}
	case <-time.After(s.Wait):
		data["timeout"] = true
	}
	c.JSON(http.StatusOK, data) // want `raw SurePassID errorMessage`
}

// verdict is the poll's reply as a struct value.
type verdict struct {
	User   string `json:"user"`
	State  string `json:"state"`
	Detail string `json:"detail,omitempty"`
}

// Result reports per kind of outcome; the detail is filled only for the
// kind that is logged.
func (s *Server) Result(c *gin.Context) {
	v := verdict{User: c.Param("user")}
	var out any
	select {
	case a := <-s.answer(c.Request.Context(), v.User):
		out = a
	case <-time.After(s.Wait):
		out = context.DeadlineExceeded
	}
	switch x := out.(type) {
	case *otpapi.Answer:
		if x.ErrorCode == 0 {
			v.State = "approved"
			c.JSON(http.StatusOK, v)
			return
		}
		v.State = "refused"
		v.Detail = x.ErrorMessage
		s.Log.Printf("refused: %+v", v)
		c.JSON(http.StatusForbidden, gin.H{"state": "refused"})
	case error:
		v.State = "timeout"
		c.JSON(http.StatusGatewayTimeout, v)
	}
}

// Back sends the browser back to the app with the code in the query when
// asked to; the other arm's link carries none of it.
func (s *Server) Back(c *gin.Context) {
	u, err := url.Parse(c.Query("app"))
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	a, err := s.OTP.Check(c.Request.Context(), c.Param("user"), c.PostForm("otp"))
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	vals := u.Query()
	if c.Query("debug") == "" {
		vals.Set("ok", strconv.FormatBool(a.ErrorCode == 0))
		u.RawQuery = vals.Encode()
		c.Redirect(http.StatusFound, u.String())
	} else {
		vals.Set("code", strconv.Itoa(a.ErrorCode))
		u.RawQuery = vals.Encode()
		c.Redirect(http.StatusFound, u.String()) // want `raw SurePassID return code`
	}
}

// Routes registers a handler written as a closure: its locals are its
// own, and the server's words stay in the clause that logs them.
func (s *Server) Routes(r *gin.Engine) {
	r.GET("/push/:user/state", func(c *gin.Context) {
		a, err := s.OTP.Check(c.Request.Context(), c.Param("user"), c.Query("otp"))
		if err != nil {
			c.Status(http.StatusBadGateway)
			return
		}
		data := gin.H{"user": c.Param("user")}
		switch {
		case a.ErrorCode == 0:
			data["approved"] = true
			c.JSON(http.StatusOK, data)
		default:
			data["reason"] = a.ErrorMessage
			s.Log.Printf("refused: %v", data)
			c.JSON(http.StatusForbidden, gin.H{"approved": false})
		}
	})
}

// Sticky keeps one reply map for every poll: what a refused poll puts
// into it, the next poll sends.
type Sticky struct {
	OTP   *otpapi.Client
	Reply gin.H
}

// Poll refuses in one arm and answers with the shared map in the other.
func (st *Sticky) Poll(c *gin.Context) {
	reply := st.Reply
	a, err := st.OTP.Check(c.Request.Context(), c.Param("user"), c.Query("otp"))
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	if a.ErrorCode != 0 {
		reply["reason"] = a.ErrorMessage
		c.JSON(http.StatusForbidden, gin.H{"approved": false})
		return
	}
	c.JSON(http.StatusOK, reply) // want `raw SurePassID errorMessage`
}
