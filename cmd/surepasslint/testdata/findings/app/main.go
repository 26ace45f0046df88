// Command app serves the web package's pages.
package main

import (
	"fmt"

	"example.com/findings/web"
)

func main() { fmt.Println(web.Status()) }
