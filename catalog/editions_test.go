package catalog_test

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// ednRow is one row of RULES.md's EDN table as printed there, with what
// the built-in data must hold for it.
type ednRow struct {
	day, tag, source string              // the Day, Tag and Source columns, verbatim
	ids              []specialization.ID // the IDs the Change column names, in order
	events           []event             // nil: not catalog data
	elsewhere        string              // for a row that is not catalog data: where it lives
}

type eventKind int

const (
	changed eventKind = iota + 1
	introduced
	retired
	closes
)

// event is one fact of a row in the data. A change's On, Source, Reported
// and Inferred come from its row.
type event struct {
	kind        eventKind
	id          specialization.ID
	on          string                // the event's day when it is not the row's
	change      specialization.Change // changed: the terms it changes
	replacedBy  specialization.ID     // retired
	carriesOver bool                  // retired
}

func rename(id specialization.ID, name string) event {
	return event{kind: changed, id: id, change: specialization.Change{Name: name}}
}

func change(id specialization.ID, c specialization.Change) event {
	return event{kind: changed, id: id, change: c}
}

func intro(id specialization.ID) event { return event{kind: introduced, id: id} }

func retire(id, by specialization.ID) event { return event{kind: retired, id: id, replacedBy: by} }

var securityAudit = specialization.Change{Validation: audit, ShiftMonths: 6}

