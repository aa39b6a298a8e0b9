package renewal_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
)

// The tests of this file prove that stale state is never silent (issue
// 10): a stored enrollment that fell behind says so, one that claims more
// renewals than windows opened is refused, and Advance walks an enrollment
// forward through its cycles (RULES INT-10, INT-5, EDN-3).

func TestEvaluateBehind(t *testing.T) {
	ev := func(q, v string) renewal.Evidence { return renewal.Evidence{QualifiedOn: d(q), ValidatedOn: d(v)} }
	first := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 0)
	kube := enroll(t, "kubernetes", "2024-03-15", 0)
	kubeCycle1 := renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2025-03-15"), Opens: d("2025-01-14"), ValidTo: d("2025-04-14")}
	late := enroll(t, "kubernetes", "2024-10-15", 0)
	lateCycle1 := renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2025-10-15"), Opens: d("2025-08-16"), ValidTo: d("2025-11-14")}
	tests := []struct {
		evalCase
		behind bool
	}{
		{evalCase{"INT-10 a renewed cycle is not behind the day before the next window opens", first, ev("2025-12-01", ""), "2026-11-01",
			cycle2026, renewal.PhaseActive, renewal.OutcomeRenewed, "2025-12-01", 0}, false},
		{evalCase{"INT-10 a renewed cycle is behind from the day the next window opens", first, ev("2025-12-01", ""), "2026-11-02",
			cycle2026, renewal.PhaseActive, renewal.OutcomeRenewed, "2025-12-01", 0}, true},
		{evalCase{"INT-10 years after later deadlines passed, the stale enrollment is behind, not silently healthy", first, ev("2025-12-01", ""), "2029-06-01",
			cycle2026, renewal.PhaseActive, renewal.OutcomeRenewed, "2025-12-01", 0}, true},
		{evalCase{"INT-10 a pending cycle is never behind", first, ev("", ""), "2026-01-15",
			cycle2026, renewal.PhaseGrace, renewal.OutcomePending, "", q}, false},
		{evalCase{"INT-5 a lapsed cycle is never behind", first, ev("", ""), "2029-06-01",
			cycle2026, renewal.PhaseLapsed, renewal.OutcomeLapsed, "", q}, false},
		{evalCase{"EDN-3 INT-10 retired, and behind: the next window opened before the retirement day", kube, ev("2025-02-01", ""), "2026-12-01",
			kubeCycle1, renewal.PhaseRetired, renewal.OutcomeRetired, "", 0}, true},
		{evalCase{"EDN-3 INT-10 retired, not behind: the next window opens after the retirement day", late, ev("2025-09-01", ""), "2026-12-01",
			lateCycle1, renewal.PhaseRetired, renewal.OutcomeRetired, "", 0}, false},
	}
	for _, tt := range tests {
		runEvalCase(t, renewal.DefaultPolicy(), tt.evalCase, tt.behind)
	}
}

