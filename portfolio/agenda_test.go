package portfolio_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// dated is what the agenda tests compare of an Event.
type dated struct {
	Date   date.Date
	Kind   portfolio.EventKind
	Offset int
}

func datedOf(evs []portfolio.Event) []dated {
	var out []dated
	for _, e := range evs {
		out = append(out, dated{e.Date, e.Kind, e.Offset})
	}
	return out
}

// TestAgendaDayByDay checks the agenda of one holding, for every day of a
// four-year range, against renewal.Policy.Cycles and Reminders: each
// event listed is a window opening, reminder, anniversary or deadline of a
// reviewed cycle from the one under review on, and each such date in range
// is listed (REN-5, REN-6, INT-7).
func TestAgendaDayByDay(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	s, ok := catalog.Default().Get("analytics-on-microsoft-azure")
	if !ok {
		t.Fatal("analytics-on-microsoft-azure is not in the catalog")
	}
	e := renewal.Enrollment{Item: s, Enrolled: day("2025-01-01")}
	p := partner(portfolio.Holding{ID: s.ID(), Enrolled: e.Enrolled})
	p.FirstDesignated = date.Date{}
	from, to := day("2025-01-01"), day("2028-12-31")
	var want []dated
	for c := range pl.Policy.Cycles(e) {
		if c.Opens.After(to) {
			break
		}
		want = append(want, dated{c.Opens, portfolio.EventWindowOpens, 0})
		for r := range pl.Policy.Reminders(c) {
			want = append(want, dated{r, portfolio.EventReminder, r.DaysSince(c.Date)})
		}
		want = append(want, dated{c.Date, portfolio.EventAnniversary, 0}, dated{c.ValidTo, portfolio.EventDeadline, 0})
	}
	want = slices.DeleteFunc(want, func(d dated) bool { return d.Date.After(to) })
	slices.SortStableFunc(want, func(a, b dated) int { return a.Date.Compare(b.Date) })
	got, err := pl.Agenda(p, from, to)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, datedOf(got)); diff != "" {
		t.Fatalf("REN-6 Agenda(%v, %v) (-want +got):\n%s", from, to, diff)
	}
	// Every later start day sees the tail of the same list.
	for d := from; !d.After(to); d = d.AddDays(1) {
		got, err := pl.Agenda(p, d, to)
		if err != nil {
			t.Fatal(err)
		}
		// With no evidence the first cycle lapses after its deadline,
		// 2026-01-31, for good (INT-5): nothing follows.
		var tail []dated
		if !d.After(day("2026-01-31")) {
			tail = slices.DeleteFunc(slices.Clone(want), func(x dated) bool { return x.Date.Before(d) })
		}
		if diff := cmp.Diff(tail, datedOf(got)); diff != "" {
			t.Fatalf("INT-10 Agenda(%v, %v) (-want +got):\n%s", d, to, diff)
		}
	}
}

