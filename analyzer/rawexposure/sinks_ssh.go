package rawexposure

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// SSH servers: what an SSH server writes to a session, shows as its
// banner or asks in a keyboard-interactive prompt is read by the person
// at the other end, like an HTTP response. github.com/gliderlabs/ssh (a
// Session is a golang.org/x/crypto/ssh Channel), golang.org/x/crypto/ssh's
// server side, and golang.org/x/term's line editor run over a session.
//
//   - Writes: a Session or Channel is a writer to the client
//     (clientWriterTypes: fmt.Fprintf(sess, ...), io.WriteString(ch, ...),
//     sess.Write), and so is its Stderr() (clientWriterResults);
//     term.NewTerminal(sess, prompt) is a writer where sess is (wrappers),
//     and its prompt, SetPrompt's and ReadPassword's, is shown.
//   - Prompts: the name, instruction and questions a KeyboardInteractive-
//     Challenge is called with (gliderlabs' KeyboardInteractiveHandler and
//     x/crypto's KeyboardInteractiveCallback are given one), and the message
//     a rejected channel open carries (NewChannel.Reject).
//   - Results: the string a banner callback returns (gliderlabs'
//     BannerHandler, x/crypto's ServerConfig.BannerCallback), for the
//     functions and literals the package hands to one (sshResultSlots),
//     and the Message of a BannerError an auth callback returns.
//
// Not sinks: Session.Exit's status, the Permissions an auth callback
// returns (they stay on the server), an auth callback's error (x/crypto
// logs it: AuthLogCallback, ServerAuthError), a Request's Reply payload
// (binary, for the client program), and any writer that is no session: a
// logger's, os.Stderr, a file.

const (
	gliderSSH  = "github.com/gliderlabs/ssh"
	cryptoSSH  = "golang.org/x/crypto/ssh"
	xterm      = "golang.org/x/term"
	xtermOld   = "golang.org/x/crypto/ssh/terminal"
	sshSession = "the SSH session"
	sshPrompt  = "a keyboard-interactive prompt shown by the SSH client"
	sshReject  = "the rejection message sent to the SSH client"
	sshBanner  = "the SSH banner shown to the client"
)

// sshSinks are the call rows of the SSH servers above. The writes through
// fmt and io are the net/http rows' (their writer being a session); Write
// on a Channel (a gliderlabs Session's too) is a row of its own.
var sshSinks = []sink{
	{Pkg: cryptoSSH, Recv: "Channel", Name: "Write", Args: []int{0}, Writer: -1, What: sshSession},
	{Pkg: cryptoSSH, Recv: "NewChannel", Name: "Reject", Args: []int{1}, Writer: -1, What: sshReject},
	// A call of a KeyboardInteractiveChallenge value (funcVarSink).
	{Pkg: cryptoSSH, Name: "KeyboardInteractiveChallenge", Args: []int{0, 1, 2}, Writer: -1, What: sshPrompt},
}

// sshWriterSinks are x/term's line editor's prompts, shown on a terminal
// over a session.
var sshWriterSinks = []sink{
	{Pkg: xterm, Name: "NewTerminal", Args: []int{1}, Writer: 0, What: sshSession},
	{Pkg: xtermOld, Name: "NewTerminal", Args: []int{1}, Writer: 0, What: sshSession},
	{Pkg: xterm, Recv: "Terminal", Name: "SetPrompt", Args: []int{0}, Writer: writerRecv, What: sshSession},
	{Pkg: xterm, Recv: "Terminal", Name: "ReadPassword", Args: []int{0}, Writer: writerRecv, What: sshSession},
}

// sshFields: a BannerError's Message is sent to the client as a banner;
// its Err is logged. gliderlabs' Server.Banner is the banner shown to
// every client.
var sshFields = []fieldSink{
	{Pkg: cryptoSSH, Type: "BannerError", Field: "Message", What: sshBanner},
	{Pkg: gliderSSH, Type: "Server", Field: "Banner", What: sshBanner},
}

// sshResultSlot is where a function is handed to be called for what it
// returns: a field of a struct (Field set), or any slot of a named
// function type (Field empty: a field, a parameter, a conversion).
type sshResultSlot struct{ Pkg, Type, Field string }

// sshResultSlots are the banner callbacks: what the functions handed to
// them return is the banner.
var sshResultSlots = []sshResultSlot{
	{Pkg: gliderSSH, Type: "BannerHandler"},
	{Pkg: cryptoSSH, Type: "ServerConfig", Field: "BannerCallback"},
}

func init() {
	for _, k := range []string{gliderSSH + ".Session", cryptoSSH + ".Channel"} {
		clientWriterTypes[k] = true
	}
	clientWriterResults[cryptoSSH+".Channel.Stderr"] = true
	wrappers[xterm+".NewTerminal"] = true
	wrappers[xtermOld+".NewTerminal"] = true
	fieldSinks = append(fieldSinks, sshFields...)
}

