// Package nats is a test stub of github.com/nats-io/nats.go (v1.37): the
// connection, messages and their replies, with the real signatures and no
// behaviour.
package nats

import "time"

// Header is a message's headers.
type Header map[string][]string

// Msg is a message received or to publish.
type Msg struct {
	Subject string
	Reply   string
	Header  Header
	Data    []byte
	Sub     *Subscription
}

// Respond replies to the message's reply subject.
func (m *Msg) Respond(data []byte) error { return nil }

// RespondMsg replies with msg, sent to m's reply subject.
func (m *Msg) RespondMsg(msg *Msg) error { return nil }

// Ack acknowledges a JetStream message.
func (m *Msg) Ack(opts ...interface{}) error { return nil }

// MsgHandler handles a message.
type MsgHandler func(msg *Msg)

// Subscription is an interest in a subject.
type Subscription struct{ Subject, Queue string }

// Conn is a connection to a NATS server.
type Conn struct{}

// Connect connects to url.
func Connect(url string, options ...Option) (*Conn, error) { return nil, nil }

// Option configures a connection.
type Option func(*Options) error

// Options are the connection options.
type Options struct{ Name string }

// Publish sends data on subj.
func (nc *Conn) Publish(subj string, data []byte) error { return nil }

// PublishMsg sends m on its subject.
func (nc *Conn) PublishMsg(m *Msg) error { return nil }

// Request sends data and waits for a reply.
func (nc *Conn) Request(subj string, data []byte, timeout time.Duration) (*Msg, error) {
	return nil, nil
}

// Subscribe handles the messages of subj.
func (nc *Conn) Subscribe(subj string, cb MsgHandler) (*Subscription, error) { return nil, nil }

// QueueSubscribe handles the messages of subj in queue group queue.
func (nc *Conn) QueueSubscribe(subj, queue string, cb MsgHandler) (*Subscription, error) {
	return nil, nil
}

// Drain closes the connection once its subscriptions are drained.
func (nc *Conn) Drain() error { return nil }

// EncodedConn publishes and decodes values (deprecated, still used).
type EncodedConn struct{ Conn *Conn }

// Publish encodes v and sends it on subject.
func (c *EncodedConn) Publish(subject string, v interface{}) error { return nil }
