package renewal_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
)

// The timelines walk one enrollment day by day from 130 days before its
// anniversary to 40 days after, in the style of x/time/rate's step tables:
// each step holds from its first day (an offset from the anniversary)
// until the next step's first day.

// state is what a timeline checks on each day.
type state struct {
	Phase    renewal.Phase
	Outcome  renewal.Outcome
	Missing  renewal.Requirements
	Reminder bool // a reminder is due that day
}

type step struct {
	from    int // first day of the step, as an offset from the anniversary
	phase   renewal.Phase
	outcome renewal.Outcome
	missing renewal.Requirements
}

// reminderDays are DefaultPolicy's offsets (REN-6, INT-7).
var reminderDays = map[int]bool{-120: true, -90: true, -60: true, -30: true, 0: true, 30: true}

// walk evaluates e every day from -130 to +40 around cycle c's anniversary
// and checks the state against the steps. A reminder is due on each of the
// default reminder days, renewed or not: the schedule is the same for every
// cycle (INT-7); which reminders a planner still shows after a renewal is
// tested with portfolio's agenda.
func walk(t *testing.T, e renewal.Enrollment, ev renewal.Evidence, steps []step) {
	t.Helper()
	p := renewal.DefaultPolicy()
	cycle, err := p.Cycle(e, e.Renewed+1)
	if err != nil {
		t.Fatal(err)
	}
	anniversary := cycle.Date
	due := map[date.Date]bool{}
	for r := range p.Reminders(cycle) {
		due[r] = true
	}
	for off := -130; off <= 40; off++ {
		asOf := anniversary.AddDays(off)
		dec, err := p.Evaluate(e, ev, asOf)
		if err != nil {
			t.Fatalf("day %+d (%s): %v", off, asOf, err)
		}
		st := stepAt(steps, off)
		want := state{st.phase, st.outcome, st.missing, reminderDays[off]}
		got := state{dec.Phase, dec.Outcome, dec.Missing, due[asOf]}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("day %+d (%s) (-want +got):\n%s", off, asOf, diff)
		}
		if dec.Cycle != cycle {
			t.Errorf("day %+d (%s): cycle %+v, want %+v", off, asOf, dec.Cycle, cycle)
		}
	}
}

func stepAt(steps []step, off int) step {
	var s step
	for _, st := range steps {
		if st.from > off {
			break
		}
		s = st
	}
	return s
}

func TestTimelineRenewedInGrace(t *testing.T) {
	// The seed's example in its 2nd renewal year (POST-4): the partner
	// qualifies before the window and passes the audit on 2027-01-10, nine
	// days into grace.
	e := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 1)
	ev := renewal.Evidence{QualifiedOn: d("2026-10-01"), ValidatedOn: d("2027-01-10")}
	walk(t, e, ev, []step{
		{-130, renewal.PhaseActive, renewal.OutcomeNotDue, q | audit}, // INT-10: nothing counts before the window
		{-60, renewal.PhaseWindowOpen, renewal.OutcomePending, audit}, // INT-6: qualification counts from the opening day
		{1, renewal.PhaseGrace, renewal.OutcomePending, audit},        // REN-5: grace after the anniversary
		{9, renewal.PhaseGrace, renewal.OutcomeRenewed, 0},            // INT-6: renewed on the audit day
		{31, renewal.PhaseActive, renewal.OutcomeRenewed, 0},          // INT-10: renewed, active after valid-to
	})
}

func TestTimelineLapses(t *testing.T) {
	// A Modern Work specialization in its 2nd year that never gets its
	// customer reference approved (REN-4): lapsed the day after valid-to.
	e := enroll(t, "teamwork-deployment", "2025-01-01", 1)
	ev := renewal.Evidence{QualifiedOn: d("2026-12-15"), ValidatedOn: d("2025-06-01")} // a stale reference
	walk(t, e, ev, []step{
		{-130, renewal.PhaseActive, renewal.OutcomeNotDue, q | ref},
		{-60, renewal.PhaseWindowOpen, renewal.OutcomePending, q | ref},
		{-17, renewal.PhaseWindowOpen, renewal.OutcomePending, ref}, // qualified 2026-12-15
		{1, renewal.PhaseGrace, renewal.OutcomePending, ref},
		{31, renewal.PhaseLapsed, renewal.OutcomeLapsed, ref},
	})
}

func TestTimelineFirstYear(t *testing.T) {
	// POST-3: the first renewal year of the seed's example, qualified
	// inside the window on 2025-12-10 (day -22).
	e := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 0)
	walk(t, e, renewal.Evidence{QualifiedOn: d("2025-12-10")}, []step{
		{-130, renewal.PhaseActive, renewal.OutcomeNotDue, q},
		{-60, renewal.PhaseWindowOpen, renewal.OutcomePending, q},
		{-22, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, 0},
		{1, renewal.PhaseGrace, renewal.OutcomeRenewed, 0},
		{31, renewal.PhaseActive, renewal.OutcomeRenewed, 0},
	})
}

// TestTimelineReminderDays checks the reminder column on its own: the
// walks above recompute it from the policy, this pins the days.
func TestTimelineReminderDays(t *testing.T) {
	var got []string
	for r := range renewal.DefaultPolicy().Reminders(cycle2027) {
		got = append(got, fmt.Sprintf("%+d", r.DaysSince(cycle2027.Date)))
	}
	want := []string{"-120", "-90", "-60", "-30", "+0", "+30"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("REN-6 reminder offsets (-want +got):\n%s", diff)
	}
}
