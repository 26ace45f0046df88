// Package othervendor serves a connect handler and a gqlgen-shaped
// resolver over another vendor's API whose responses also carry errorCode
// and errorMessage: with no SurePassID signal nothing is reported.
package othervendor

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"connectrpc.com/connect"
)

type acmeResponse struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

type ShipRequest struct{ ID string }
type ShipReply struct{ Status string }

func track(ctx context.Context, id string) (*acmeResponse, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.acme.example/shipments/"+id, nil)
	if err != nil {
		return nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out acmeResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Track relays the vendor's message: not SurePassID's.
func Track(ctx context.Context, req *connect.Request[ShipRequest]) (*connect.Response[ShipReply], error) {
	out, err := track(ctx, req.Msg.ID)
	if err != nil {
		return nil, err
	}
	if out.ErrorCode != 0 {
		return nil, connect.NewError(connect.CodeNotFound, errors.New(out.ErrorMessage))
	}
	return connect.NewResponse(&ShipReply{Status: out.ErrorMessage}), nil
}
