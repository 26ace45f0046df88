// Package logs is a test stub of github.com/beego/beego/v2/core/logs
// (v2.3.8): the package-level loggers, with the real signatures; they
// format with fmt, so go vet checks their calls as printf calls.
package logs

import (
	"fmt"
	"log"
)

// Warning logs a message at warning level.
func Warning(f interface{}, v ...interface{}) { log.Print(fmt.Sprint(f), fmt.Sprint(v...)) }

// Error logs a message at error level.
func Error(f interface{}, v ...interface{}) { log.Print(fmt.Sprint(f), fmt.Sprint(v...)) }

// Info logs a message at info level.
func Info(f interface{}, v ...interface{}) { log.Print(fmt.Sprint(f), fmt.Sprint(v...)) }
