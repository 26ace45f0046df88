package othervendor

import (
	"context"
	"encoding/json"
	"errors"

	restful "github.com/emicklei/go-restful/v3"
	"github.com/go-fuego/fuego"
	kerrors "github.com/go-kratos/kratos/v2/errors"
	"github.com/olahol/melody"
)

type shipmentOut struct {
	Message string `json:"message"`
}

// The same relays through fuego, go-restful, kratos and melody: quiet.
func fuegoShipment(c fuego.ContextNoBody) (*shipmentOut, error) {
	out, err := fetch(c.Context(), c.QueryParam("id"))
	if err != nil {
		return nil, err
	}
	if out.ErrorCode != 0 {
		if c.QueryParam("strict") != "" {
			return nil, fuego.BadRequestError{Detail: out.ErrorMessage}
		}
		return nil, errors.New(out.ErrorMessage)
	}
	return &shipmentOut{Message: out.ErrorMessage}, nil
}

func restfulShipment(req *restful.Request, resp *restful.Response) {
	out, err := fetch(req.Request.Context(), req.QueryParameter("id"))
	if err == nil && out.ErrorCode != 0 {
		_ = resp.WriteErrorString(400, out.ErrorMessage)
	}
}

func kratosShipment(m *melody.Melody, id string) error {
	out, err := fetch(context.Background(), id)
	if err != nil || out.ErrorCode == 0 {
		return err
	}
	frame, _ := json.Marshal(shipmentOut{Message: out.ErrorMessage})
	_ = m.Broadcast(frame)
	return kerrors.BadRequest("SHIPMENT", out.ErrorMessage)
}
