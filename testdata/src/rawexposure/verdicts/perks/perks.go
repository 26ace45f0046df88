// Package perks reads the loyalty partner's answers with jsonparser: the
// same errorCode and errorMessage keys as SurePassID, but another vendor
// whose messages are written for guests. Nothing here is reported.
package perks

import (
	"context"
	"fmt"
	"net/http"

	"github.com/buger/jsonparser"
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
)

// Notice is what the pages see of a redemption.
type Notice interface {
	Text() string
}

type notice struct{ text string }

func (n notice) Text() string { return n.text }

func parse(body []byte) (int64, string, error) {
	code, err := jsonparser.GetInt(body, "errorCode")
	if err != nil {
		return 0, "", err
	}
	msg, _ := jsonparser.GetString(body, "errorMessage")
	return code, msg, nil
}

// Redeem spends points.
func Redeem(ctx context.Context, body []byte) (Notice, error) {
	code, msg, err := parse(body)
	if err != nil {
		return nil, err
	}
	if code != 0 {
		return notice{text: msg}, fmt.Errorf("perks: %s", msg)
	}
	return notice{text: "Enjoy!"}, nil
}

// Page shows the partner's message.
func Page(ctx context.Context, c *app.RequestContext) {
	n, err := Redeem(ctx, []byte(c.PostForm("receipt")))
	if err != nil {
		c.JSON(http.StatusConflict, utils.H{"error": err.Error(), "notice": n.Text()})
		return
	}
	c.HTML(http.StatusOK, "perks.tmpl", utils.H{"Flash": n.Text()})
}
