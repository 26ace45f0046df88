// Package othervendor calls another vendor's API whose answers carry the
// same errorCode and errorMessage fields, and relays them through the same
// frameworks; with no SurePassID signal nothing here is reported.
package othervendor

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/go-chi/render"
	"github.com/gorilla/sessions"
	"github.com/gorilla/websocket"
	"github.com/kataras/iris/v12"
	"github.com/valyala/fasthttp"
)

type acmeResponse struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func fetch(ctx context.Context, id string) (*acmeResponse, error) {
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

func shipment(w http.ResponseWriter, r *http.Request) {
	out, err := fetch(r.Context(), r.FormValue("id"))
	if err != nil {
		render.Status(r, http.StatusBadGateway)
		render.PlainText(w, r, "unavailable")
		return
	}
	if out.ErrorCode != 0 {
		render.JSON(w, r, render.M{"error": out.ErrorMessage, "code": out.ErrorCode})
		return
	}
	render.Respond(w, r, out)
}

func flash(w http.ResponseWriter, r *http.Request, s *sessions.Session) {
	out, err := fetch(r.Context(), r.FormValue("id"))
	if err == nil && out.ErrorCode != 0 {
		s.AddFlash(out.ErrorMessage)
		_ = s.Save(r, w)
	}
}

func push(conn *websocket.Conn, id string) error {
	out, err := fetch(context.Background(), id)
	if err != nil {
		return err
	}
	return conn.WriteJSON(out)
}

func irisShipment(ctx iris.Context) {
	out, err := fetch(ctx.Request().Context(), ctx.FormValue("id"))
	if err == nil && out.ErrorCode != 0 {
		ctx.StopWithText(http.StatusBadRequest, "shipment failed: %s", out.ErrorMessage)
	}
}

func fastShipment(ctx *fasthttp.RequestCtx) {
	out, err := fetch(context.Background(), string(ctx.FormValue("id")))
	if err == nil && out.ErrorCode != 0 {
		ctx.Error(out.ErrorMessage, fasthttp.StatusBadGateway)
	}
}
