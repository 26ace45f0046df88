// Package othervendor calls another vendor's API whose responses also carry
// errorCode and errorMessage; with no SurePassID signal nothing here is a
// SurePassID value, so nothing is reported.
package othervendor

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type acmeResponse struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func shipment(c *gin.Context) {
	res, err := http.Get("https://api.acme.example/shipments/" + c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	var out acmeResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if out.ErrorCode != 0 {
		c.JSON(http.StatusBadRequest, gin.H{"error": out.ErrorMessage, "code": out.ErrorCode})
		return
	}
	c.JSON(http.StatusOK, out)
}