// EDN-3 INT-10: a retired decision that is behind points at the cycle the
// stored enrollment missed, which lapsed before the retirement.
func TestRetiredBehindLapsed(t *testing.T) {
	p := renewal.DefaultPolicy()
	dec, err := p.Evaluate(enroll(t, "kubernetes", "2024-03-15", 0), renewal.Evidence{QualifiedOn: d("2025-02-01")}, d("2026-12-01"))
	if err != nil {
		t.Fatal(err)
	}
	next := dec.Next()
	if next.Renewed != 1 {
		t.Fatalf("EDN-3 Next() of a retired decision that is behind: Renewed %d, want 1", next.Renewed)
	}
	got, err := p.Evaluate(next, renewal.Evidence{}, d("2026-12-01"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Outcome != renewal.OutcomeLapsed || got.Cycle.Date != d("2026-03-15") {
		t.Errorf("EDN-3 the missed cycle: %v on %v, want lapsed on 2026-03-15", got.Outcome, got.Cycle.Date)
	}
}

func TestBehindReasonsAndExplain(t *testing.T) {
	dec := evaluate(t, enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 0),
		renewal.Evidence{QualifiedOn: d("2025-12-01")}, "2026-11-20")
	if !dec.Behind {
		t.Fatalf("INT-10 Behind = false, want true: %+v", dec)
	}
	want := renewal.Reason{Clause: "INT-10",
		Text: "the stored enrollment is behind: the window of anniversary 2 (2027-01-01) opened on 2026-11-02; " +
			"store anniversaries survived: 1 (Decision.Next) and evaluate that cycle with its own evidence",
		Chinese: "存储的注册已落后：第 2 个周年日期（2027-01-01）的续订窗口已于 2026-11-02 打开；" +
			"请将已度过的周年数存为 1（Decision.Next），并用该周期自己的证据重新评估"}
	rs := dec.Reasons()
	if diff := cmp.Diff(want, rs[len(rs)-1]); diff != "" {
		t.Errorf("INT-10 last reason of a decision that is behind (-want +got):\n%s", diff)
	}
	tests := []struct {
		name, lang, want string
	}{
		{"INT-10 Explain says what to store", "en",
			"Analytics on Azure was renewed on 2025-12-01 for the 2026-01-01 anniversary (the 1st renewal year); nothing more is owed for it. " +
				"The next anniversary is on 2027-01-01: renewing inside the window does not move it. " +
				"The stored enrollment is behind: the window for the 2027-01-01 anniversary opened on 2026-11-02. " +
				"Store it with 1 anniversaries survived and evaluate it again with that cycle's evidence."},
		{"INT-10 Explain says what to store, in Chinese", "zh-Hans",
			"“Analytics on Azure”专用化已于 2025-12-01 完成 2026-01-01 周年日期（第 1 个续订年）的续订，本周期无需再做任何事。" +
				"下一个周年日期为 2027-01-01：在续订窗口内续订不会改变周年日期。" +
				"存储的注册已落后：2027-01-01 周年日期的续订窗口已于 2026-11-02 打开。请将已度过的周年数更新为 1，并用该周期的证据重新评估。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, dec.Explain(tt.lang)); diff != "" {
				t.Errorf("Explain(%q) (-want +got):\n%s", tt.lang, diff)
			}
		})
	}
}

func TestRenewedAhead(t *testing.T) {
	p := renewal.DefaultPolicy()
	tests := []struct {
		name    string
		e       renewal.Enrollment
		asOf    string
		wantErr bool
	}{
		{"INT-10 one anniversary survived before its window opened", enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 1), "2025-11-01", true},
		{"INT-10 one anniversary survived on the day its window opened", enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 1), "2025-11-02", false},
		{"INT-10 ten anniversaries survived a year after enrolling", enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 10), "2026-01-01", true},
		{"INT-4 an unreviewed anniversary survived before its window opened", enroll(t, "kubernetes", "2021-03-15", 1), "2022-01-13", true},
		{"INT-4 an unreviewed anniversary survived once its window opened", enroll(t, "kubernetes", "2021-03-15", 1), "2022-01-14", false},
		{"EDN-5 a shifted anniversary survived before its moved window opened", enroll(t, "cloud-security", "2025-01-01", 2), "2027-05-01", true},
		{"EDN-5 a shifted anniversary survived once its moved window opened", enroll(t, "cloud-security", "2025-01-01", 2), "2027-05-02", false},
		{"INT-10 nothing survived is never ahead", enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 0), "2025-01-01", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := p.Evaluate(tt.e, renewal.Evidence{}, d(tt.asOf))
			if got := errors.Is(err, renewal.ErrRenewedAhead); got != tt.wantErr {
				t.Errorf("Evaluate(Renewed %d, %s) error = %v, want ErrRenewedAhead: %v", tt.e.Renewed, tt.asOf, err, tt.wantErr)
			}
			if !tt.wantErr && err != nil {
				t.Errorf("Evaluate(Renewed %d, %s) error = %v, want none", tt.e.Renewed, tt.asOf, err)
			}
		})
	}
}

// evidenceScript gives the evidence of each anniversary of a scripted
// timeline and records the anniversaries it was asked about.
type evidenceScript struct {
	by    map[int]renewal.Evidence
	asked []int
}