// ednTable transcribes RULES.md's EDN table, row by row.
var ednTable = []ednRow{
	{day: "2023-01-09", tag: "C",
		source: `Microsoft Learn "The new Infra and Database Migration to Microsoft Azure specialization is now live"; Infra and Database Migration audit checklist v1.4`,
		ids:    []specialization.ID{"windows-server-sql-server-migration", "linux-open-source-database-migration", "infra-and-database-migration"},
		events: []event{
			{kind: retired, id: "windows-server-sql-server-migration", replacedBy: "infra-and-database-migration", carriesOver: true},
			{kind: retired, id: "linux-open-source-database-migration", replacedBy: "infra-and-database-migration", carriesOver: true},
			intro("infra-and-database-migration"),
		}},
	{day: "2023-07-11", tag: "C", source: `Partner Center announcement, 2023-07-12`,
		ids: []specialization.ID{"build-and-modernize-ai-apps", "business-intelligence", "intelligent-automation", "migrate-enterprise-applications"},
		events: []event{
			intro("build-and-modernize-ai-apps"), intro("business-intelligence"), intro("intelligent-automation"),
			change("migrate-enterprise-applications", specialization.Change{
				Name: "Migrate Enterprise Applications to Microsoft Azure", ChineseName: "将企业应用程序迁移到 azure Microsoft"}),
		}},
	{day: "2023-10-09", tag: "C", source: `Microsoft Learn "Specializations overview", 2023-10-09`,
		ids: []specialization.ID{"hybrid-operations-azure-arc"}, events: []event{retire("hybrid-operations-azure-arc", "")}},
	{day: "2024-08-12", tag: "C", source: `Accelerate Developer Productivity audit checklist v2.41`,
		ids: []specialization.ID{"accelerate-developer-productivity"},
		events: []event{change("accelerate-developer-productivity", specialization.Change{
			Name: "Accelerate Developer Productivity with Microsoft Azure", ChineseName: "通过 Microsoft Azure 加快开发人员工作效率"})}},
	{day: "2025-07-01 d?", tag: "C", source: `Microsoft Learn "Apply for specializations" ("formerly AI and Machine Learning")`,
		ids: []specialization.ID{"ai-and-machine-learning"}, events: []event{rename("ai-and-machine-learning", "AI Platform on Microsoft Azure")}},
	{day: "2025-07-01 d?", tag: "R", source: `partner listings`,
		ids: []specialization.ID{"build-and-modernize-ai-apps"}, events: []event{rename("build-and-modernize-ai-apps", "Build AI Apps on Microsoft Azure")}},
	{day: "2025-07-01 d?", tag: "R", source: `reports quoting Microsoft Learn "Apply for specializations"`,
		ids: []specialization.ID{"microsoft-copilot"}, events: []event{intro("microsoft-copilot")}},
	{day: "2025-08-26", tag: "R", source: `reports quoting Microsoft's Specialization blog, 2025-08-26`,
		ids: []specialization.ID{"information-protection-and-governance"}, events: []event{rename("information-protection-and-governance", "Data Security")}},
	{day: "2025-11-01 d?", tag: "R", source: `reports from November 2025`,
		ids: []specialization.ID{"accelerate-developer-productivity"}, events: []event{rename("accelerate-developer-productivity", "Agentic DevOps with Microsoft Azure and GitHub")}},
	{day: "2025-12-01 d?", tag: "R", source: `reports`,
		ids: []specialization.ID{"build-and-modernize-ai-apps"}, events: []event{rename("build-and-modernize-ai-apps", "AI Apps on Microsoft Azure")}},
	{day: "2026-06-25", tag: "R", source: `reports quoting Microsoft Learn "Specializations overview", 2026-08-03`,
		ids: []specialization.ID{"adoption-and-change-management"}, events: []event{retire("adoption-and-change-management", "")}},
	{day: "2026-07-01", tag: "R", source: `reports quoting Microsoft Learn announcements, July 2026`,
		ids:    []specialization.ID{"microsoft-copilot"},
		events: []event{change("microsoft-copilot", specialization.Change{Name: "Microsoft 365 Copilot", Validation: audit})}},
	{day: "2026-07-01 d?", tag: "R", source: `reports quoting Microsoft Learn "Introduction to Solutions Partner designations", 2026-08-05`,
		elsewhere: "benefits.PublishedCaps: caps are benefits data (BEN-2, EDN-7)"},
	{day: "2026-07-01 d?", tag: "R", source: `reports`,
		ids: []specialization.ID{"teamwork-deployment"}, events: []event{rename("teamwork-deployment", "Secure AI Productivity")}},
	{day: "2026-07-30", tag: "R", source: `reports quoting Microsoft Learn announcements, August 2026`,
		ids: []specialization.ID{"cloud-security", "identity-and-access-management", "information-protection-and-governance", "threat-protection"},
		events: []event{
			change("cloud-security", securityAudit), change("identity-and-access-management", securityAudit),
			change("information-protection-and-governance", securityAudit), change("threat-protection", securityAudit),
		}},
	{day: "2026-07-31", tag: "R", source: `reports quoting Microsoft Learn "Specializations overview", 2026-07-31`,
		ids: []specialization.ID{"data-warehouse-migration", "business-intelligence", "analytics-on-microsoft-azure",
			"low-code-application-development", "intelligent-automation", "agentic-business-solutions",
			"kubernetes", "migrate-enterprise-applications", "app-modernization"},
		events: []event{
			retire("data-warehouse-migration", "analytics-on-microsoft-azure"),
			retire("business-intelligence", "analytics-on-microsoft-azure"),
			rename("analytics-on-microsoft-azure", "Analytics on Azure"),
			retire("low-code-application-development", "agentic-business-solutions"),
			retire("intelligent-automation", "agentic-business-solutions"),
			intro("agentic-business-solutions"),
			retire("kubernetes", "app-modernization"),
			retire("migrate-enterprise-applications", "app-modernization"),
			intro("app-modernization"),
		}},
	{day: "2026-09-16", tag: "R", source: `reports quoting Microsoft Learn "Azure Expert MSP", 2026-08-19`,
		ids: []specialization.ID{"azure-expert-msp"},
		events: []event{
			{kind: closes, id: "azure-expert-msp"},
			{kind: retired, id: "azure-expert-msp", on: "2027-02-01"},
		}},
}

// dayOf splits a Day cell ("2025-07-01 d?") into its day and whether the
// day is inferred (EDN-8).
func dayOf(t *testing.T, cell string) (date.Date, bool) {
	t.Helper()
	d, err := date.Parse(strings.TrimSuffix(cell, " d?"))
	if err != nil {
		t.Fatalf("EDN table day %q: %v", cell, err)
	}
	return d, strings.HasSuffix(cell, " d?")
}

// sourceClause is how a Definition's Source records an introduction,
// closing or retirement (see definitions in data.go).
func sourceClause(verb string, day date.Date, tag string, inferred bool, source string) string {
	marks := ""
	if tag == "R" {
		marks += ", reported"
	}
	if inferred {
		marks += ", day inferred under EDN-8"
	}
	return fmt.Sprintf("%s %v%s: %s", verb, day, marks, source)
}

