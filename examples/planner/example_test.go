package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// The JSON output is for programs: here, the outcome and deadline of each
// specialization of the demo portfolio.
func Example_run() {
	var out bytes.Buffer
	if code := run([]string{"-asof", "2026-11-24", "-format", "json"}, &out, os.Stderr); code != 0 {
		return
	}
	var p struct {
		Specializations []struct{ Name, Status, Outcome, Deadline string }
	}
	if err := json.Unmarshal(out.Bytes(), &p); err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range p.Specializations {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%s: %s %s %s", s.Name, s.Status, s.Outcome, s.Deadline)))
	}
	// Output:
	// Analytics on Microsoft Azure: renewal pending 2027-01-31
	// Kubernetes on Microsoft Azure: renewal not-due 2027-04-14
	// Azure Expert MSP: expert-program
	// Business Intelligence: renewal renewed 2027-01-09
	// Sales: renewal renewed 2027-01-14
	// Calling for Microsoft Teams: renewal lapsed 2026-10-01
	// Threat Protection: renewal not-due 2027-05-10
}

// Bad input is one line on standard error and exit status 1.
func Example_runError() {
	code := run([]string{"-asof", "2023-02-30"}, os.Stdout, os.Stdout)
	fmt.Println("exit status", code)
	// Output:
	// planner: -asof: date: parsing "2023-02-30": no such calendar day
	// exit status 1
}