func TestAgenda(t *testing.T) {
	q := func(on string) renewal.Evidence { return renewal.Evidence{QualifiedOn: day(on)} }
	analytics := func(ev renewal.Evidence) portfolio.Holding {
		return portfolio.Holding{ID: "analytics-on-microsoft-azure", Enrolled: day("2025-01-01"), Evidence: ev}
	}
	tests := []struct {
		name     string
		hs       []portfolio.Holding
		from, to string
		want     []dated
	}{
		{"INT-7 a renewed cycle has no reminder after its renewal day and no deadline",
			[]portfolio.Holding{analytics(q("2025-11-20"))}, "2025-11-25", "2026-02-28",
			[]dated{{day("2026-01-01"), portfolio.EventAnniversary, 0}}},
		{"INT-7 before the renewal day the whole cycle is listed",
			[]portfolio.Holding{analytics(q("2025-11-20"))}, "2025-11-19", "2026-01-01",
			[]dated{{day("2025-12-02"), portfolio.EventReminder, -30}, {day("2026-01-01"), portfolio.EventReminder, 0},
				{day("2026-01-01"), portfolio.EventAnniversary, 0}}},
		{"INT-5 a lapsed holding has nothing more",
			[]portfolio.Holding{analytics(renewal.Evidence{})}, "2026-02-01", "2027-12-31",
			[]dated{{day("2026-08-15"), portfolio.EventDesignationAnniversary, 0}, {day("2027-08-15"), portfolio.EventDesignationAnniversary, 0}}},
		{"EDN-3 a retirement is listed and nothing after it",
			[]portfolio.Holding{{ID: "kubernetes", Enrolled: day("2023-05-01"), Renewed: 3}}, "2026-07-01", "2027-12-31",
			[]dated{{day("2026-07-31"), portfolio.EventRetirement, 0}, {day("2026-08-15"), portfolio.EventDesignationAnniversary, 0},
				{day("2027-08-15"), portfolio.EventDesignationAnniversary, 0}}},
		{"INT-8 designation anniversaries come first on their day",
			[]portfolio.Holding{{ID: "sales", Enrolled: day("2025-06-16")}}, "2026-08-15", "2026-08-15",
			[]dated{{day("2026-08-15"), portfolio.EventDesignationAnniversary, 0}}},
		{"INT-8 same-day events: the designation anniversary, then by holding and kind",
			[]portfolio.Holding{{ID: "sales", Enrolled: day("2025-10-14")}, {ID: "service", Enrolled: day("2025-08-15")}},
			"2026-08-15", "2026-08-15",
			[]dated{{day("2026-08-15"), portfolio.EventDesignationAnniversary, 0}, {day("2026-08-15"), portfolio.EventWindowOpens, 0},
				{day("2026-08-15"), portfolio.EventReminder, -60}, {day("2026-08-15"), portfolio.EventReminder, 0},
				{day("2026-08-15"), portfolio.EventAnniversary, 0}}},
		{"EDN-6 a carry-over is listed, and the holding goes on in the replacement",
			[]portfolio.Holding{{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17")}}, "2023-01-01", "2023-03-20",
			[]dated{{day("2023-01-09"), portfolio.EventRetirement, 0}, {day("2023-01-17"), portfolio.EventReminder, -120},
				{day("2023-02-16"), portfolio.EventReminder, -90}, {day("2023-03-18"), portfolio.EventWindowOpens, 0},
				{day("2023-03-18"), portfolio.EventReminder, -60}}},
	}
	pl := portfolio.New(catalog.Default())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := pl.Agenda(partner(tt.hs...), day(tt.from), day(tt.to))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, datedOf(got)); diff != "" {
				t.Errorf("Agenda(%s, %s) (-want +got):\n%s", tt.from, tt.to, diff)
			}
		})
	}
}

