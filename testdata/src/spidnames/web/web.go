package web // want "relevant package"

import (
	"spidnames/authpb"
	"spidnames/legacy"
	"spidnames/lookalike"
)

func use(r authpb.Reply, p lookalike.Port, d lookalike.DBErr, e legacy.Errno, h authpb.TransferHold) {
	_ = r.Code   // want "role code"
	_ = r.Status // want "role code"
	_ = e        // want "role code"
	_ = p
	_ = d
	_ = h
}