// TestEDNTable proves EDN-1 and EDN-8 for the built-in data: every row of
// RULES.md's EDN table is in it, each change with its Source and its
// Reported and Inferred marks, each introduction, closing and retirement
// on its day with its source; and nothing in the data is outside the table.
func TestEDNTable(t *testing.T) {
	c := catalog.Default()
	seen := map[string]bool{} // "id kind day" of every event checked
	for _, row := range ednTable {
		day, inferred := dayOf(t, row.day)
		for _, ev := range row.events {
			on := day
			if ev.on != "" {
				on = date.MustParse(ev.on)
			}
			s, ok := c.Get(ev.id)
			if !ok {
				t.Errorf("EDN-1 %s %s: no entry %q", row.day, row.source, ev.id)
				continue
			}
			seen[fmt.Sprint(ev.id, ev.kind, on)] = true
			name := fmt.Sprintf("EDN-1 %s %s", row.day, ev.id)
			if ev.kind == changed {
				want := ev.change
				want.On, want.Source, want.Reported, want.Inferred = on, row.source, row.tag == "R", inferred
				got, _ := changeOn(s, on)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s: change (-want +got):\n%s", name, diff)
				}
				continue
			}
			var verb string
			var got date.Date
			switch ev.kind {
			case introduced:
				verb, got = "Introduced", s.Definition().Introduced
			case closes:
				verb, got = "Closes", s.Definition().Closes
			case retired:
				verb, got = "Retired", s.Definition().Retired
				if s.ReplacedBy() != ev.replacedBy || s.CarriesOver() != ev.carriesOver {
					t.Errorf("%s: ReplacedBy %q, CarriesOver %v; want %q, %v (EDN-6)",
						name, s.ReplacedBy(), s.CarriesOver(), ev.replacedBy, ev.carriesOver)
				}
			}
			if got != on {
				t.Errorf("%s: %s %v, want %v", name, verb, got, on)
			}
			if clause := sourceClause(verb, on, row.tag, inferred, row.source); !strings.Contains(s.Source(), clause) {
				t.Errorf("%s: Source %q lacks %q", name, s.Source(), clause)
			}
		}
	}
	// The other way round: every dated fact of the data comes from a row.
	for s := range c.All() {
		d := s.Definition()
		for _, f := range []struct {
			kind eventKind
			on   date.Date
		}{{introduced, d.Introduced}, {closes, d.Closes}, {retired, d.Retired}} {
			if !f.on.IsZero() && !seen[fmt.Sprint(s.ID(), f.kind, f.on)] {
				t.Errorf("EDN-1 %s: dated fact %v on %v is in no row of the EDN table", s.ID(), f.kind, f.on)
			}
		}
		for ch := range s.Changes() {
			if !seen[fmt.Sprint(s.ID(), changed, ch.On)] {
				t.Errorf("EDN-1 %s: change on %v is in no row of the EDN table", s.ID(), ch.On)
			}
		}
	}
}

// changeOn returns s's change dated on.
func changeOn(s specialization.Specialization, on date.Date) (specialization.Change, bool) {
	for c := range s.Changes() {
		if c.On == on {
			return c, true
		}
	}
	return specialization.Change{}, false
}

var backticked = regexp.MustCompile("`([a-z0-9-]+)`")

