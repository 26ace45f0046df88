// Package rpcstream streams sign-in progress to gRPC clients. Like web, it
// wires the SurePassID adapter in and talks to the port: a message a
// server stream sends is the body the client reads.
package rpcstream

import (
	"context"
	"io"
	"log"

	"google.golang.org/grpc"

	"rawexposure/ports/domain"
	"rawexposure/ports/spadapter"
)

// Progress is one streamed event.
type Progress struct {
	Step   string
	Reason string // want Reason:"raw errorMessage from rpcstream.Progress.Reason"
}

// CodeRequest asks for a code to be checked.
type CodeRequest struct{ User, Code string }

// Summary closes a client-streaming batch.
type Summary struct {
	Checked    int
	LastReason string // want LastReason:"raw errorMessage from rpcstream.Summary.LastReason"
}

// Watcher serves the progress streams.
type Watcher struct {
	MFA domain.SecondFactor
}

// NewWatcher wires the SurePassID adapter in.
func NewWatcher(endpoint string) *Watcher {
	return &Watcher{MFA: &spadapter.Adapter{Endpoint: endpoint}}
}

// Raw streams an untyped server stream's messages.
func (w *Watcher) Raw(req *CodeRequest, stream grpc.ServerStream) error {
	chk, err := w.MFA.VerifyCode(stream.Context(), req.User, req.Code)
	if err != nil {
		return stream.SendMsg(&Progress{Step: "unavailable"})
	}
	if !chk.Approved {
		log.Printf("mfa refused %s: %s", req.User, chk.Reason)
		return stream.SendMsg(&Progress{Step: "refused", Reason: chk.Reason}) // want `raw SurePassID errorMessage \(from domain.Check.Reason\) written to a gRPC stream message sent to the client`
	}
	return stream.SendMsg(&Progress{Step: "done", Reason: chk.Hint})
}

// Follow sends on a generic server-streaming stream.
func (w *Watcher) Follow(req *CodeRequest, stream grpc.ServerStreamingServer[Progress]) error {
	chk, err := w.MFA.VerifyCode(stream.Context(), req.User, req.Code)
	if err != nil {
		return err
	}
	if err := stream.Send(&Progress{Step: "checked", Reason: chk.Hint}); err != nil {
		return err
	}
	return stream.Send(&Progress{Step: "checked", Reason: chk.Reason}) // want `raw SurePassID errorMessage \(from domain.Check.Reason\) written to a gRPC stream message sent to the client`
}

// Batch checks every code a bidirectional stream sends.
func (w *Watcher) Batch(stream grpc.BidiStreamingServer[CodeRequest, Progress]) error {
	for {
		req, err := stream.Recv()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		chk, err := w.MFA.VerifyCode(stream.Context(), req.User, req.Code)
		if err != nil {
			continue
		}
		if err := stream.Send(&Progress{Step: req.User, Reason: chk.Reason}); err != nil { // want `raw SurePassID errorMessage \(from domain.Check.Reason\) written to a gRPC stream message sent to the client`
			return err
		}
	}
}

// Collect answers a client-streaming batch once.
func (w *Watcher) Collect(stream grpc.ClientStreamingServer[CodeRequest, Summary]) error {
	var sum Summary
	for {
		req, err := stream.Recv()
		if err != nil {
			break
		}
		chk, err := w.MFA.VerifyCode(stream.Context(), req.User, req.Code)
		if err != nil {
			continue
		}
		sum.Checked++
		if !chk.Approved {
			log.Printf("batch refused %s: %s", req.User, chk.Reason)
		}
	}
	return stream.SendAndClose(&sum)
}

// CollectVerbose tells the client why the last code failed.
func (w *Watcher) CollectVerbose(stream grpc.ClientStreamingServer[CodeRequest, Summary]) error {
	req, err := stream.Recv()
	if err != nil {
		return err
	}
	chk, err := w.MFA.VerifyCode(stream.Context(), req.User, req.Code)
	if err != nil {
		return err
	}
	return stream.SendAndClose(&Summary{Checked: 1, LastReason: chk.Reason}) // want `raw SurePassID errorMessage \(from domain.Check.Reason\) written to a gRPC stream message sent to the client`
}

// outbox queues events for an internal consumer; its Send is no stream.
type outbox interface {
	Send(*Progress) error
}

// Audit hands the reason to the audit queue and upstream: not the client.
func (w *Watcher) Audit(ctx context.Context, q outbox, up grpc.ClientStream, req *CodeRequest) error {
	chk, err := w.MFA.VerifyCode(ctx, req.User, req.Code)
	if err != nil {
		return err
	}
	if err := q.Send(&Progress{Step: "audit", Reason: chk.Reason}); err != nil {
		return err
	}
	return up.SendMsg(&Progress{Step: "relay", Reason: chk.Reason})
}
