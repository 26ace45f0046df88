// Package fibersessions is a fiber app keeping its toasts in the session
// middleware's store.
package fibersessions

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"

	"rawexposure/webfw/spauth"
)

var store = session.New()

type routes struct{ sp *spauth.Client }

func (rt routes) confirm(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := rt.sp.Verify(c.UserContext(), c.FormValue("user"), c.FormValue("otp")); err != nil {
		sess.Set("pending_user", c.FormValue("user"))
		sess.Set("toast", err.Error()) // want `raw SurePassID errorMessage .*session message shown on a later page`
		_ = sess.Save()
		return c.Redirect("/confirm")
	}
	sess.Set("toast", "Confirmed.")
	_ = sess.Save()
	return c.Redirect("/")
}
