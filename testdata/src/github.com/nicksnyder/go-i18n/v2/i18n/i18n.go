// Package i18n is a stub of github.com/nicksnyder/go-i18n/v2/i18n.
package i18n

import (
	"text/template"

	"golang.org/x/text/language"
)

// Message is a string that can be localized.
type Message struct {
	ID          string
	Hash        string
	Description string
	LeftDelim   string
	RightDelim  string
	Zero        string
	One         string
	Two         string
	Few         string
	Many        string
	Other       string
}

// Bundle stores a set of messages.
type Bundle struct{ msgs map[string]*Message }

// NewBundle returns a bundle with a default language.
func NewBundle(defaultLanguage language.Tag) *Bundle { return &Bundle{msgs: map[string]*Message{}} }

// AddMessages adds messages for a language.
func (b *Bundle) AddMessages(tag language.Tag, messages ...*Message) error {
	for _, m := range messages {
		b.msgs[m.ID] = m
	}
	return nil
}

// LocalizeConfig configures a call to Localize.
type LocalizeConfig struct {
	MessageID      string
	PluralCount    interface{}
	TemplateData   interface{}
	DefaultMessage *Message
	Funcs          template.FuncMap
}

// Localizer provides Localize and MustLocalize methods.
type Localizer struct{ bundle *Bundle }

// NewLocalizer returns a localizer for the languages.
func NewLocalizer(bundle *Bundle, langs ...string) *Localizer { return &Localizer{bundle: bundle} }

// Localize returns a localized message.
func (l *Localizer) Localize(lc *LocalizeConfig) (string, error) {
	if m, ok := l.bundle.msgs[lc.MessageID]; ok {
		return m.Other, nil
	}
	return "", nil
}

// LocalizeMessage returns a localized message.
func (l *Localizer) LocalizeMessage(msg *Message) (string, error) {
	return l.Localize(&LocalizeConfig{DefaultMessage: msg})
}

// LocalizeWithTag returns a localized message and its language.
func (l *Localizer) LocalizeWithTag(lc *LocalizeConfig) (string, language.Tag, error) {
	s, err := l.Localize(lc)
	return s, language.English, err
}

// MustLocalize is Localize that panics on an error.
func (l *Localizer) MustLocalize(lc *LocalizeConfig) string {
	s, err := l.Localize(lc)
	if err != nil {
		panic(err)
	}
	return s
}