func TestAgendaCarryOverNames(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	evs, err := pl.Agenda(partner(portfolio.Holding{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17")}),
		day("2023-01-09"), day("2023-01-17"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		got = append(got, e.Text("en"), e.Text("zh-Hans"))
	}
	want := []string{
		"Windows Server and SQL Server Migration to Microsoft Azure retires; the enrollment continues as Infra and Database Migration to Microsoft Azure with its anniversary.",
		"Windows Server 和 SQL Server 到 Microsoft Azure 的迁移停用；注册转入基础结构和数据库迁移到 Microsoft Azure，保留周年日期。",
		"Reminder: Infra and Database Migration to Microsoft Azure, 120 days before the 2023-05-17 anniversary; deadline 2023-06-16; needs the qualification requirements.",
		"提醒：基础结构和数据库迁移到 Microsoft Azure，周年日期 2023-05-17 前 120 天；截止日期 2023-06-16；需要资格要求。",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("EDN-6 Agenda texts (-want +got):\n%s", diff)
	}
}

func TestAgendaErrors(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	for _, tt := range []struct {
		name     string
		from, to date.Date
		want     error
	}{
		{"no start", date.Date{}, day("2026-01-01"), portfolio.ErrNoAsOf},
		{"no end", day("2026-01-01"), date.Date{}, portfolio.ErrNoAsOf},
		{"end before start", day("2026-01-02"), day("2026-01-01"), portfolio.ErrRange},
	} {
		if _, err := pl.Agenda(partner(), tt.from, tt.to); !errors.Is(err, tt.want) {
			t.Errorf("%s: Agenda() error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestAgendaMergeAhead: a merge that happens inside the agenda's range
// ends the merged holding's events there, as Status says from that day on
// (EDN-6), and events before a carry-over name the entry then held.
func TestAgendaMergeAhead(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	p := partner(
		portfolio.Holding{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17"), Renewed: 1},
		portfolio.Holding{ID: "linux-open-source-database-migration", Enrolled: day("2022-03-01")},
	)
	evs, err := pl.Agenda(p, day("2022-12-01"), day("2023-06-30"))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Date    date.Date
		Kind    portfolio.EventKind
		Holding int
		Item    string
	}
	var got []row
	for _, e := range evs {
		got = append(got, row{e.Date, e.Kind, e.Holding, string(e.Item.ID())})
	}
	ws, lx, in := "windows-server-sql-server-migration", "linux-open-source-database-migration", "infra-and-database-migration"
	want := []row{
		{day("2022-12-01"), portfolio.EventReminder, 1, lx}, // -90 before 2023-03-01
		{day("2022-12-31"), portfolio.EventWindowOpens, 1, lx},
		{day("2022-12-31"), portfolio.EventReminder, 1, lx},
		{day("2023-01-09"), portfolio.EventRetirement, 0, ws}, // continues as Infra and Database Migration
		{day("2023-01-09"), portfolio.EventRetirement, 1, lx}, // merged: ends
		{day("2023-01-17"), portfolio.EventReminder, 0, in},
		{day("2023-02-16"), portfolio.EventReminder, 0, in},
		{day("2023-03-18"), portfolio.EventWindowOpens, 0, in},
		{day("2023-03-18"), portfolio.EventReminder, 0, in},
		{day("2023-04-17"), portfolio.EventReminder, 0, in},
		{day("2023-05-17"), portfolio.EventReminder, 0, in},
		{day("2023-05-17"), portfolio.EventAnniversary, 0, in},
		{day("2023-06-16"), portfolio.EventReminder, 0, in},
		{day("2023-06-16"), portfolio.EventDeadline, 0, in},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("EDN-6 Agenda across a merge (-want +got):\n%s", diff)
	}
	texts := []string{evs[3].Text("en"), evs[4].Text("en")}
	wantTexts := []string{
		"Windows Server and SQL Server Migration to Microsoft Azure retires; the enrollment continues as Infra and Database Migration to Microsoft Azure with its anniversary.",
		"Linux and Open Source Database Migration to Microsoft Azure retires; the enrollment ends.",
	}
	if diff := cmp.Diff(wantTexts, texts); diff != "" {
		t.Errorf("EDN-6 retirement texts (-want +got):\n%s", diff)
	}
}

// TestWithdrawn: what INT-7 takes off a renewed cycle's agenda is exactly
// what Withdrawn lists, so that a calendar can cancel it.
func TestWithdrawn(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	p := partner(portfolio.Holding{ID: "analytics-on-microsoft-azure", Enrolled: day("2025-01-01"),
		Evidence: renewal.Evidence{QualifiedOn: day("2025-11-20")}})
	got, err := pl.Withdrawn(p, day("2025-11-25"), day("2026-02-28"))
	if err != nil {
		t.Fatal(err)
	}
	want := []dated{{day("2025-12-02"), portfolio.EventReminder, -30}, {day("2026-01-01"), portfolio.EventReminder, 0},
		{day("2026-01-31"), portfolio.EventReminder, 30}, {day("2026-01-31"), portfolio.EventDeadline, 0}}
	if diff := cmp.Diff(want, datedOf(got)); diff != "" {
		t.Errorf("INT-7 Withdrawn (-want +got):\n%s", diff)
	}
	// Before the renewal day nothing is withdrawn: the evidence has not
	// happened yet (INT-10).
	if got, err := pl.Withdrawn(p, day("2025-11-19"), day("2026-02-28")); err != nil || len(got) != 0 {
		t.Errorf("Withdrawn before the renewal = %v, %v; want none", datedOf(got), err)
	}
}

// TestTextSpacing: Chinese text sets a Latin name apart with a space, and
// a Chinese name not.
func TestTextSpacing(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	for _, tt := range []struct {
		name, id, want string
	}{
		{"EDN-2 a Latin name in Chinese text", "analytics-on-microsoft-azure",
			"Analytics on Azure 续订窗口开放（周年日期 2027-01-01，截止日期 2027-01-31）：需要资格要求。"},
		{"CAT-3 a Chinese name", "sales", "销售续订窗口开放（周年日期 2027-01-01，截止日期 2027-01-31）：需要资格要求。"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := pl.Agenda(partner(portfolio.Holding{ID: specialization.ID(tt.id), Enrolled: day("2026-01-01")}), day("2026-11-02"), day("2026-11-02"))
			if err != nil || len(evs) == 0 {
				t.Fatalf("Agenda: %v, %d events", err, len(evs))
			}
			if diff := cmp.Diff(tt.want, evs[0].Text("zh-Hans")); diff != "" {
				t.Errorf("Text (-want +got):\n%s", diff)
			}
		})
	}
}
