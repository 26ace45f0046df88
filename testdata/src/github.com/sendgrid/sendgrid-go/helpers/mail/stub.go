// Package mail is a test stub of github.com/sendgrid/sendgrid-go/helpers/mail
// (v3.16): the mail builders, with the real signatures.
package mail

// Email is an address.
type Email struct {
	Name    string `json:"name,omitempty"`
	Address string `json:"email,omitempty"`
}

// Content is a part of the body.
type Content struct {
	Type  string `json:"type,omitempty"`
	Value string `json:"value,omitempty"`
}

// SGMailV3 is the message sent.
type SGMailV3 struct {
	From             *Email             `json:"from,omitempty"`
	Subject          string             `json:"subject,omitempty"`
	Personalizations []*Personalization `json:"personalizations,omitempty"`
	Content          []*Content         `json:"content,omitempty"`
	TemplateID       string             `json:"template_id,omitempty"`
}

// NewEmail returns an address.
func NewEmail(name string, address string) *Email { return &Email{Name: name, Address: address} }

// NewContent returns a body part.
func NewContent(contentType string, value string) *Content {
	return &Content{Type: contentType, Value: value}
}

// NewSingleEmail builds a message to one recipient.
func NewSingleEmail(from *Email, subject string, to *Email, plainTextContent string, htmlContent string) *SGMailV3 {
	plainText := NewContent("text/plain", plainTextContent)
	html := NewContent("text/html", htmlContent)
	return NewV3MailInit(from, subject, to, plainText, html)
}

// NewV3MailInit builds a message with its content.
func NewV3MailInit(from *Email, subject string, to *Email, content ...*Content) *SGMailV3 {
	p := NewPersonalization()
	p.AddTos(to)
	return &SGMailV3{From: from, Subject: subject, Personalizations: []*Personalization{p}, Content: content}
}

// Personalization is who a mail goes to and what is filled in for them.
type Personalization struct {
	To                  []*Email               `json:"to,omitempty"`
	Subject             string                 `json:"subject,omitempty"`
	Substitutions       map[string]string      `json:"substitutions,omitempty"`
	DynamicTemplateData map[string]interface{} `json:"dynamic_template_data,omitempty"`
}

// NewV3Mail returns an empty message.
func NewV3Mail() *SGMailV3 { return &SGMailV3{} }

// NewPersonalization returns an empty personalization.
func NewPersonalization() *Personalization {
	return &Personalization{Substitutions: map[string]string{}, DynamicTemplateData: map[string]interface{}{}}
}

// AddTos adds recipients.
func (p *Personalization) AddTos(to ...*Email) { p.To = append(p.To, to...) }

// SetSubstitution sets a substitution.
func (p *Personalization) SetSubstitution(key string, value string) { p.Substitutions[key] = value }

// SetDynamicTemplateData sets a value of the dynamic template's data.
func (p *Personalization) SetDynamicTemplateData(key string, value interface{}) {
	p.DynamicTemplateData[key] = value
}

// SetFrom sets the sender.
func (s *SGMailV3) SetFrom(e *Email) *SGMailV3 {
	s.From = e
	return s
}

// SetTemplateID sets the dynamic template.
func (s *SGMailV3) SetTemplateID(templateID string) *SGMailV3 {
	s.TemplateID = templateID
	return s
}

// AddPersonalizations adds personalizations.
func (s *SGMailV3) AddPersonalizations(p ...*Personalization) *SGMailV3 {
	s.Personalizations = append(s.Personalizations, p...)
	return s
}

// AddContent adds body parts.
func (s *SGMailV3) AddContent(c ...*Content) *SGMailV3 {
	s.Content = append(s.Content, c...)
	return s
}
