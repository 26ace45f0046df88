// Package syncjob pushes the fleet's couriers to SurePassID every night
// and reads each answer with jsonparser: no struct, only the errorCode.
package syncjob

import (
	"bytes"
	"context"
	"io"
	"log"
	"net/http"

	"github.com/buger/jsonparser"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Courier is one record to sync.
type Courier struct {
	ID     string
	User   string
	Synced bool
	Note   string
}

// Marker records the outcome of a sync.
type Marker interface {
	MarkSynced(ctx context.Context, id string) error
	MarkFailed(ctx context.Context, id, why string) error
}

// Job is the nightly sync.
type Job struct {
	HTTP   *http.Client
	Marker Marker
}

func (j *Job) post(ctx context.Context, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := j.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// Run lists the failures it knows and treats every other answer as
// synced. Reported.
func (j *Job) Run(ctx context.Context, couriers []*Courier) error {
	for _, c := range couriers {
		body, err := j.post(ctx, []byte(`{"type":"update_user","username":"`+c.User+`"}`))
		if err != nil {
			return err
		}
		code, err := jsonparser.GetInt(body, "errorCode")
		if err != nil {
			log.Printf("sync %s: unreadable answer: %v", c.ID, err)
			continue
		}
		switch code { // want `fail-open switch over SurePassID return codes`
		case 9001, 9007:
			_ = j.Marker.MarkFailed(ctx, c.ID, "user rejected")
			continue
		case 9010:
			_ = j.Marker.MarkFailed(ctx, c.ID, "retry tomorrow")
			continue
		}
		if err := j.Marker.MarkSynced(ctx, c.ID); err != nil {
			return err
		}
	}
	return nil
}

// RunOne answers one courier: an if chain over the code read in place.
// Reported.
func (j *Job) RunOne(ctx context.Context, c *Courier) error {
	body, err := j.post(ctx, []byte(`{"type":"find_user","username":"`+c.User+`"}`))
	if err != nil {
		return err
	}
	if code, _ := jsonparser.GetInt(body, "errorCode"); code == 9001 { // want `fail-open if-else chain over SurePassID return codes`
		c.Note = "unknown user"
		return nil
	} else if code == 9036 {
		c.Note = "no devices"
		return nil
	}
	c.Synced = true
	return j.Marker.MarkSynced(ctx, c.ID)
}

// RunClosed marks only a clean answer synced. Not reported.
func (j *Job) RunClosed(ctx context.Context, couriers []*Courier) error {
	for _, c := range couriers {
		body, err := j.post(ctx, []byte(`{"type":"update_user","username":"`+c.User+`"}`))
		if err != nil {
			return err
		}
		code, err := jsonparser.GetInt(body, "errorCode")
		if err != nil {
			continue
		}
		switch code {
		case 0:
		case 9001, 9007:
			_ = j.Marker.MarkFailed(ctx, c.ID, "user rejected")
			continue
		default:
			_ = j.Marker.MarkFailed(ctx, c.ID, "failed")
			continue
		}
		if err := j.Marker.MarkSynced(ctx, c.ID); err != nil {
			return err
		}
	}
	return nil
}

// Audit only logs the failures it knows; nothing is granted after it.
// Not reported.
func Audit(body []byte) {
	code, _ := jsonparser.GetInt(body, "errorCode")
	switch code {
	case 9001, 9007:
		log.Printf("sync: user rejected (%d)", code)
	}
}

// PushRoute sends a route to the map vendor, whose answers carry an
// errorCode of its own (4xx-style numbers, none of them SurePassID's).
// Not reported.
func (j *Job) PushRoute(ctx context.Context, c *Courier, route []byte) error {
	body, err := j.post(ctx, route)
	if err != nil {
		return err
	}
	code, _ := jsonparser.GetInt(body, "errorCode")
	switch code {
	case 401, 403:
		_ = j.Marker.MarkFailed(ctx, c.ID, "map vendor refused")
		return nil
	case 429:
		return nil
	}
	c.Synced = true
	return j.Marker.MarkSynced(ctx, c.ID)
}
