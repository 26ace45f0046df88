// Package acme talks to another vendor whose replies have the same shapes.
package acme

import "encoding/json"

type Reply struct {
	ErrorCode    json.Number `json:"errorCode"`
	ErrorMessage *string     `json:"errorMessage"`
}

type Decoded struct {
	Code int32  `mapstructure:"errorCode"`
	Text string `mapstructure:"errorMessage"`
}

type Legacy struct {
	Error_Code int
	ErrMsg     string
}

type Proto struct {
	Result int32  `protobuf:"varint,1,opt,name=result,json=errorCode,proto3" json:"result,omitempty"`
	Detail string `protobuf:"bytes,2,opt,name=detail,json=errorMessage,proto3" json:"detail,omitempty"`
}

func use(r Reply, l Legacy, p Proto, d Decoded) {
	_, _ = d.Code, d.Text
	_, _ = r.ErrorCode, r.ErrorMessage
	_, _ = l.Error_Code, l.ErrMsg
	_, _ = p.Result, p.Detail
}
