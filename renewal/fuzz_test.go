package renewal_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

var sentinels = []error{
	renewal.ErrNotRenewable, renewal.ErrBeforeEnrollment, renewal.ErrNoAsOf, renewal.ErrInvalidEnrollment,
	renewal.ErrNoSuchAnniversary, renewal.ErrInvalidPolicy, renewal.ErrNotCarriedOver, renewal.ErrRenewedAhead,
}

// checkMessage checks that err wraps a sentinel and reads once: the
// package name at its start and nowhere else, the sentinel's words at its
// end and nowhere else.
func checkMessage(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	if !strings.HasPrefix(msg, "renewal: ") || strings.Count(msg, "renewal:") != 1 {
		t.Fatalf("error %q does not name the package once, at its start", msg)
	}
	for _, s := range sentinels {
		if errors.Is(err, s) {
			if !strings.HasSuffix(msg, ": "+s.Error()) || strings.Count(msg, s.Error()) != 1 {
				t.Fatalf("error %q does not end with its sentinel %q, said once", msg, s)
			}
			return
		}
	}
	t.Fatalf("error %v wraps no sentinel", err)
}

// offset returns d plus n days, or the zero Date for n == 0, so that fuzz
// inputs reach "no evidence" as easily as any day.
func offset(d date.Date, n int) date.Date {
	if n == 0 {
		return date.Date{}
	}
	return d.AddDays(n)
}

func fuzzPolicy(window, grace, rfOff, mfOff int, leap uint8, r1, r2 int) renewal.Policy {
	rf := d("2023-02-01").AddDays(rfOff)
	return renewal.Policy{
		WindowOpens: window, Grace: grace,
		ReviewsFrom: rf, ManualFrom: rf.AddDays(mfOff),
		ReminderDays: []int{r1, r2, 0}, LeapDay: renewal.LeapDay(leap),
	}
}

// fuzzItem returns the test entry number pick, or past the table's end an
// entry of its own whose one change, dated changeOff days after
// 2000-01-01, sets the validation and moves anniversaries shift months
// (EDN-4, EDN-5), retired retiredOff days after the change when that is
// positive. ok is false when specialization.New rejects that entry.
func fuzzItem(t *testing.T, pick, validation, changeValidation, shift uint8, changeOff, retiredOff int) (specialization.Specialization, bool) {
	if int(pick) < len(entries) {
		return spec(t, entries[pick].id), true
	}
	on := d("2000-01-01").AddDays(changeOff)
	def := specialization.Definition{
		ID: "fuzz", Kind: specialization.KindSpecialization, Category: specialization.CategoryAzure, Name: "Fuzz",
		Designations: specialization.Designations(specialization.DesignationDataAndAI),
		Validation:   specialization.Validation(validation),
		Changes: []specialization.Change{{On: on, Validation: specialization.Validation(changeValidation),
			ShiftMonths: int(shift), Source: "fuzz"}},
	}
	if retiredOff > 0 {
		def.Retired = on.AddDays(retiredOff)
	}
	s, err := specialization.New(def)
	return s, err == nil
}

