package beegoweb

// StepUpController keeps the step-up state in the beego session; the
// layout shows the "flash_error" entry.
type StepUpController struct {
	OTPController
}

// Post records the failure for the next page.
func (c *StepUpController) Post() {
	if err := sp.Verify(c.Ctx.Request.Context(), c.GetString("user"), c.GetString("otp")); err != nil {
		_ = c.SetSession("stepup_reason", err.Error())
		_ = c.SetSession("flash_error", err.Error()) // want `raw SurePassID errorMessage .*session message shown on a later page`
		c.Redirect("/stepup", 302)
		return
	}
	_ = c.SetSession("flash_error", "")
	c.Redirect("/", 302)
}
