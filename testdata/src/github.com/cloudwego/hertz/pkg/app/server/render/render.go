// Package render is a test stub of
// github.com/cloudwego/hertz/pkg/app/server/render (hertz v0.10.4).
package render

import "github.com/cloudwego/hertz/pkg/protocol"

// Render interface is to be implemented by JSON, XML, HTML, YAML and so on.
type Render interface {
	Render(resp *protocol.Response) error
	WriteContentType(resp *protocol.Response)
}

// Data contains ContentType and bytes data.
type Data struct {
	ContentType string
	Data        []byte
}

// Render writes data with custom ContentType.
func (r Data) Render(resp *protocol.Response) error { return nil }

// WriteContentType writes custom ContentType.
func (r Data) WriteContentType(resp *protocol.Response) {}