func FuzzEvaluate(f *testing.F) {
	f.Add(uint8(1), uint8(2), uint8(0), uint8(0), 0, 0, 9131, 1, 10000, 10020, 10190, 60, 30, 0, 365, uint8(0), -120, 30)
	f.Add(uint8(7), uint8(2), uint8(0), uint8(0), 0, 0, 7744, 0, 8400, 8800, 8500, 60, 30, 0, 365, uint8(1), 0, 0)
	f.Add(uint8(7), uint8(2), uint8(0), uint8(0), 0, 0, 7744, 4, 9600, 9600, 9700, 60, 30, 0, 365, uint8(0), 0, 0)
	f.Add(uint8(17), uint8(1), uint8(1), uint8(0), 0, 0, 8825, 3, 1, 0, 1500, 0, 0, -400, 0, uint8(0), 366, -366)
	f.Add(uint8(32), uint8(3), uint8(2), uint8(6), 0, 0, 9131, 1, 900, 950, 960, 60, 30, 0, 365, uint8(0), 0, 0)
	f.Add(uint8(36), uint8(2), uint8(0), uint8(0), 0, 0, 9131, 0, 0, 0, 100, 60, 30, 0, 365, uint8(0), 0, 0)
	f.Add(uint8(200), uint8(3), uint8(2), uint8(6), 9707, 400, 8825, 3, 1460, 1200, 1470, 365, 365, 300, 1, uint8(1), 5, 5)
	f.Add(uint8(200), uint8(1), uint8(3), uint8(12), 9000, 0, 8400, 2, 2914000, 0, 30000, 60, 30, 0, 365, uint8(0), 0, 0)
	f.Add(uint8(200), uint8(0), uint8(0), uint8(13), -730000, -1, -730000, -1, 0, 0, -1, -1, -1, 0, -1, uint8(9), 0, 0)
	f.Fuzz(func(t *testing.T, pick, validation, changeValidation, shift uint8, changeOff, retiredOff, enrolledOff, renewed,
		qOff, vOff, asOfOff, window, grace, rfOff, mfOff int, leap uint8, r1, r2 int) {
		item, ok := fuzzItem(t, pick, validation, changeValidation, shift, changeOff, retiredOff)
		if !ok {
			return
		}
		p := fuzzPolicy(window, grace, rfOff, mfOff, leap, r1, r2)
		enrolled := d("2000-01-01").AddDays(enrolledOff)
		e := renewal.Enrollment{Item: item, Enrolled: enrolled, Renewed: renewed}
		ev := renewal.Evidence{QualifiedOn: offset(enrolled, qOff), ValidatedOn: offset(enrolled, vOff)}
		asOf := offset(enrolled, asOfOff)
		dec, err := p.Evaluate(e, ev, asOf)
		if err != nil {
			checkMessage(t, err)
			return
		}
		checkDecision(t, p, e, dec)
		checkAdvance(t, p, e, ev, dec)
	})
}

// checkAdvance checks that Advance, given ev for every cycle, walks from
// dec's cycle to one that is not behind, never back (INT-10).
func checkAdvance(t *testing.T, p renewal.Policy, e renewal.Enrollment, ev renewal.Evidence, dec renewal.Decision) {
	t.Helper()
	got, err := p.Advance(e, dec.AsOf, func(renewal.Cycle) renewal.Evidence { return ev })
	switch {
	case err != nil:
		t.Fatalf("Advance error %v where Evaluate gave %+v", err, dec)
	case got.Behind:
		t.Fatalf("Advance returned a decision that is behind: %+v", got)
	case !dec.Behind && got != dec:
		t.Fatalf("Advance = %+v, want Evaluate's %+v when not behind", got, dec)
	case got.Cycle.Anniversary < dec.Cycle.Anniversary || got.Enrollment.Renewed < e.Renewed:
		t.Fatalf("Advance went back: %+v from %+v", got, dec)
	}
}