func (s *evidenceScript) evidence(c renewal.Cycle) renewal.Evidence {
	s.asked = append(s.asked, c.Anniversary)
	return s.by[c.Anniversary]
}

// TestAdvanceTimeline walks one partner's Analytics on Microsoft Azure
// enrollment of 2021-03-15 over five years, from the stored Renewed 0
// every time, as a nightly job that lost its writes would: anniversary 1
// (2022) is not reviewed (INT-4), 2 to 4 renew, 5 (2026, an even year)
// never gets its audit and lapses for good (INT-5).
func TestAdvanceTimeline(t *testing.T) {
	script := map[int]renewal.Evidence{
		2: {QualifiedOn: d("2023-02-01")},
		3: {QualifiedOn: d("2024-02-01"), ValidatedOn: d("2024-02-10")},
		4: {QualifiedOn: d("2025-01-20")},
		5: {QualifiedOn: d("2026-02-01")},
		6: {QualifiedOn: d("2027-01-20")}, // never asked: the walk stops at the lapse
	}
	e := enroll(t, "analytics-on-microsoft-azure", "2021-03-15", 0)
	tests := []struct {
		name    string
		asOf    string
		cycle   int // anniversary of the decision
		phase   renewal.Phase
		outcome renewal.Outcome
		missing renewal.Requirements
		store   int   // Next().Renewed
		asked   []int // anniversaries whose evidence was asked, in order
	}{
		{"INT-4 unreviewed first anniversary, the 2023 cycle not due", "2022-06-01", 2, renewal.PhaseActive, renewal.OutcomeNotDue, q, 0, []int{2}},
		{"REN-3 year 1 renewed", "2023-03-01", 2, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, 0, 2, []int{2}},
		{"INT-10 walked into year 2, pending in its window", "2024-01-20", 3, renewal.PhaseWindowOpen, renewal.OutcomePending, q | audit, 2, []int{2, 3}},
		{"REN-4 year 2 renewed with its audit", "2024-03-01", 3, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, 0, 3, []int{2, 3}},
		{"REN-3 year 3 renewed, active after its grace", "2025-06-01", 4, renewal.PhaseActive, renewal.OutcomeRenewed, 0, 4, []int{2, 3, 4}},
		{"REN-4 year 4 in grace without its audit", "2026-03-20", 5, renewal.PhaseGrace, renewal.OutcomePending, audit, 4, []int{2, 3, 4, 5}},
		{"INT-5 year 4 lapsed the day after its deadline", "2026-04-15", 5, renewal.PhaseLapsed, renewal.OutcomeLapsed, audit, 4, []int{2, 3, 4, 5}},
		{"INT-5 lapsed for good: the walk stops there years later", "2030-01-01", 5, renewal.PhaseLapsed, renewal.OutcomeLapsed, audit, 4, []int{2, 3, 4, 5}},
	}
	p := renewal.DefaultPolicy()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &evidenceScript{by: script}
			dec, err := p.Advance(e, d(tt.asOf), s.evidence)
			if err != nil {
				t.Fatal(err)
			}
			type view struct {
				Cycle   int
				Phase   renewal.Phase
				Outcome renewal.Outcome
				Missing renewal.Requirements
				Behind  bool
				Store   int
				Asked   []int
			}
			want := view{tt.cycle, tt.phase, tt.outcome, tt.missing, false, tt.store, tt.asked}
			got := view{dec.Cycle.Anniversary, dec.Phase, dec.Outcome, dec.Missing, dec.Behind, dec.Next().Renewed, s.asked}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Advance(enrolled 2021-03-15, %s) (-want +got):\n%s", tt.asOf, diff)
			}
			// The decision Advance returns is the one Evaluate gives for
			// the enrollment it stored, with that cycle's evidence.
			stored := dec.Enrollment
			again, err := p.Evaluate(stored, script[dec.Cycle.Anniversary], d(tt.asOf))
			if err != nil || again != dec {
				t.Errorf("Evaluate(%+v) = %+v, %v; want Advance's %+v", stored, again, err, dec)
			}
		})
	}
}