// TestEDNTableTranscription checks the transcription against itself (each
// row's events are about the IDs it names) and, when the spec is beside
// the module as in the project's checkout, against RULES.md itself.
func TestEDNTableTranscription(t *testing.T) {
	for _, row := range ednTable {
		var touched []specialization.ID
		for _, ev := range row.events {
			touched = append(touched, ev.id)
			if ev.replacedBy != "" {
				touched = append(touched, ev.replacedBy)
			}
		}
		if diff := cmp.Diff(sorted(row.ids), sorted(touched)); diff != "" {
			t.Errorf("EDN-1 row %s %s: events are not about the IDs the row names (-named +events):\n%s", row.day, row.source, diff)
		}
		if (row.events == nil) == (row.elsewhere == "") {
			t.Errorf("EDN-1 row %s %s: want either events or where the row's data lives", row.day, row.source)
		}
	}

	f, err := os.Open(filepath.Join("..", "..", "shared", "spec", "RULES.md"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("RULES.md is not beside the module; the transcription is checked on its own")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type printed struct {
		Day, Tag, Source string
		IDs              []specialization.ID
	}
	var want, got []printed
	for _, row := range ednTable {
		want = append(want, printed{row.day, row.tag, row.source, row.ids})
	}
	in := false
	for sc := bufio.NewScanner(f); sc.Scan(); {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "| Day | Change | Tag | Source |":
			in = true
		case in && strings.HasPrefix(line, "|---"):
		case in && strings.HasPrefix(line, "|"):
			cells := strings.Split(strings.Trim(line, "|"), "|")
			if len(cells) != 4 {
				t.Fatalf("RULES.md EDN row with %d cells: %s", len(cells), line)
			}
			var ids []specialization.ID
			for _, m := range backticked.FindAllStringSubmatch(cells[1], -1) {
				if id := specialization.ID(m[1]); !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
			got = append(got, printed{strings.TrimSpace(cells[0]), strings.TrimSpace(cells[2]), strings.TrimSpace(cells[3]), ids})
		case in:
			in = false
		}
	}
	if len(got) == 0 {
		t.Fatal("RULES.md has no EDN table")
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("EDN-1 transcription differs from RULES.md (-RULES.md +transcription):\n%s", diff)
	}
}

func sorted(ids []specialization.ID) []specialization.ID {
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}

// TestRenames proves EDN-2 for each rename of the EDN table: the day
// before, the old names; from the day on, the new ones, with the Chinese
// name cleared where the rename gives none.
func TestRenames(t *testing.T) {
	tests := []struct {
		name         string
		id           specialization.ID
		on           string
		before, zhB  string
		after, zhA   string
		beforeSource string
	}{
		{"EDN-2 Modernize Web Applications renamed Migrate Enterprise Applications", "migrate-enterprise-applications", "2023-07-11",
			"Modernize Web Applications to Microsoft Azure", "将 Web 应用程序现代化到 Microsoft Azure",
			"Migrate Enterprise Applications to Microsoft Azure", "将企业应用程序迁移到 azure Microsoft", ""},
		{"EDN-2 DevOps with GitHub renamed Accelerate Developer Productivity", "accelerate-developer-productivity", "2024-08-12",
			"DevOps with GitHub on Microsoft Azure", "Microsoft Azure 上的 GitHub DevOps",
			"Accelerate Developer Productivity with Microsoft Azure", "通过 Microsoft Azure 加快开发人员工作效率", ""},
		{"EDN-2 AI and Machine Learning renamed AI Platform, Chinese name cleared", "ai-and-machine-learning", "2025-07-01",
			"AI and Machine Learning on Microsoft Azure", "Microsoft Azure 上的 AI 和机器学习",
			"AI Platform on Microsoft Azure", "", ""},
		{"EDN-2 Build and Modernize AI Apps renamed Build AI Apps", "build-and-modernize-ai-apps", "2025-07-01",
			"Build and Modernize AI Apps with Microsoft Azure", "使用 Microsoft Azure 生成和现代化 AI 应用",
			"Build AI Apps on Microsoft Azure", "", ""},
		{"EDN-2 Information Protection and Governance renamed Data Security", "information-protection-and-governance", "2025-08-26",
			"Information Protection and Governance", "信息保护和治理", "Data Security", "", ""},
		{"EDN-2 Accelerate Developer Productivity renamed Agentic DevOps", "accelerate-developer-productivity", "2025-11-01",
			"Accelerate Developer Productivity with Microsoft Azure", "通过 Microsoft Azure 加快开发人员工作效率",
			"Agentic DevOps with Microsoft Azure and GitHub", "", ""},
		{"EDN-2 Build AI Apps renamed AI Apps", "build-and-modernize-ai-apps", "2025-12-01",
			"Build AI Apps on Microsoft Azure", "", "AI Apps on Microsoft Azure", "", ""},
		{"EDN-2 Microsoft Copilot renamed Microsoft 365 Copilot", "microsoft-copilot", "2026-07-01",
			"Microsoft Copilot", "", "Microsoft 365 Copilot", "", ""},
		{"EDN-2 Teamwork Deployment renamed Secure AI Productivity", "teamwork-deployment", "2026-07-01",
			"Teamwork Deployment", "团队合作部署", "Secure AI Productivity", "", ""},
		{"EDN-2 Analytics on Microsoft Azure renamed Analytics on Azure", "analytics-on-microsoft-azure", "2026-07-31",
			"Analytics on Microsoft Azure", "Microsoft Azure 上的分析", "Analytics on Azure", "", ""},
	}
	c := catalog.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := c.Get(tt.id)
			on := date.MustParse(tt.on)
			type names struct{ Name, ChineseName string }
			for _, v := range []struct {
				day  date.Date
				want names
			}{{on.AddDays(-1), names{tt.before, tt.zhB}}, {on, names{tt.after, tt.zhA}}} {
				view := s.On(v.day)
				if diff := cmp.Diff(v.want, names{view.Name(), view.ChineseName()}); diff != "" {
					t.Errorf("Get(%q).On(%v) (-want +got):\n%s", tt.id, v.day, diff)
				}
				if got, ok := c.Lookup(v.want.Name); !ok || got.ID() != tt.id {
					t.Errorf("EDN-2 Lookup(%q) = %q, %v; want %q: every name the entry had resolves", v.want.Name, got.ID(), ok, tt.id)
				}
			}
		})
	}
}

