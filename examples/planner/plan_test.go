package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// demoPlan plans the demo portfolio as of asOf.
func demoPlan(t *testing.T, asOf string) plan {
	t.Helper()
	p, err := decodePortfolio(demo, "demo.json", catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	pl, err := buildPlan(p, options{asOf: date.MustParse(asOf), format: "text", lang: "en", years: 2})
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

// item finds the plan item of a catalog ID.
func item(t *testing.T, pl plan, id specialization.ID) (int, planItem) {
	t.Helper()
	for i, it := range pl.Items {
		if it.Entry.Item.ID() == id {
			return i, it
		}
	}
	t.Fatalf("no %s in the plan", id)
	return 0, planItem{}
}

// itemFacts is what the demo tests compare per specialization.
type itemFacts struct {
	State        itemState
	Phase        renewal.Phase
	Outcome      renewal.Outcome
	Year         int
	Missing      renewal.Requirements
	NextReminder date.Date
	LapsedOn     date.Date
	Granted      bool
}

func TestDemoPlan(t *testing.T) {
	pl := demoPlan(t, demoAsOf)
	d := date.MustParse
	tests := []struct {
		name string
		id   specialization.ID
		want itemFacts
	}{
		{"REN-4 even year in the window still owes the audit", "analytics-on-microsoft-azure", itemFacts{
			stateRenewal, renewal.PhaseWindowOpen, renewal.OutcomePending, 2,
			renewal.RequirementsOf(renewal.RequirementAudit), d("2026-12-02"), date.Date{}, true}},
		{"INT-4 legacy 2021 enrollment counts renewal years from 2023", "kubernetes", itemFacts{
			stateRenewal, renewal.PhaseActive, renewal.OutcomeNotDue, 5,
			renewal.RequirementsOf(renewal.RequirementQualification), d("2026-12-15"), date.Date{}, true}},
		{"REN-1 expert program has no renewal but a benefit", "azure-expert-msp", itemFacts{
			State: stateExpert, Granted: true}},
		{"INT-7 no reminder after the renewal date", "business-intelligence", itemFacts{
			stateRenewal, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, 2, 0, date.Date{}, date.Date{}, true}},
		{"BEN-5 second Business Applications specialization is withheld", "sales", itemFacts{
			stateRenewal, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, 1, 0, date.Date{}, date.Date{}, false}},
		{"INT-8 lapsed specialization keeps its slot until the next DA", "calling-for-microsoft-teams", itemFacts{
			stateRenewal, renewal.PhaseLapsed, renewal.OutcomeLapsed, 2,
			renewal.RequirementsOf(renewal.RequirementCustomerReference), date.Date{}, d("2026-10-02"), true}},
		{"REN-3 odd year not due yet", "threat-protection", itemFacts{
			stateRenewal, renewal.PhaseActive, renewal.OutcomeNotDue, 3,
			renewal.RequirementsOf(renewal.RequirementQualification), d("2026-12-11"), date.Date{}, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, it := item(t, pl, tt.id)
			got := itemFacts{it.State, it.Decision.Phase, it.Decision.Outcome, it.Decision.Cycle.Year,
				it.Decision.Missing, it.NextReminder, it.LapsedOn, it.Grant.Granted}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("plan of %s (-want +got):\n%s", tt.id, diff)
			}
		})
	}
}

func TestDemoBenefits(t *testing.T) {
	pl := demoPlan(t, demoAsOf)
	type used struct {
		Category specialization.Category
		Used     int
		Cap      int
		Withheld []specialization.ID
	}
	var got []used
	for _, cp := range pl.Categories {
		u := used{Category: cp.Category, Used: cp.Used, Cap: cp.Cap}
		for _, i := range cp.Withheld {
			u.Withheld = append(u.Withheld, pl.Items[i].Entry.Item.ID())
		}
		got = append(got, u)
	}
	want := []used{
		{specialization.CategoryAzure, 3, 5, nil}, // BEN-2: Azure Expert MSP counts here
		{specialization.CategoryBusinessApplications, 1, 1, []specialization.ID{"sales"}},
		{specialization.CategoryModernWork, 1, 3, nil}, // INT-8: the lapsed one keeps its slot
		{specialization.CategorySecurity, 1, 3, nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("BEN-2 benefits per category (-want +got):\n%s", diff)
	}
}

func TestNextReminder(t *testing.T) {
	tests := []struct {
		name, asOf string
		want       date.Date
	}{
		{"INT-7 a reminder on the as-of date is the next one", "2026-12-02", date.MustParse("2026-12-02")},
		{"INT-7 the day after, the next is on the anniversary", "2026-12-03", date.MustParse("2027-01-01")},
		{"INT-7 in grace, the last reminder is 30 days after", "2027-01-02", date.MustParse("2027-01-31")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, it := item(t, demoPlan(t, tt.asOf), "analytics-on-microsoft-azure")
			if got := it.NextReminder; got != tt.want {
				t.Errorf("NextReminder as of %s = %v, want %v", tt.asOf, got, tt.want)
			}
		})
	}
}

func TestEvents(t *testing.T) {
	pl := demoPlan(t, demoAsOf)
	bi, _ := item(t, pl, "business-intelligence")
	calling, _ := item(t, pl, "calling-for-microsoft-teams")
	expert, _ := item(t, pl, "azure-expert-msp")
	for _, e := range pl.Events {
		switch {
		case e.Item == calling:
			t.Errorf("INT-5 lapsed enrollment has event %+v", e)
		case e.Item == expert:
			t.Errorf("REN-1 expert program has event %+v", e)
		case e.Item == bi && e.Cycle.Anniversary == 2 && (e.Kind == eventValidTo || e.Kind == eventReminder || e.Reminder):
			t.Errorf("INT-7 renewed cycle has a reminder or valid-to event %+v", e)
		}
	}
	// The first Analytics cycle after the pending one: all of its days, a
	// reminder on the day of another event told in that event.
	var got []string
	analytics, _ := item(t, pl, "analytics-on-microsoft-azure")
	for _, e := range pl.Events {
		if e.Item == analytics && e.Cycle.Date == date.MustParse("2028-01-01") {
			got = append(got, e.Date.String()+" "+e.Kind.slug()+map[bool]string{true: " +reminder"}[e.Reminder])
		}
	}
	want := []string{
		"2027-09-03 reminder", "2027-10-03 reminder", "2027-11-02 window-opens +reminder",
		"2027-12-02 reminder", "2028-01-01 anniversary +reminder", "2028-01-31 valid-to +reminder",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("REN-6 events of the 2028-01-01 cycle (-want +got):\n%s", diff)
	}
}

// TestDemoOverTime is a property test: on every week from the first day
// the demo's renewed counts are possible through four years later, the
// plan builds, its events are sorted and within the horizon, the text
// fits 80 columns and the calendar's UIDs are unique.
func TestDemoOverTime(t *testing.T) {
	p, err := decodePortfolio(demo, "demo.json", catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	for asOf := date.MustParse("2026-02-09"); asOf.Before(date.MustParse("2030-02-09")); asOf = asOf.AddDays(7) {
		pl, err := buildPlan(p, options{asOf: asOf, format: "text", lang: "en", years: 2})
		if err != nil {
			t.Fatalf("buildPlan as of %s: %v", asOf, err)
		}
		if !slices.IsSortedFunc(pl.Events, func(a, b event) int { return a.Date.Compare(b.Date) }) {
			t.Errorf("as of %s: events out of date order", asOf)
		}
		for _, e := range pl.Events {
			if e.Date.Before(pl.AsOf) || e.Date.After(pl.Until) {
				t.Errorf("as of %s: event %+v outside %s..%s", asOf, e, pl.AsOf, pl.Until)
			}
		}
		checkOutputs(t, pl)
	}
}

func checkOutputs(t *testing.T, pl plan) {
	t.Helper()
	var text, ics bytes.Buffer
	writeText(&text, pl)
	for _, line := range strings.Split(text.String(), "\n") {
		if cells(line) > 80 {
			t.Errorf("as of %s: text line wider than 80 cells: %q", pl.AsOf, line)
		}
	}
	writeICS(&ics, pl)
	uids := map[string]bool{}
	for _, line := range strings.Split(unfold(ics.String()), "\r\n") {
		if uid, ok := strings.CutPrefix(line, "UID:"); ok {
			if uids[uid] {
				t.Errorf("as of %s: UID %s twice", pl.AsOf, uid)
			}
			uids[uid] = true
		}
	}
	if len(uids) != len(pl.Events) {
		t.Errorf("as of %s: %d UIDs for %d events", pl.AsOf, len(uids), len(pl.Events))
	}
}

func TestDesignationYear(t *testing.T) {
	tests := []struct {
		name, da, asOf, from, to string
	}{
		{"INT-8 the DA on the as-of date starts the year", "2025-07-01", "2026-07-01", "2026-07-01", "2027-07-01"},
		{"INT-8 the day before, the previous year runs", "2025-07-01", "2026-06-30", "2025-07-01", "2026-07-01"},
		{"INT-8 a DA after the as-of date rolls back", "2030-07-01", "2026-11-24", "2026-07-01", "2027-07-01"},
		{"INT-2 a 29 February DA falls on 28 February in a common year", "2024-02-29", "2025-06-01", "2025-02-28", "2026-02-28"},
		{"INT-2 a 29 February DA is 29 February in a leap year", "2024-02-29", "2028-03-01", "2028-02-29", "2029-02-28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to, err := designationYear(date.MustParse(tt.da), date.MustParse(tt.asOf))
			if err != nil {
				t.Fatal(err)
			}
			got := []date.Date{from, to}
			want := []date.Date{date.MustParse(tt.from), date.MustParse(tt.to)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("designationYear(%s, %s) (-want +got):\n%s", tt.da, tt.asOf, diff)
			}
		})
	}
}

func TestNotYetEnrolled(t *testing.T) {
	// INT-5: before the enrollment date there is no decision, no benefit
	// and no error; the calendar still shows the first cycle's days.
	src := portfolioWith(`"specialization": "sales", "enrolled": "2027-03-01"`)
	p, err := decodePortfolio([]byte(src), "p.json", catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	pl, err := buildPlan(p, options{asOf: date.MustParse(demoAsOf), format: "text", lang: "en", years: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := pl.Items[0].State; got != stateNotYet {
		t.Errorf("state = %v, want not enrolled yet", got)
	}
	if len(pl.Events) == 0 || pl.Events[0].Date.Before(date.MustParse("2027-03-01")) {
		t.Errorf("INT-5 events %+v, want the first cycle's, after the enrollment", pl.Events)
	}
}

func TestEndedByPortfolio(t *testing.T) {
	tests := []struct {
		name  string
		entry string
	}{
		{"INT-8 a specialization ended by the file keeps its slot until the next DA",
			`"specialization": "Analytics on Microsoft Azure", "enrolled": "2025-01-01", "renewed": 1, "lapsed": "2026-08-01"`},
		{"REN-1 an expert program ended by the file keeps its slot until the next DA",
			`"specialization": "Azure Expert MSP", "enrolled": "2023-05-01", "lapsed": "2026-08-01"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := decodePortfolio([]byte(portfolioWith(tt.entry)), "p.json", catalog.Default())
			if err != nil {
				t.Fatal(err)
			}
			pl, err := buildPlan(p, options{asOf: date.MustParse(demoAsOf), format: "text", lang: "en", years: 2})
			if err != nil {
				t.Fatal(err)
			}
			it := pl.Items[0]
			if it.State != stateEnded || !it.Grant.Granted || len(pl.Events) != 0 {
				t.Errorf("state %v, granted %v, %d events; want ended, granted, no events", it.State, it.Grant.Granted, len(pl.Events))
			}
		})
	}
}
