// Package otherhub relays another vendor's answers, with the same
// errorCode and errorMessage fields, to centrifuge clients; with no
// SurePassID signal nothing here is reported.
package otherhub

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/centrifugal/centrifuge"
)

type quote struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func fetchQuote(ctx context.Context, sym string) (*quote, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.tickers.example/quote/"+sym, nil)
	if err != nil {
		return nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var q quote
	if err := json.NewDecoder(res.Body).Decode(&q); err != nil {
		return nil, err
	}
	if q.ErrorCode != 0 {
		return &q, fmt.Errorf("tickers: %s", q.ErrorMessage)
	}
	return &q, nil
}

// Quote answers a quote RPC and pushes it to the ticker channel.
func Quote(n *centrifuge.Node, c *centrifuge.Client, e centrifuge.RPCEvent, cb centrifuge.RPCCallback) {
	q, err := fetchQuote(c.Context(), string(e.Data))
	if err != nil {
		cb(centrifuge.RPCReply{}, &centrifuge.Error{Code: 4001, Message: err.Error()})
		if q != nil {
			_, _ = n.Publish("tickers", []byte(q.ErrorMessage))
			_ = c.Send([]byte(q.ErrorMessage))
			c.Disconnect(centrifuge.Disconnect{Code: 4400, Reason: q.ErrorMessage})
		}
		return
	}
	data, _ := json.Marshal(q)
	cb(centrifuge.RPCReply{Data: data}, nil)
}