// TestValidationChanges proves EDN-4's data: the validation in force on a
// day, either side of each change of validation, and the EDN-5 shift.
func TestValidationChanges(t *testing.T) {
	tests := []struct {
		name  string
		id    specialization.ID
		on    string
		want  specialization.Validation
		shift int // months an anniversary on that day of a 2024-03-15 enrollment moves
	}{
		{"EDN-4 Microsoft Copilot needs customer references the day before 2026-07-01", "microsoft-copilot", "2026-06-30", refs, 0},
		{"EDN-4 Microsoft 365 Copilot needs an audit from 2026-07-01", "microsoft-copilot", "2026-07-01", audit, 0},
		{"EDN-4 Cloud Security needs customer references the day before 2026-07-30", "cloud-security", "2026-07-29", refs, 0},
		{"EDN-4 EDN-5 Cloud Security needs an audit from 2026-07-30, anniversaries 6 months later", "cloud-security", "2026-07-30", audit, 6},
		{"EDN-4 Identity and Access Management the day before", "identity-and-access-management", "2026-07-29", refs, 0},
		{"EDN-4 EDN-5 Identity and Access Management from 2026-07-30", "identity-and-access-management", "2026-07-30", audit, 6},
		{"EDN-4 Data Security the day before", "information-protection-and-governance", "2026-07-29", refs, 0},
		{"EDN-4 EDN-5 Data Security from 2026-07-30", "information-protection-and-governance", "2026-07-30", audit, 6},
		{"EDN-4 Threat Protection the day before", "threat-protection", "2026-07-29", refs, 0},
		{"EDN-4 EDN-5 Threat Protection from 2026-07-30", "threat-protection", "2026-07-30", audit, 6},
		{"EDN-4 Threat Protection keeps the audit", "threat-protection", "2030-01-01", audit, 6},
		{"EDN-4 Agentic Business Solutions has no manual validation", "agentic-business-solutions", "2026-07-31", none, 0},
		{"EDN-4 App Modernization needs an audit", "app-modernization", "2026-07-31", audit, 0},
	}
	c := catalog.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := c.Get(tt.id)
			on := date.MustParse(tt.on)
			if got := s.On(on).Validation(); got != tt.want {
				t.Errorf("Get(%q).On(%v).Validation() = %v, want %v", tt.id, on, got, tt.want)
			}
			if got := s.ShiftMonths(date.MustParse("2024-03-15"), on); got != tt.shift {
				t.Errorf("Get(%q).ShiftMonths(2024-03-15, %v) = %d, want %d", tt.id, on, got, tt.shift)
			}
		})
	}
	s, _ := c.Get("cloud-security")
	if got := s.ShiftMonths(date.MustParse("2026-07-30"), date.MustParse("2027-07-30")); got != 0 {
		t.Errorf("EDN-5 an enrollment made on the change's day moves %d months, want 0", got)
	}
}

