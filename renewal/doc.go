// Package renewal is the yearly lifecycle of a specialization enrollment in
// the Microsoft AI Cloud Partner Program: anniversaries, renewal windows,
// grace periods, renewal years, reminders, and the decision of whether an
// enrollment renewed, is pending or lapsed, with the rules it applied.
//
// It implements RULES REN-1..REN-7, POST-1..POST-4, the decisions
// INT-1..INT-7 and INT-10, and the editions EDN-2..EDN-6 as they bear on
// an enrollment. It reads no clock: every function takes the
// day it is asked about (asOf) as a date.Date, a calendar date without
// time or zone (INT-1). It does no I/O, holds no package-level state, and
// everything in it is safe for concurrent use.
//
// # Model
//
// An Enrollment is what a caller stores: the entry itself (Item, a
// specialization.Specialization from the catalog), the enrollment date and
// the number of anniversaries survived (Renewed). The entry carries its
// history, so each cycle is judged by the terms of its own day (EDN-4) and
// Explain names the entry by its name of the day asked. Enroll refuses an
// expert program and a day the entry is not offered (EDN-3). A Policy
// holds the numbers of the process; DefaultPolicy gives the published
// ones. Cycle n of an enrollment is its n-th anniversary with the window
// around it:
//
//	Opens = anniversary - WindowOpens days   (60)
//	Date  = the anniversary
//	ValidTo = anniversary + Grace days       (30)
//
// Evaluate takes an enrollment, the Evidence of what the partner achieved
// and a day, and returns a Decision: the cycle under review, the Phase
// (active, window open, grace, lapsed, retired), the Outcome (not due,
// pending, renewed, lapsed, retired), the renewal date and the
// requirements still missing.
// Decision.Next is the enrollment to store afterwards, Decision.Reasons the
// rules applied with their clause IDs, each in English and Simplified
// Chinese (Reason.Local picks one for a language tag), and
// Decision.Explain a paragraph for a partner admin in either language.
// Policy.Advance walks a stored enrollment through the cycles it has
// missed, given the evidence of each.
//
// Azure Expert MSP, the one expert program, is not renewed by this process
// (REN-1): Enroll, Cycle and Evaluate return ErrNotRenewable for it.
//
// # Decisions taken (RULES INT-)
//
// INT-2, anniversaries. Anniversary n is the enrollment's month and day n
// years later, computed from the enrollment date every time, never from
// the previous anniversary. An enrollment on 29 February has its
// anniversary on 29 February in leap years and on 28 February in common
// years (Policy.LeapDay LeapDayFeb28, the zero value), or on 1 March
// (LeapDayMar1). Enrolled 2024-02-29, the anniversaries are 2025-02-28,
// 2026-02-28, 2027-02-28, 2028-02-29, 2029-02-28 ... and under LeapDayMar1
// 2025-03-01, 2026-03-01, 2027-03-01, 2028-02-29, 2029-03-01. The rule
// lives in one place, the module's internal/anniversary package, on
// date.Date.AddMonths: this package has no calendar of its own.
//
// INT-3, day counts. Both bounds are inclusive and counted exactly: for
// the anniversary 2026-01-01 the window opens on 2025-11-02 (60 days
// before) and the enrollment is valid through 2026-01-31 (30 days after).
// The seed page prints 2025-11-01, which is 61 days; this package follows
// the stated rule. Policy.WindowOpens and Policy.Grace hold both numbers.
//
// INT-4, renewal years. Reviews started with the anniversaries on or after
// 2023-02-01 (Policy.ReviewsFrom). A cycle's Year is its ordinal among
// those anniversaries; an earlier anniversary has Year 0, is no renewal
// event and is survived automatically. Enrolled 2021-03-15: 2022-03-15 is
// not reviewed, 2023-03-15 is year 1, 2024-03-15 year 2, 2025-03-15 year 3.
// For enrollments on or after 2022-02-01 the year is the anniversary
// ordinal. Odd years need the qualification requirements only (REN-3);
// even years also the manual validation (REN-4: an audit for Azure,
// customer references for Modern Work and Security), from anniversaries on
// or after 2024-02-01 (Policy.ManualFrom). Business Applications have no
// manual validation, so every year is like an odd one for them.
//
// INT-5 and INT-10, phases and outcomes. The cycle under review is
// anniversary Renewed+1, or the first reviewed anniversary after it. As of
// a day D: before Opens the enrollment is active and the cycle not due,
// with every requirement still missing; from Opens through the anniversary
// the window is open, and the Grace days after it are the grace period; in
// both the cycle is renewed once every requirement counts, and pending
// until then; after ValidTo it is renewed (and the enrollment active) if
// it was renewed by ValidTo, and lapsed otherwise. A lapsed enrollment
// stays lapsed: earning it again is a new enrollment. Until ValidTo the
// enrollment stands whatever the partner meets meanwhile (POST-1).
//
// Stale state is never silent. Evaluate judges the one cycle under review
// with the evidence given for it; when that cycle is renewed and D has
// reached the next cycle's window, Decision.Behind is set and the Reasons
// and Explain say what to store (Decision.Next) before the next cycle is
// evaluated with its own evidence. A Renewed count greater than the number
// of windows opened by D (enrolled 2025-01-01, Renewed 2 before
// 2026-11-02) is an ErrRenewedAhead error. Policy.Advance does the walk:
// renewed cycles are stored one after the other, and the walk stops at the
// first cycle that is not renewed-and-behind: not due, pending, lapsed (for
// good) or retired.
//
// INT-6, the renewal date. Evidence counts when dated on or before both D
// and ValidTo: evidence dated after D has not happened yet as of D.
// Qualification met before the window opens counts from the opening day.
// A manual validation counts for a manual cycle when completed after the
// previous anniversary (the anniversary before the cycle's; a manual cycle
// is at least anniversary 2, so there always is one): an audit passed for
// the previous manual year is stale. The renewal date is the latest of the
// opening day, QualifiedOn and, for a manual cycle, ValidatedOn.
//
// Example, the seed's (POST-3, POST-4): enrolled in Analytics on Microsoft
// Azure on 2025-01-01. Cycle 1 is 2026-01-01, year 1, window 2025-11-02
// through 2026-01-31, qualification only. Cycle 2 is 2027-01-01, year 2,
// window 2026-11-02 through 2027-01-31, qualification and an audit passed
// after 2026-01-01. Qualified on 2026-10-15 and audited on 2026-12-03, it
// renews on 2026-12-03; evaluated on 2026-11-24 it is pending, owing the
// audit; evaluated on 2027-02-01 without the audit, it has lapsed.
//
// INT-7, reminders. Policy.Reminders yields a cycle's reminder days,
// 120, 90, 60 and 30 days before the anniversary, on it and 30 days after
// it, in date order. Which of them a planner still sends after a renewal
// is the planner's business; the schedule is the same for every cycle.
//
// # Editions (RULES EDN-)
//
// EDN-2, names. Explain names the entry by its name in force on the as-of
// day, in the language asked: "Analytics on Microsoft Azure" and
// "Microsoft Azure 上的分析" before its 2026-07-31 rename, "Analytics on
// Azure" in both languages after it, since that rename gives no Chinese
// name.
//
// EDN-4, a cycle's terms. A cycle needs the manual validation of the
// terms in force on its anniversary: Cloud Security enrolled 2024-07-01
// needs approved customer references for its 2nd renewal year on
// 2026-07-01, and an audit for its 4th, after the change of 2026-07-30.
//
// EDN-5, anniversary shifts. A change may move anniversaries: for an
// enrollment made before the change's day, every anniversary dated on or
// after that day moves that many months later, to the same day of the
// month or the month's last day (date.Date.AddMonths). Each shift applies
// to the anniversary as INT-2 computes it, and shifts add up. The window,
// the grace period and the reminders are computed from the moved day.
// Renewal years still count anniversaries in order. Cloud Security
// enrolled 2025-01-01 renews on 2026-01-01 (year 1, not moved) and then on
// 2027-07-01 (year 2, moved from 2027-01-01, with an audit); enrolled
// 2025-08-31, its first anniversary is 2027-02-28; enrolled 2024-02-29, its
// 3rd is 2027-08-28 (2027-02-28 moved), or 2027-09-01 under LeapDayMar1.
//
// EDN-3, retirement. From an entry's Retired day on, Evaluate answers
// PhaseRetired and OutcomeRetired, with nothing missing, unless the cycle
// under review, judged as of the day before the retirement day, had
// already lapsed (it then stays lapsed). Cycle and Cycles are date
// arithmetic and go on past retirement. Evaluate does not ask whether the
// entry was offered on the enrollment date: Enroll does.
//
// EDN-6, carry-over. When a retirement moves its holders, CarryOver gives
// the enrollment in the replacing entry with the same enrollment date and
// Renewed count, judged by the replacement's terms from then on: a
// Windows Server and SQL Server Migration enrollment of 2021 continues as
// Infra and Database Migration with its anniversary. Policy.KeepOne picks
// the enrollment to keep when two end up in one entry: the one whose next
// anniversary after the retirement day comes later, or on the same day the
// earlier enrollment.
//
// # Checks and errors
//
// Evaluate, Cycle, Cycles and KeepOne first make the checks of
// Policy.Validate and Enrollment.Validate, the same ones, so a policy with
// a negative window or a zero ReviewsFrom is an ErrInvalidPolicy error
// rather than a strange answer. Reminders does not check: it has no error
// to return, and it skips any reminder day outside the calendar instead.
// Errors wrap one of this package's sentinels, short noun phrases, and
// name the values once: "renewal: enrollment kubernetes: Renewed -1:
// invalid enrollment".
//
// # Encodings
//
// The enums (Requirement, Phase, Outcome, LeapDay) and Requirements
// encode as slugs ("window-open"; "qualification,audit" as text,
// ["qualification","audit"] in JSON), as every enum of the library does.
// Policy, Cycle, Evidence, Decision and Reason have JSON keys equal to
// their field names in lowerCamelCase, every key always present, dates as
// "YYYY-MM-DD" and the zero date as "". An Enrollment, alone or in a
// Decision, names its entry by ID ("item": "kubernetes") and does not
// decode (specialization.ErrNotDecodable): look the ID up in a catalog.
//
// # Performance
//
// Evaluate is meant to run once per enrollment every night: it allocates
// nothing and costs a few tens of nanoseconds, most of it the one or two
// date conversions of the anniversary it reviews. It computes a
// neighbouring anniversary (the previous one, for a validation that could
// be stale) only when the dates at hand cannot settle the question:
// consecutive anniversaries are at least 363 days apart, shifts included.
//
// # Limits
//
// Dates run from 0001-01-01 to 9999-12-31. A cycle that would end after
// 9999-12-31 does not exist: Cycle and Evaluate return
// ErrNoSuchAnniversary and Cycles stops before it. The renewal process of
// Microsoft is modelled as published; figures it does not publish (the
// qualification thresholds of most specializations) are the caller's
// evidence, given as the day they were first met.
package renewal
