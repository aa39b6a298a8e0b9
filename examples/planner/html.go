package main

import (
	"bytes"
	"errors"
)

// writeHTML is a placeholder until the HTML writer lands (issue 11).
func writeHTML(w *bytes.Buffer, r report) error {
	return errors.New("-format html: not written yet")
}