// checkDecision checks the invariants of a Decision Evaluate returned.
func checkDecision(t *testing.T, p renewal.Policy, e renewal.Enrollment, dec renewal.Decision) {
	t.Helper()
	c, asOf := dec.Cycle, dec.AsOf
	renewed := dec.Outcome == renewal.OutcomeRenewed
	retired, ok := e.Item.Retired()
	ended := ok && !asOf.Before(retired) // EDN-3: judged as of the day before
	on := asOf
	if ended {
		on = retired.AddDays(-1)
	}
	switch {
	case dec.Enrollment != e:
		t.Fatalf("Decision.Enrollment = %+v, want %+v", dec.Enrollment, e)
	case c.Opens.After(c.Date) || c.Date.After(c.ValidTo):
		t.Fatalf("cycle %+v: want Opens <= Date <= ValidTo", c)
	case c.Year < 1 || c.Anniversary < e.Renewed+1 || (c.Manual && c.Year%2 != 0):
		t.Fatalf("cycle under review %+v of %+v: want a reviewed cycle after Renewed, manual only in even years", c, e)
	case renewed != !dec.RenewedOn.IsZero():
		t.Fatalf("Outcome %v with RenewedOn %v: RenewedOn must be set iff renewed", dec.Outcome, dec.RenewedOn)
	case renewed && (dec.RenewedOn.Before(c.Opens) || dec.RenewedOn.After(c.ValidTo) || dec.RenewedOn.After(asOf)):
		t.Fatalf("RenewedOn %v outside %v..min(%v, %v)", dec.RenewedOn, c.Opens, c.ValidTo, asOf)
	case (renewed || dec.Outcome == renewal.OutcomeRetired) != dec.Missing.IsEmpty():
		t.Fatalf("Outcome %v with Missing %v: Missing must be empty iff renewed or retired", dec.Outcome, dec.Missing)
	case dec.Missing&^dec.Required() != 0:
		t.Fatalf("Missing %v not within Required %v", dec.Missing, dec.Required())
	case (dec.Phase == renewal.PhaseRetired) != (dec.Outcome == renewal.OutcomeRetired):
		t.Fatalf("Phase %v with Outcome %v", dec.Phase, dec.Outcome)
	case ended && dec.Outcome != renewal.OutcomeRetired && !(dec.Outcome == renewal.OutcomeLapsed && on.After(c.ValidTo)):
		t.Fatalf("EDN-3 as of %v, retired %v: Outcome %v, want retired unless lapsed by %v", asOf, retired, dec.Outcome, on)
	case !ended && dec.Outcome == renewal.OutcomeRetired:
		t.Fatalf("EDN-3 retired as of %v, before the retirement day (%v, %v)", asOf, retired, ok)
	case !ended && (dec.Outcome == renewal.OutcomeNotDue) != asOf.Before(c.Opens):
		t.Fatalf("as of %v, window opening %v: Outcome %v", asOf, c.Opens, dec.Outcome)
	case (dec.Phase == renewal.PhaseLapsed) != (dec.Outcome == renewal.OutcomeLapsed):
		t.Fatalf("Phase %v with Outcome %v", dec.Phase, dec.Outcome)
	case dec.Outcome == renewal.OutcomeLapsed && !asOf.After(c.ValidTo):
		t.Fatalf("lapsed as of %v, before valid-to %v", asOf, c.ValidTo)
	case dec.Next().Renewed < e.Renewed:
		t.Fatalf("Next().Renewed %d < %d", dec.Next().Renewed, e.Renewed)
	case len(dec.Reasons()) == 0 || dec.Explain("en") == "" || dec.Explain("zh") == "":
		t.Fatalf("no reasons or explanation for %+v", dec)
	}
	if want, err := p.Cycle(e, c.Anniversary); err != nil || want != c {
		t.Fatalf("Evaluate's cycle %+v, Cycle(%d) = %+v, %v", c, c.Anniversary, want, err)
	}
	checkBehind(t, p, e, dec, on)
}

// checkBehind checks Behind against the next cycle as Cycle computes it,
// judged as of on (INT-10): a renewed decision is behind exactly when on
// has reached the next window, and the enrollment Next stores is
// evaluated without error.
func checkBehind(t *testing.T, p renewal.Policy, e renewal.Enrollment, dec renewal.Decision, on date.Date) {
	t.Helper()
	next, err := p.Cycle(e, dec.Cycle.Anniversary+1)
	reached := err == nil && !on.Before(next.Opens)
	switch {
	case dec.Behind && dec.Outcome != renewal.OutcomeRenewed && dec.Outcome != renewal.OutcomeRetired:
		t.Fatalf("Behind with Outcome %v", dec.Outcome)
	case dec.Behind && !reached:
		t.Fatalf("Behind as of %v, but the next window opens %v (%v)", on, next.Opens, err)
	case dec.Outcome == renewal.OutcomeRenewed && dec.Behind != reached:
		t.Fatalf("renewed as of %v, next window %v: Behind %v", on, next.Opens, dec.Behind)
	case dec.Behind && !strings.Contains(dec.Explain("en"), "behind"):
		t.Fatalf("Explain of a decision that is behind does not say so: %q", dec.Explain("en"))
	}
	if dec.Behind {
		if _, err := p.Evaluate(dec.Next(), renewal.Evidence{}, dec.AsOf); err != nil {
			t.Fatalf("Evaluate(Next()) of a decision that is behind: %v", err)
		}
	}
}

func FuzzCycles(f *testing.F) {
	f.Add(uint8(200), uint8(2), uint8(3), uint8(6), 9707, 8825, 60, 30, 0, 365, uint8(0)) // 2024-02-29, Security-like
	f.Add(uint8(200), uint8(3), uint8(2), uint8(6), 9707, 8825, 60, 30, 0, 365, uint8(1))
	f.Add(uint8(32), uint8(0), uint8(0), uint8(0), 0, 9374, 60, 30, 0, 365, uint8(0)) // cloud-security, 2025-08-31
	f.Add(uint8(7), uint8(0), uint8(0), uint8(0), 0, 7744, 0, 0, 0, 0, uint8(0))
	f.Add(uint8(200), uint8(1), uint8(1), uint8(12), 100, -700000, 365, 365, -100000, 1, uint8(1))
	f.Add(uint8(200), uint8(2), uint8(0), uint8(1), 2899000, 2900000, 1, 1, 3000, 0, uint8(0))
	f.Fuzz(func(t *testing.T, pick, validation, changeValidation, shift uint8, changeOff, enrolledOff,
		window, grace, rfOff, mfOff int, leap uint8) {
		item, ok := fuzzItem(t, pick, validation, changeValidation, shift, changeOff, 0)
		if !ok {
			return
		}
		p := fuzzPolicy(window, grace, rfOff, mfOff, leap, 0, 0)
		e := renewal.Enrollment{Item: item, Enrolled: d("2000-01-01").AddDays(enrolledOff)}
		if p.Validate() != nil || e.Validate() != nil {
			for c := range p.Cycles(e) {
				t.Fatalf("Cycles of an invalid policy or enrollment yielded %+v", c)
			}
			return
		}
		checkCycles(t, p, e, 40)
	})
}