// sshBannerShape is the handler shape of the banner callbacks
// (handlers.go): what they return is sent as the banner.
var sshBannerShape = &handlerShape{
	name:    "an SSH banner callback",
	errWhat: "an SSH banner callback: its result is the banner the client shows",
	pkgs:    []string{gliderSSH, cryptoSSH},
	bare:    true,
	isFunc: func(fs *fstate, fn *types.Func, _ *types.Signature) bool {
		return fs.sshResults().fns[fn.Origin()]
	},
	isLit:   func(fs *fstate, lit *ast.FuncLit, _ *types.Signature) bool { return fs.sshResults().lits[lit] },
	sendsFn: func(*fstate, *types.Signature, handlerRef) bool { return false },
	safeErr: stdErrorsNew,
}

// sshResultIndex holds the functions and literals the package hands to a
// banner callback slot.
type sshResultIndex struct {
	fns  map[*types.Func]bool
	lits map[*ast.FuncLit]bool
}

// sshResults scans the package once for the functions it hands to a slot
// of sshResultSlots: a struct literal's key (BannerHandler: g.banner), an
// assignment (cfg.BannerCallback = func(...) string {...}), an argument
// of a parameter of the slot's type, a conversion (ssh.BannerHandler(f)).
func (fs *fstate) sshResults() *sshResultIndex {
	if fs.sshIdx != nil {
		return fs.sshIdx
	}
	idx := &sshResultIndex{fns: map[*types.Func]bool{}, lits: map[*ast.FuncLit]bool{}}
	fs.sshIdx = idx
	info := fs.pass.TypesInfo
	note := func(e ast.Expr) { noteHandlerArg(info, idx.fns, idx.lits, e) }
	for _, file := range fs.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				for i, elt := range n.Elts {
					f := fs.litField(n, i, elt)
					if f == nil || !sshResultSlotOf(f, f.Type()) {
						continue
					}
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						elt = kv.Value
					}
					note(elt)
				}
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					return true
				}
				for i, l := range n.Lhs {
					sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
					if !ok {
						continue
					}
					if f, ok := info.Uses[sel.Sel].(*types.Var); ok && f.IsField() && sshResultSlotOf(f, f.Type()) {
						note(n.Rhs[i])
					}
				}
			case *ast.CallExpr:
				if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
					if len(n.Args) == 1 && sshResultSlotOf(nil, tv.Type) {
						note(n.Args[0]) // ssh.BannerHandler(f)
					}
					return true
				}
				sig, _ := typeutil.Callee(info, n).(*types.Func)
				if sig == nil {
					return true
				}
				params := sig.Signature().Params()
				for i, a := range n.Args {
					if p := paramIndex(sig.Signature(), i); p >= 0 && sshResultSlotOf(nil, params.At(p).Type()) {
						note(a)
					}
				}
			}
			return true
		})
	}
	return idx
}

// sshResultSlotOf reports whether a function stored in field f (nil for
// another slot) of type t is handed to a slot of sshResultSlots.
func sshResultSlotOf(f *types.Var, t types.Type) bool {
	n, _ := types.Unalias(t).(*types.Named)
	for _, s := range sshResultSlots {
		switch {
		case s.Field == "":
			if n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == s.Pkg && n.Obj().Name() == s.Type {
				return true
			}
		case f != nil && f.Pkg() != nil && f.Pkg().Path() == s.Pkg && f.Name() == s.Field:
			return declaresField(f, s.Type)
		}
	}
	return false
}

// declaresField reports whether field f is declared by the struct type
// named typ of f's package.
func declaresField(f *types.Var, typ string) bool {
	tn, _ := f.Pkg().Scope().Lookup(typ).(*types.TypeName)
	if tn == nil {
		return false
	}
	st, _ := tn.Type().Underlying().(*types.Struct)
	for i := 0; st != nil && i < st.NumFields(); i++ {
		if st.Field(i) == f {
			return true
		}
	}
	return false
}

// sshWriterTypes are the types whose values, written to, show on an SSH
// client: for the message, sshWhat names the session where the row's
// What is the HTTP response's.
var sshWriterTypes = map[string]bool{
	gliderSSH + ".Session": true,
	cryptoSSH + ".Channel": true,
	xterm + ".Terminal":    true,
}

// sshWhat returns s, naming the SSH session as what the user sees when
// the writer the row writes to is one (fmt.Fprintf(sess, ...)).
func (fs *fstate) sshWhat(s sink, call *ast.CallExpr, recv ast.Expr) sink {
	var w ast.Expr
	switch {
	case s.Writer == writerRecv:
		w = recv
	case s.Writer >= 0 && s.Writer < len(call.Args):
		w = call.Args[s.Writer]
	}
	if w == nil || fs.imports[gliderSSH] == nil && fs.imports[cryptoSSH] == nil {
		return s
	}
	if init := fs.definedOnce(w); init != nil {
		w = init // errw := sess.Stderr()
	}
	w = ast.Unparen(w)
	if call, ok := w.(*ast.CallExpr); ok {
		if fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func); fn != nil {
			if k := funcKey(fn); clientWriterResults[k] && strings.HasPrefix(k, cryptoSSH+".") || wrappers[k] && strings.Contains(k, "/term.") {
				s.What = sshSession
			}
		}
		return s
	}
	if n := recvNamed(fs.pass.TypesInfo.TypeOf(w)); n != nil && n.Obj().Pkg() != nil && sshWriterTypes[n.Obj().Pkg().Path()+"."+n.Obj().Name()] {
		s.What = sshSession
	}
	return s
}
