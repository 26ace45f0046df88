// Package clean calls nothing leaky.
package clean

// Greeting is shown to the user.
func Greeting(name string) string { return "Welcome back, " + name }