// checkCycles checks the first n cycles of e: consecutive anniversaries on
// the enrollment's calendar day (INT-2) moved by the entry's shifts
// (EDN-5), in date order, exact windows (INT-3), renewal years counted from
// the first reviewed anniversary (INT-4), manual validation in even years
// from ManualFrom under the terms of the anniversary (REN-4, EDN-4), and
// reminders in date order (INT-7).
func checkCycles(t *testing.T, p renewal.Policy, e renewal.Enrollment, n int) {
	t.Helper()
	prev := renewal.Cycle{}
	for c := range p.Cycles(e) {
		if c.Anniversary > n {
			break
		}
		checkAnniversary(t, p, e, c)
		manual := e.Item.On(c.Date).Validation() != specialization.ValidationNone
		switch {
		case c.Anniversary != prev.Anniversary+1:
			t.Fatalf("anniversary %d after %d", c.Anniversary, prev.Anniversary)
		case !c.Date.After(prev.Date):
			t.Fatalf("anniversary %d on %v, not after anniversary %d on %v", c.Anniversary, c.Date, prev.Anniversary, prev.Date)
		case c.Opens != c.Date.AddDays(-p.WindowOpens) || c.ValidTo != c.Date.AddDays(p.Grace):
			t.Fatalf("cycle %+v: window not %d days before / grace not %d days after", c, p.WindowOpens, p.Grace)
		case (p.WindowOpens > 0 && !c.Opens.Before(c.Date)) || (p.Grace > 0 && !c.Date.Before(c.ValidTo)):
			t.Fatalf("cycle %+v: want Opens < Date < ValidTo", c)
		case (c.Year > 0) != !c.Date.Before(p.ReviewsFrom):
			t.Fatalf("cycle %+v, reviews from %v: Year 0 iff before", c, p.ReviewsFrom)
		case prev.Year > 0 && c.Year != prev.Year+1:
			t.Fatalf("year %d after %d: parity must alternate once reviews start", c.Year, prev.Year)
		case c.Manual != (c.Year > 0 && c.Year%2 == 0 && !c.Date.Before(p.ManualFrom) && manual):
			t.Fatalf("cycle %+v, manual from %v, validation %v: wrong Manual", c, p.ManualFrom, e.Item.On(c.Date).Validation())
		}
		last := date.Date{}
		for r := range p.Reminders(c) {
			if !r.After(last) {
				t.Fatalf("reminder %v after %v: not in date order", r, last)
			}
			last = r
		}
		prev = c
	}
}

// checkAnniversary checks that c.Date is the enrollment's month and day
// c.Anniversary years later, 29 February moved per the policy (INT-2),
// then moved by the months of every change dated after the enrollment and
// on or before that day (EDN-5).
func checkAnniversary(t *testing.T, p renewal.Policy, e renewal.Enrollment, c renewal.Cycle) {
	t.Helper()
	y, m, dd := e.Enrolled.Year()+c.Anniversary, e.Enrolled.Month(), e.Enrolled.Day()
	if m == time.February && dd == 29 && time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Day() != dd {
		m, dd = time.February, 28
		if p.LeapDay == renewal.LeapDayMar1 {
			m, dd = time.March, 1
		}
	}
	base, err := date.New(y, m, dd)
	if err != nil {
		t.Fatalf("anniversary %d of %v: %v", c.Anniversary, e.Enrolled, err)
	}
	months := 0
	for ch := range e.Item.Changes() {
		if e.Enrolled.Before(ch.On) && !base.Before(ch.On) {
			months += ch.ShiftMonths
		}
	}
	if want := base.AddMonths(months); c.Date != want {
		t.Fatalf("anniversary %d of %v = %v, want %v (%v moved %d months)", c.Anniversary, e.Enrolled, c.Date, want, base, months)
	}
}

