// Package otpsvc is the OTP check as a NATS micro service.
package otpsvc

import (
	"context"
	"encoding/json"
	"log"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/micro"

	"rawexposure/messaging/otpapi"
)

type checkReply struct {
	Valid  bool   `json:"valid"`
	Reason string `json:"reason,omitempty"`
}

// Start registers the service.
func Start(nc *nats.Conn, api *otpapi.Client) (micro.Service, error) {
	return micro.AddService(nc, micro.Config{
		Name:    "otp",
		Version: "1.0.0",
		Endpoint: &micro.EndpointConfig{
			Subject: "otp.check",
			Handler: micro.HandlerFunc(func(req micro.Request) {
				var in struct{ User, OTP string }
				if err := json.Unmarshal(req.Data(), &in); err != nil {
					req.Error("400", "bad request", nil)
					return
				}
				res, err := api.Validate(ctxOf(req), in.User, in.OTP)
				if err != nil {
					req.Error("503", "unavailable", nil)
					return
				}
				switch {
				case res.OK():
					req.RespondJSON(checkReply{Valid: true})
				case res.Code == "9003":
					log.Printf("otp %s: %s", in.User, res.Message)
					req.RespondJSON(checkReply{Reason: "The code is not valid."})
				default:
					req.Error("401", res.Message, nil) // want `raw SurePassID errorMessage`
				}
			}),
		},
	})
}

// detailed answers with the server's text in the JSON body.
func detailed(api *otpapi.Client) micro.HandlerFunc {
	return func(req micro.Request) {
		var in struct{ User, OTP string }
		_ = json.Unmarshal(req.Data(), &in)
		res, err := api.Validate(ctxOf(req), in.User, in.OTP)
		if err != nil {
			req.Respond([]byte("unavailable"))
			return
		}
		req.RespondJSON(checkReply{Valid: res.OK(), Reason: res.Message}) // want `raw SurePassID errorMessage`
	}
}

// plain answers with the server's text as bytes.
func plain(api *otpapi.Client) micro.Handler {
	return micro.HandlerFunc(func(req micro.Request) {
		var in struct{ User, OTP string }
		_ = json.Unmarshal(req.Data(), &in)
		if err := api.Check(ctxOf(req), in.User, in.OTP); err != nil {
			req.Respond([]byte(err.Error())) // want `raw SurePassID errorMessage`
			return
		}
		req.Respond([]byte("ok"))
	})
}

func ctxOf(micro.Request) context.Context { return context.Background() }