// TestOffered proves EDN-3 for every introduction, closing and retirement
// of the EDN table: the day before and the day itself.
func TestOffered(t *testing.T) {
	tests := []struct {
		name string
		id   specialization.ID
		on   string
		want bool // offered on the day; the opposite the day before
	}{
		{"EDN-3 Windows Server and SQL Server Migration retires 2023-01-09", "windows-server-sql-server-migration", "2023-01-09", false},
		{"EDN-3 Linux and Open Source Database Migration retires 2023-01-09", "linux-open-source-database-migration", "2023-01-09", false},
		{"EDN-3 Infra and Database Migration introduced 2023-01-09", "infra-and-database-migration", "2023-01-09", true},
		{"EDN-3 Build and Modernize AI Apps introduced 2023-07-11", "build-and-modernize-ai-apps", "2023-07-11", true},
		{"EDN-3 Business Intelligence introduced 2023-07-11", "business-intelligence", "2023-07-11", true},
		{"EDN-3 Intelligent Automation introduced 2023-07-11", "intelligent-automation", "2023-07-11", true},
		{"EDN-3 Hybrid Operations with Azure Arc retires 2023-10-09", "hybrid-operations-azure-arc", "2023-10-09", false},
		{"EDN-3 EDN-8 Microsoft Copilot introduced 2025-07-01 (day inferred)", "microsoft-copilot", "2025-07-01", true},
		{"EDN-3 Adoption and Change Management retires 2026-06-25", "adoption-and-change-management", "2026-06-25", false},
		{"EDN-3 Data Warehouse Migration retires 2026-07-31", "data-warehouse-migration", "2026-07-31", false},
		{"EDN-3 Business Intelligence retires 2026-07-31", "business-intelligence", "2026-07-31", false},
		{"EDN-3 Low Code Application Development retires 2026-07-31", "low-code-application-development", "2026-07-31", false},
		{"EDN-3 Intelligent Automation retires 2026-07-31", "intelligent-automation", "2026-07-31", false},
		{"EDN-3 Kubernetes retires 2026-07-31", "kubernetes", "2026-07-31", false},
		{"EDN-3 Migrate Enterprise Applications retires 2026-07-31", "migrate-enterprise-applications", "2026-07-31", false},
		{"EDN-3 Agentic Business Solutions introduced 2026-07-31", "agentic-business-solutions", "2026-07-31", true},
		{"EDN-3 App Modernization introduced 2026-07-31", "app-modernization", "2026-07-31", true},
		{"EDN-3 Azure Expert MSP closes 2026-09-16", "azure-expert-msp", "2026-09-16", false},
	}
	c := catalog.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := c.Get(tt.id)
			on := date.MustParse(tt.on)
			if got := s.Offered(on); got != tt.want {
				t.Errorf("Get(%q).Offered(%v) = %v, want %v", tt.id, on, got, tt.want)
			}
			if got := s.Offered(on.AddDays(-1)); got != !tt.want {
				t.Errorf("Get(%q).Offered(%v) = %v, want %v (the day before)", tt.id, on.AddDays(-1), got, !tt.want)
			}
		})
	}
	msp, _ := c.Get("azure-expert-msp")
	if r, ok := msp.Retired(); !ok || r != date.MustParse("2027-02-01") {
		t.Errorf("EDN-3 Azure Expert MSP retires %v, %v; want 2027-02-01: held until then, though closed", r, ok)
	}
}