// TestCyclesProperties runs checkCycles for every enrollment day from 2016
// through 2024 under both leap-day rules, for an entry without manual
// validation, one with an audit, and a Security entry whose anniversaries
// move on 2026-07-30.
func TestCyclesProperties(t *testing.T) {
	items := []specialization.Specialization{spec(t, "finance"), spec(t, "analytics-on-microsoft-azure"), spec(t, "cloud-security")}
	for _, leap := range []renewal.LeapDay{renewal.LeapDayFeb28, renewal.LeapDayMar1} {
		p := renewal.DefaultPolicy()
		p.LeapDay = leap
		for on := d("2016-01-01"); on.Before(d("2025-01-01")); on = on.AddDays(1) {
			for _, item := range items {
				checkCycles(t, p, renewal.Enrollment{Item: item, Enrolled: on}, 12)
			}
		}
	}
}

func FuzzReminders(f *testing.F) {
	f.Add(9131, -120, -90, -60, 30)
	f.Add(9131, 30, 30, 0, -30)
	f.Add(2900000, 500, -500, 0, 1)
	f.Fuzz(func(t *testing.T, dayOff, a, b, c, e int) {
		p := renewal.DefaultPolicy()
		p.ReminderDays = []int{a, b, c, e}
		cy := renewal.Cycle{Date: d("2000-01-01").AddDays(dayOff)}
		want := map[date.Date]bool{}
		for _, r := range p.ReminderDays {
			if x := cy.Date.AddDays(r); !x.IsZero() {
				want[x] = true
			}
		}
		last, n := date.Date{}, 0
		for r := range p.Reminders(cy) {
			if !r.After(last) || !want[r] {
				t.Fatalf("Reminders(%v, %v) yielded %v after %v", cy.Date, p.ReminderDays, r, last)
			}
			last = r
			n++
		}
		if n != len(want) {
			t.Fatalf("Reminders(%v, %v) yielded %d dates, want %d", cy.Date, p.ReminderDays, n, len(want))
		}
	})
}

type textValue interface {
	MarshalText() ([]byte, error)
	UnmarshalText([]byte) error
}

func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "active", "Window Open", "not-due", "qualification,audit", "customer reference", "feb-28", "1 March", ",", "audit,,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		news := []func() textValue{
			func() textValue { return new(renewal.Phase) },
			func() textValue { return new(renewal.Outcome) },
			func() textValue { return new(renewal.Requirement) },
			func() textValue { return new(renewal.Requirements) },
			func() textValue { return new(renewal.LeapDay) },
		}
		for _, n := range news {
			v := n()
			if err := v.UnmarshalText([]byte(s)); err != nil {
				if !errors.Is(err, specialization.ErrUnknownValue) {
					t.Fatalf("%T.UnmarshalText(%q) error %v does not wrap ErrUnknownValue", v, s, err)
				}
				continue
			}
			b, err := v.MarshalText()
			if err != nil {
				t.Fatalf("%T from %q: MarshalText: %v", v, s, err)
			}
			w := n()
			if err := w.UnmarshalText(b); err != nil {
				t.Fatalf("%T: %q does not read back: %v", v, b, err)
			}
			if b2, _ := w.MarshalText(); string(b2) != string(b) {
				t.Fatalf("%T: %q read back as %q", v, b, b2)
			}
		}
	})
}

// FuzzRequirementsJSON reads any JSON as a Requirements: an error leaves
// the set unchanged, and what reads writes an array that reads back the
// same.
func FuzzRequirementsJSON(f *testing.F) {
	for _, s := range []string{`[]`, `null`, `["qualification","audit"]`, `["Audit","customer references","audit"]`, `[""]`, `["x"]`, `"audit"`, `[1]`, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		const start = renewal.Requirements(1 << renewal.RequirementAudit)
		r := start
		if err := r.UnmarshalJSON([]byte(s)); err != nil {
			if r != start {
				t.Fatalf("UnmarshalJSON(%q) = %v with error %v, want the set unchanged", s, r, err)
			}
			return
		}
		b, err := r.MarshalJSON()
		if err != nil {
			t.Fatalf("%v from %q: MarshalJSON: %v", r, s, err)
		}
		var back renewal.Requirements
		if err := back.UnmarshalJSON(b); err != nil || back != r {
			t.Fatalf("%s read back as %v, %v; want %v", b, back, err, r)
		}
	})
}
