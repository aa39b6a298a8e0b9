package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// The JSON output is for programs: here, the state, outcome and deadline
// of each holding of the demo portfolio, named as on the as-of day.
func Example_run() {
	var out bytes.Buffer
	if code := run([]string{"-asof", "2026-11-24", "-format", "json"}, &out, os.Stderr); code != 0 {
		return
	}
	var p struct {
		Specializations []struct{ Name, State, Outcome, Deadline string }
	}
	if err := json.Unmarshal(out.Bytes(), &p); err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range p.Specializations {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%s: %s %s %s", s.Name, s.State, s.Outcome, s.Deadline)))
	}
	// Output:
	// Analytics on Azure: renewal pending 2027-01-31
	// Kubernetes on Microsoft Azure: retired retired
	// Azure Expert MSP: expert-program
	// Infra and Database Migration to Microsoft Azure: carried-over not-due 2027-06-16
	// Sales: renewal renewed 2027-01-14
	// Agentic Business Solutions: renewal not-due 2027-09-19
	// Calling for Microsoft Teams: lapsed lapsed 2026-10-01
	// Calling for Microsoft Teams: renewal not-due 2027-12-10
	// Data Security: renewal not-due 2027-07-31
	// Threat Protection: renewal not-due 2027-11-09
}

// Bad input is one line on standard error and exit status 1.
func Example_runError() {
	code := run([]string{"-asof", "2023-02-30"}, os.Stdout, os.Stdout)
	fmt.Println("exit status", code)
	// Output:
	// planner: -asof: date: parsing "2023-02-30": no such calendar day
	// exit status 1
}