// formerNames are the names the EDN table gives, each resolving to its
// entry long after it stopped being the name (EDN-2).
var formerNames = []struct {
	name string
	want specialization.ID
}{
	{"Modernize Web Applications to Microsoft Azure", "migrate-enterprise-applications"},
	{"Modernization of Web Applications to Microsoft Azure", "migrate-enterprise-applications"},
	{"将 Web 应用程序现代化到 Microsoft Azure", "migrate-enterprise-applications"},
	{"Migrate Enterprise Applications to Microsoft Azure", "migrate-enterprise-applications"},
	{"DevOps with GitHub on Microsoft Azure", "accelerate-developer-productivity"},
	{"Accelerate Developer Productivity with Microsoft Azure", "accelerate-developer-productivity"},
	{"通过 Microsoft Azure 加快开发人员工作效率", "accelerate-developer-productivity"},
	{"Agentic DevOps with Microsoft Azure and GitHub", "accelerate-developer-productivity"},
	{"AI and Machine Learning on Microsoft Azure", "ai-and-machine-learning"},
	{"AI Platform on Microsoft Azure", "ai-and-machine-learning"},
	{"Build and Modernize AI Apps with Microsoft Azure", "build-and-modernize-ai-apps"},
	{"Build AI Apps on Microsoft Azure", "build-and-modernize-ai-apps"},
	{"AI Apps on Microsoft Azure", "build-and-modernize-ai-apps"},
	{"Information Protection and Governance", "information-protection-and-governance"},
	{"信息保护和治理", "information-protection-and-governance"},
	{"Data Security", "information-protection-and-governance"},
	{"Microsoft Copilot", "microsoft-copilot"},
	{"Microsoft 365 Copilot", "microsoft-copilot"},
	{"Teamwork Deployment", "teamwork-deployment"},
	{"团队合作部署", "teamwork-deployment"},
	{"Secure AI Productivity", "teamwork-deployment"},
	{"Analytics on Microsoft Azure", "analytics-on-microsoft-azure"},
	{"Microsoft Azure 上的分析", "analytics-on-microsoft-azure"},
	{"Agentic Business Solutions", "agentic-business-solutions"},
	{"App Modernization on Microsoft Azure", "app-modernization"},
}

func TestFormerNames(t *testing.T) {
	c := catalog.Default()
	for _, tt := range formerNames {
		t.Run(fmt.Sprintf("EDN-2 %q finds %s", tt.name, tt.want), func(t *testing.T) {
			s, ok := c.Lookup(tt.name)
			if !ok || s.ID() != tt.want {
				t.Fatalf("Lookup(%q) = %q, %v; want %q, true", tt.name, s.ID(), ok, tt.want)
			}
			if latest, _ := c.Get(tt.want); !s.Equal(latest) {
				t.Errorf("Lookup(%q) gives the terms since %v, want the latest (since %v)", tt.name, s.Since(), latest.Since())
			}
		})
	}
}

// days returns the days the property tests walk: every 11th day from 2022
// to 2028, and each dated fact of the data with the day before and after.
func days(c catalog.Catalog) []date.Date {
	var out []date.Date
	for d := date.MustParse("2022-01-01"); d.Before(date.MustParse("2029-01-01")); d = d.AddDays(11) {
		out = append(out, d)
	}
	for s := range c.All() {
		def := s.Definition()
		facts := []date.Date{def.Introduced, def.Closes, def.Retired}
		for ch := range s.Changes() {
			facts = append(facts, ch.On)
		}
		for _, f := range facts {
			if !f.IsZero() {
				out = append(out, f.AddDays(-1), f, f.AddDays(1))
			}
		}
	}
	return append(out, date.Date{})
}

// TestOnProperty proves EDN-2's invariants for every entry of the built-in
// data on many days: s.On(d).On(e) is s.On(e) whatever d; the view's terms
// started on or before the day asked (before its introduction, an entry
// shows its first terms); and the name in force on any day resolves to the
// entry.
func TestOnProperty(t *testing.T) {
	c := catalog.Default()
	ds := days(c)
	for s := range c.All() {
		for _, e := range ds {
			want := s.On(e)
			for _, d := range ds {
				if got := s.On(d).On(e); !got.Equal(want) {
					t.Fatalf("EDN-2 %s: On(%v).On(%v) has the terms since %v, want those since %v",
						s.ID(), d, e, got.Since(), want.Since())
				}
			}
			intro, _ := s.Introduced()
			if since := want.Since(); !e.IsZero() && since.After(e) && since != intro {
				t.Errorf("EDN-2 %s: On(%v) has terms since %v, after the day asked", s.ID(), e, since)
			}
			for _, name := range []string{want.Name(), want.ChineseName()} {
				if got, ok := c.Lookup(name); name != "" && (!ok || got.ID() != s.ID()) {
					t.Errorf("EDN-2 %s: its name on %v, %q, finds %q, %v", s.ID(), e, name, got.ID(), ok)
				}
			}
		}
	}
}
