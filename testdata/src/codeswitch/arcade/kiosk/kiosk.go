// Package kiosk runs the arcade's badge kiosks: a sign-in state machine,
// badge pairing and the age gate, all on tokensvc.
package kiosk

import (
	"context"
	"log"
	"net/http"
)

// Stage is where a kiosk sign-in stands.
type Stage uint8

const (
	StageIdle Stage = iota
	StageAwaitingToken
	StageResetPassword
	StageGranted
	StageRejected
)

// Session is one sign-in at a kiosk.
type Session struct {
	Badge   string
	stage   Stage
	history []Stage
	strikes int
}

// moveTo records the next stage.
func (s *Session) moveTo(next Stage) {
	log.Printf("kiosk %s: %d -> %d", s.Badge, s.stage, next)
	s.history = append(s.history, next)
	s.stage = next
}

// Access is what a door does for a badge.
type Access int

const (
	AccessGranted Access = iota
	AccessDenied
)

// Kiosk serves the pages.
type Kiosk struct {
	doors  map[string]Access
	badges map[string]bool
	adults map[string]bool
}

func (k *Kiosk) apply(badge string, a Access) { k.doors[badge] = a }

func user(r *http.Request) string { return r.FormValue("user") }

func ctxOf(r *http.Request) context.Context { return r.Context() }