func TestAdvanceRetirement(t *testing.T) {
	p := renewal.DefaultPolicy()
	e := enroll(t, "kubernetes", "2024-03-15", 0)
	tests := []struct {
		name    string
		script  map[int]renewal.Evidence
		cycle   int
		outcome renewal.Outcome
	}{
		{"EDN-3 walked to the cycle current at retirement: retired",
			map[int]renewal.Evidence{1: {QualifiedOn: d("2025-02-01")}, 2: {QualifiedOn: d("2026-02-01"), ValidatedOn: d("2026-02-10")}},
			2, renewal.OutcomeRetired},
		{"EDN-3 INT-5 a cycle that lapsed before retirement stops the walk: lapsed",
			map[int]renewal.Evidence{1: {QualifiedOn: d("2025-02-01")}},
			2, renewal.OutcomeLapsed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &evidenceScript{by: tt.script}
			dec, err := p.Advance(e, d("2026-12-01"), s.evidence)
			if err != nil {
				t.Fatal(err)
			}
			if dec.Cycle.Anniversary != tt.cycle || dec.Outcome != tt.outcome || dec.Behind {
				t.Errorf("Advance = cycle %d %v (behind %v), want cycle %d %v", dec.Cycle.Anniversary, dec.Outcome, dec.Behind, tt.cycle, tt.outcome)
			}
		})
	}
}

func TestAdvanceEdges(t *testing.T) {
	p := renewal.DefaultPolicy()
	e := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 0)
	dec, err := p.Advance(e, d("2026-06-01"), nil)
	if err != nil || dec.Outcome != renewal.OutcomeLapsed || dec.Cycle.Anniversary != 1 {
		t.Errorf("INT-5 Advance with no evidence = %v on anniversary %d, %v; want lapsed on anniversary 1", dec.Outcome, dec.Cycle.Anniversary, err)
	}
	for _, tt := range []struct {
		name string
		e    renewal.Enrollment
		asOf date.Date
		want error
	}{
		{"INT-5 as of the day before enrollment", e, d("2024-12-31"), renewal.ErrBeforeEnrollment},
		{"INT-1 no as-of day", e, date.Date{}, renewal.ErrNoAsOf},
		{"INT-10 Renewed ahead", enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 3), d("2026-06-01"), renewal.ErrRenewedAhead},
		{"REN-1 expert program", renewal.Enrollment{Item: spec(t, "azure-expert-msp"), Enrolled: d("2025-01-01")}, d("2026-06-01"), renewal.ErrNotRenewable},
	} {
		t.Run(tt.name, func(t *testing.T) {
			called := false
			dec, err := p.Advance(tt.e, tt.asOf, func(renewal.Cycle) renewal.Evidence { called = true; return renewal.Evidence{} })
			if !errors.Is(err, tt.want) || dec != (renewal.Decision{}) || called {
				t.Errorf("Advance = %+v, %v (evidence asked: %v); want error wrapping %v and no evidence asked", dec, err, called, tt.want)
			}
		})
	}
}

func TestReasonLocal(t *testing.T) {
	dec := evaluate(t, enroll(t, "cloud-security", "2025-01-01", 1), renewal.Evidence{}, "2027-06-01")
	for _, r := range dec.Reasons() {
		if r.Chinese == "" || r.Local("zh-CN") != r.Chinese || r.Local("en") != r.Text || r.Local("zh-TW") != r.Text {
			t.Errorf("INT-10 reason %s: Local does not pick Chinese for zh-CN and English otherwise: %+v", r.Clause, r)
		}
		if i := strings.IndexAny(r.Chinese, ":,;()"); i >= 0 {
			t.Errorf("reason %s: half-width punctuation in %q at byte %d", r.Clause, r.Chinese, i)
		}
	}
	if got := (renewal.Reason{Clause: "REN-4", Text: "x"}).Local("zh"); got != "x" {
		t.Errorf("Local(zh) of a reason without Chinese = %q, want the English text", got)
	}
}
