package specialization_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/anniversary"
	sp "github.com/partnerkit/specializations/specialization"
)

var day = date.MustParse

// The published figures of Information Protection and Governance
// (REQUIREMENTS.md).
var (
	aipMAU = sp.Threshold{Measure: sp.MeasureAIPMIPMAUGrowth12M, Min: dec("1000"), Unit: sp.UnitMAU,
		Text: "1,000 MAU growth of Azure/Microsoft Information Protection in a trailing 12 months"}
	sc400 = sp.Threshold{Measure: sp.MeasureCertifiedSC400, Min: dec("6"), Unit: sp.UnitIndividuals,
		Text: "six individuals with SC-400"}
)

// dataSecurity returns Information Protection and Governance with its two
// rows of RULES' EDN table: renamed "Data Security" in English only on
// 2025-08-26 (EDN-2), and validated by an audit with anniversaries moved
// six months later from 2026-07-30 (EDN-4, EDN-5).
func dataSecurity() sp.Definition {
	return sp.Definition{
		ID:            "information-protection-and-governance",
		Kind:          sp.KindSpecialization,
		Category:      sp.CategorySecurity,
		Name:          "Information Protection and Governance",
		ChineseName:   "信息保护和治理",
		Aliases:       []string{"信息保护和管理"},
		Designations:  sp.Designations(sp.DesignationSecurity),
		Validation:    sp.ValidationCustomerReference,
		Qualification: sp.Qualification{{aipMAU}, {sc400}},
		Source:        "Microsoft Learn, Specializations overview (zh-cn)",
		Changes: []sp.Change{
			{On: day("2025-08-26"), Name: "Data Security", Reported: true,
				Source: "reports quoting Microsoft's Specialization blog, 2025-08-26"},
			{On: day("2026-07-30"), Validation: sp.ValidationAudit, ShiftMonths: 6, Reported: true,
				Source: "reports quoting Microsoft Learn announcements, August 2026"},
		},
	}
}

// twoShifts is dataSecurity with a second, made-up shift of three months
// from 2027-03-01, so that shifts can be seen adding up (EDN-5).
func twoShifts() sp.Definition {
	d := dataSecurity()
	d.Changes = append(d.Changes, sp.Change{On: day("2027-03-01"), ShiftMonths: 3, Source: "test: a second shift"})
	return d
}

// everyTerm returns a made-up entry whose changes touch every term once,
// introduced on 2024-01-01, closing on 2026-09-01 and retired on
// 2027-01-01.
func everyTerm() sp.Definition {
	d := threatProtection()
	d.Introduced, d.Closes, d.Retired = day("2024-01-01"), day("2026-09-01"), day("2027-01-01")
	d.Source = "test: base terms"
	d.Changes = []sp.Change{
		{On: day("2024-03-01"), ChineseName: "威胁防护服务", Source: "test: a Chinese rename"},
		{On: day("2024-06-01"), Designations: securityAndModernWork, Source: "test: realigned"},
		{On: day("2025-01-01"), Qualification: sp.Qualification{{withMin(sc200, "8")}}, Inferred: true, Source: "test: new figures"},
		{On: day("2025-06-01"), Name: "Threat Defense", ChineseName: "威胁防御", Source: "test: renamed in both languages"},
		{On: day("2026-01-01"), Name: "Extended Detection and Response", Reported: true, Source: "test: renamed in English"},
		{On: day("2026-03-01"), Validation: sp.ValidationAudit, Source: "test: audited"},
	}
	return d
}

var securityAndModernWork = sp.Designations(sp.DesignationSecurity, sp.DesignationModernWork)

// termsView is what a view reports about its terms.
type termsView struct {
	Since         date.Date
	Name          string
	Chinese       string
	Local         string // LocalName("zh-CN")
	Designations  sp.DesignationSet
	Validation    sp.Validation
	Qualification sp.Qualification
}

func termsOf(s sp.Specialization) termsView {
	return termsView{s.Since(), s.Name(), s.ChineseName(), s.LocalName("zh-CN"), s.Designations(),
		s.Validation(), s.Qualification()}
}

func TestOn(t *testing.T) {
	// The terms of everyTerm, each built from the one before.
	etBase := termsView{day("2024-01-01"), "Threat Protection", "威胁防护", "威胁防护", securityAreas,
		sp.ValidationCustomerReference, threatProtectionFigures()}
	etChinese := etBase
	etChinese.Since, etChinese.Chinese, etChinese.Local = day("2024-03-01"), "威胁防护服务", "威胁防护服务"
	etRealigned := etChinese
	etRealigned.Since, etRealigned.Designations = day("2024-06-01"), securityAndModernWork
	etFigures := etRealigned
	etFigures.Since, etFigures.Qualification = day("2025-01-01"), sp.Qualification{{withMin(sc200, "8")}}
	etRenamed := etFigures
	etRenamed.Since, etRenamed.Name, etRenamed.Chinese, etRenamed.Local = day("2025-06-01"), "Threat Defense", "威胁防御", "威胁防御"
	etEnglish := etRenamed
	etEnglish.Since, etEnglish.Name, etEnglish.Chinese, etEnglish.Local = day("2026-01-01"),
		"Extended Detection and Response", "", "Extended Detection and Response"
	etAudited := etEnglish
	etAudited.Since, etAudited.Validation = day("2026-03-01"), sp.ValidationAudit

	// The terms of dataSecurity.
	dsBase := termsView{date.Date{}, "Information Protection and Governance", "信息保护和治理", "信息保护和治理",
		securityAreas, sp.ValidationCustomerReference, sp.Qualification{{aipMAU}, {sc400}}}
	dsRenamed := dsBase
	dsRenamed.Since, dsRenamed.Name, dsRenamed.Chinese, dsRenamed.Local = day("2025-08-26"), "Data Security", "", "Data Security"
	dsAudited := dsRenamed
	dsAudited.Since, dsAudited.Validation = day("2026-07-30"), sp.ValidationAudit

	tests := []struct {
		name string
		def  sp.Definition
		on   date.Date
		want termsView
	}{
		{"EDN-2 the zero Date gives the base terms", everyTerm(), date.Date{}, etBase},
		{"EDN-2 long before Introduced: the base terms", everyTerm(), day("2001-01-01"), etBase},
		{"EDN-2 on Introduced: the base terms, since that day", everyTerm(), day("2024-01-01"), etBase},
		{"EDN-2 the day before a Chinese rename", everyTerm(), day("2024-02-29"), etBase},
		{"EDN-2 on a Chinese rename the English name stays", everyTerm(), day("2024-03-01"), etChinese},
		{"EDN-2 the day after a Chinese rename", everyTerm(), day("2024-03-02"), etChinese},
		{"EDN-2 the day before new designations", everyTerm(), day("2024-05-31"), etChinese},
		{"EDN-2 on new designations", everyTerm(), day("2024-06-01"), etRealigned},
		{"EDN-2 the day after new designations", everyTerm(), day("2024-06-02"), etRealigned},
		{"EDN-2 the day before new figures", everyTerm(), day("2024-12-31"), etRealigned},
		{"EDN-2 on new figures", everyTerm(), day("2025-01-01"), etFigures},
		{"EDN-2 the day after new figures", everyTerm(), day("2025-01-02"), etFigures},
		{"EDN-2 the day before a rename in both languages", everyTerm(), day("2025-05-31"), etFigures},
		{"EDN-2 on a rename in both languages", everyTerm(), day("2025-06-01"), etRenamed},
		{"EDN-2 the day after a rename in both languages", everyTerm(), day("2025-06-02"), etRenamed},
		{"EDN-2 the day before an English rename", everyTerm(), day("2025-12-31"), etRenamed},
		{"EDN-2 an English rename without Chinese name clears the Chinese name", everyTerm(), day("2026-01-01"), etEnglish},
		{"EDN-2 the day after an English rename", everyTerm(), day("2026-01-02"), etEnglish},
		{"EDN-2 the day before a new validation", everyTerm(), day("2026-02-28"), etEnglish},
		{"EDN-2 on a new validation", everyTerm(), day("2026-03-01"), etAudited},
		{"EDN-2 the day after a new validation", everyTerm(), day("2026-03-02"), etAudited},
		{"EDN-2 after Retired the latest terms still answer", everyTerm(), day("2030-01-01"), etAudited},
		{"EDN-2 Information Protection before its rename", dataSecurity(), day("2025-08-25"), dsBase},
		{"EDN-2 Data Security in English only clears the Chinese name", dataSecurity(), day("2025-08-26"), dsRenamed},
		{"EDN-2 Data Security the day after", dataSecurity(), day("2025-08-27"), dsRenamed},
		{"EDN-4 Data Security the day before its audit", dataSecurity(), day("2026-07-29"), dsRenamed},
		{"EDN-4 Data Security on the day of its audit", dataSecurity(), day("2026-07-30"), dsAudited},
		{"EDN-4 Data Security the day after its audit", dataSecurity(), day("2026-07-31"), dsAudited},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, tt.def)
			if diff := cmp.Diff(tt.want, termsOf(s.On(tt.on))); diff != "" {
				t.Errorf("On(%v) (-want +got):\n%s", tt.on, diff)
			}
			// From any view the same day gives the same terms.
			for _, from := range []date.Date{{}, day("2024-03-01"), day("2025-08-26"), day("2030-01-01")} {
				if got := s.On(from).On(tt.on); !got.Equal(s.On(tt.on)) {
					t.Errorf("On(%v).On(%v) = %+v, want %+v", from, tt.on, termsOf(got), tt.want)
				}
			}
			// Entry-wide answers do not depend on the view.
			v := s.On(tt.on)
			if v.ID() != s.ID() || v.Kind() != s.Kind() || v.Category() != s.Category() ||
				!slices.Equal(slices.Collect(v.Aliases()), slices.Collect(s.Aliases())) {
				t.Errorf("On(%v) changed an entry-wide answer", tt.on)
			}
		})
	}
}

func TestLatestView(t *testing.T) {
	tests := []struct {
		name string
		def  sp.Definition
		want string
		on   date.Date // the day of the last change
	}{
		{"EDN-2 New gives the latest terms", everyTerm(), "Extended Detection and Response", day("2026-03-01")},
		{"EDN-2 the latest terms of Data Security", dataSecurity(), "Data Security", day("2026-07-30")},
		{"EDN-2 without changes the base terms are the latest", threatProtection(), "Threat Protection", date.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, tt.def)
			if got := s.Name(); got != tt.want {
				t.Errorf("New(%q).Name() = %q, want %q", tt.def.ID, got, tt.want)
			}
			if !s.Equal(s.On(tt.on)) || !s.Equal(s.On(day("9999-12-31"))) {
				t.Errorf("New(%q) is not the view of %v and of 9999-12-31", tt.def.ID, tt.on)
			}
		})
	}
}

func TestOffered(t *testing.T) {
	retiredOnly := func() sp.Definition { d := everyTerm(); d.Closes = date.Date{}; return d }()
	neverRecorded := func() sp.Definition {
		d := everyTerm()
		d.Introduced, d.Closes, d.Retired = date.Date{}, date.Date{}, date.Date{}
		return d
	}()
	const base, latest = "Threat Protection", "Extended Detection and Response"
	tests := []struct {
		name    string
		s       sp.Specialization
		on      date.Date
		want    *sp.NotOfferedError // nil: offered
		message string
	}{
		{"EDN-3 the day before Introduced", mustNew(t, everyTerm()), day("2023-12-31"),
			&sp.NotOfferedError{ID: "threat-protection", Name: base, Day: day("2023-12-31"), Introduced: day("2024-01-01"), Closes: day("2026-09-01")},
			`specialization: entry "threat-protection" (Threat Protection) on 2023-12-31: introduced 2024-01-01: not offered`},
		{"EDN-3 on Introduced", mustNew(t, everyTerm()), day("2024-01-01"), nil, ""},
		{"EDN-3 the day before Closes", mustNew(t, everyTerm()), day("2026-08-31"), nil, ""},
		{"EDN-3 on Closes, named by the terms of that day", mustNew(t, everyTerm()), day("2026-09-01"),
			&sp.NotOfferedError{ID: "threat-protection", Name: latest, Day: day("2026-09-01"), Introduced: day("2024-01-01"), Closes: day("2026-09-01")},
			`specialization: entry "threat-protection" (Extended Detection and Response) on 2026-09-01: closed to new enrollments from 2026-09-01: not offered`},
		{"EDN-3 between Closes and Retired", mustNew(t, everyTerm()), day("2026-12-31"),
			&sp.NotOfferedError{ID: "threat-protection", Name: latest, Day: day("2026-12-31"), Introduced: day("2024-01-01"), Closes: day("2026-09-01")},
			`specialization: entry "threat-protection" (Extended Detection and Response) on 2026-12-31: closed to new enrollments from 2026-09-01: not offered`},
		{"EDN-3 on Retired", mustNew(t, everyTerm()), day("2027-01-01"),
			&sp.NotOfferedError{ID: "threat-protection", Name: latest, Day: day("2027-01-01"), Introduced: day("2024-01-01"), Closes: day("2026-09-01")},
			`specialization: entry "threat-protection" (Extended Detection and Response) on 2027-01-01: closed to new enrollments from 2026-09-01: not offered`},
		{"EDN-3 the zero Date", mustNew(t, everyTerm()), date.Date{},
			&sp.NotOfferedError{ID: "threat-protection", Name: base, Introduced: day("2024-01-01"), Closes: day("2026-09-01")},
			`specialization: entry "threat-protection" (Threat Protection): no day given: not offered`},
		{"EDN-3 without Closes, the day before Retired", mustNew(t, retiredOnly), day("2026-12-31"), nil, ""},
		{"EDN-3 without Closes, on Retired", mustNew(t, retiredOnly), day("2027-01-01"),
			&sp.NotOfferedError{ID: "threat-protection", Name: latest, Day: day("2027-01-01"), Introduced: day("2024-01-01"), Closes: day("2027-01-01")},
			`specialization: entry "threat-protection" (Extended Detection and Response) on 2027-01-01: closed to new enrollments from 2027-01-01: not offered`},
		{"EDN-3 without Introduced, open-ended into the past", mustNew(t, neverRecorded), day("0001-01-01"), nil, ""},
		{"EDN-3 without Closes or Retired, open-ended into the future", mustNew(t, neverRecorded), day("9999-12-31"), nil, ""},
		{"EDN-3 the zero Specialization offers nothing", sp.Specialization{}, day("2026-01-01"),
			&sp.NotOfferedError{Day: day("2026-01-01")},
			`specialization: no entry on 2026-01-01: not offered`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.Offered(tt.on); got != (tt.want == nil) {
				t.Errorf("Offered(%v) = %v, want %v", tt.on, got, tt.want == nil)
			}
			// Offered is about the entry: every view answers the same.
			if got := tt.s.On(day("2024-03-01")).Offered(tt.on); got != (tt.want == nil) {
				t.Errorf("On(2024-03-01).Offered(%v) = %v, want %v", tt.on, got, tt.want == nil)
			}
			err := tt.s.CheckOffered(tt.on)
			if tt.want == nil {
				if err != nil {
					t.Errorf("CheckOffered(%v) = %v, want nil", tt.on, err)
				}
				return
			}
			if !errors.Is(err, sp.ErrNotOffered) {
				t.Errorf("CheckOffered(%v) = %v, want an error wrapping ErrNotOffered", tt.on, err)
			}
			var ne *sp.NotOfferedError
			if !errors.As(err, &ne) {
				t.Fatalf("CheckOffered(%v) = %T, want *NotOfferedError", tt.on, err)
			}
			if diff := cmp.Diff(tt.want, ne); diff != "" {
				t.Errorf("CheckOffered(%v) (-want +got):\n%s", tt.on, diff)
			}
			if diff := cmp.Diff(tt.message, err.Error()); diff != "" {
				t.Errorf("CheckOffered(%v).Error() (-want +got):\n%s", tt.on, diff)
			}
		})
	}
}

func TestEntryDates(t *testing.T) {
	type dates struct {
		Introduced    date.Date
		HasIntroduced bool
		Closes        date.Date
		HasCloses     bool
		Retired       date.Date
		HasRetired    bool
		CarriesOver   bool
		Source        string
	}
	look := func(s sp.Specialization) dates {
		i, iok := s.Introduced()
		c, cok := s.Closes()
		r, rok := s.Retired()
		return dates{i, iok, c, cok, r, rok, s.CarriesOver(), s.Source()}
	}
	carried := func() sp.Definition {
		d := windowsServerMigration()
		d.CarriesOver, d.Source = true, "Microsoft Learn, Infra and Database Migration is now live"
		return d
	}()
	tests := []struct {
		name string
		def  sp.Definition
		want dates
	}{
		{"EDN-3 Introduced, Closes and Retired", everyTerm(), dates{day("2024-01-01"), true, day("2026-09-01"), true,
			day("2027-01-01"), true, false, "test: base terms"}},
		{"EDN-3 Closes defaults to Retired", windowsServerMigration(), dates{Closes: day("2023-01-09"), HasCloses: true,
			Retired: day("2023-01-09"), HasRetired: true}},
		{"EDN-3 nothing recorded", threatProtection(), dates{}},
		{"EDN-6 holders carried over", carried, dates{Closes: day("2023-01-09"), HasCloses: true, Retired: day("2023-01-09"),
			HasRetired: true, CarriesOver: true, Source: "Microsoft Learn, Infra and Database Migration is now live"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, tt.def)
			for _, v := range []sp.Specialization{s, s.On(date.Date{}), s.On(day("2025-01-01"))} {
				if diff := cmp.Diff(tt.want, look(v)); diff != "" {
					t.Errorf("dates of view since %v (-want +got):\n%s", v.Since(), diff)
				}
			}
		})
	}
	if diff := cmp.Diff(dates{}, look(sp.Specialization{})); diff != "" {
		t.Errorf("EDN-3 dates of the zero Specialization (-want +got):\n%s", diff)
	}
}

func TestShiftMonths(t *testing.T) {
	tests := []struct {
		name     string
		def      sp.Definition
		enrolled date.Date
		n        int // the anniversary, by INT-2 before any shift
		want     int
	}{
		{"EDN-5 enrolled before the change, anniversary before it: not moved", dataSecurity(), day("2024-03-15"), 2, 0},
		{"EDN-5 enrolled before the change, anniversary the day before it: not moved", dataSecurity(), day("2023-07-29"), 3, 0},
		{"EDN-5 enrolled before the change, anniversary on its day: moved", dataSecurity(), day("2023-07-30"), 3, 6},
		{"EDN-5 enrolled before the change, anniversary after it: moved", dataSecurity(), day("2024-08-31"), 2, 6},
		{"EDN-5 every later anniversary moves too", dataSecurity(), day("2024-08-31"), 5, 6},
		{"EDN-5 enrolled the day before the change: moved", dataSecurity(), day("2026-07-29"), 1, 6},
		{"EDN-5 enrolled on the change day: not moved", dataSecurity(), day("2026-07-30"), 1, 0},
		{"EDN-5 enrolled after the change: not moved", dataSecurity(), day("2026-08-15"), 3, 0},
		{"EDN-5 a 29 February enrollment under a shift", dataSecurity(), day("2024-02-29"), 3, 6},
		{"EDN-5 a change without a shift moves nothing", everyTerm(), day("2024-01-01"), 2, 0},
		{"EDN-5 shifts add up across two changes", twoShifts(), day("2025-05-10"), 2, 9},
		{"EDN-5 an anniversary on the second change day takes both", twoShifts(), day("2025-03-01"), 2, 9},
		{"EDN-5 an anniversary between the two changes takes the first", twoShifts(), day("2025-10-10"), 1, 6},
		{"EDN-5 enrolled between the two changes: only the second", twoShifts(), day("2026-10-10"), 1, 3},
		{"EDN-5 each shift applies to the unshifted anniversary, never to a moved one", twoShifts(), day("2025-12-15"), 1, 6},
		{"EDN-5 enrolled after both changes: not moved", twoShifts(), day("2027-03-01"), 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, tt.def)
			ann := anniversary.Nth(tt.enrolled, tt.n, false)
			if got := s.ShiftMonths(tt.enrolled, ann); got != tt.want {
				t.Errorf("ShiftMonths(%v, %v) = %d, want %d", tt.enrolled, ann, got, tt.want)
			}
			// It is about the entry as a whole: the same from every view.
			if got := s.On(date.Date{}).ShiftMonths(tt.enrolled, ann); got != tt.want {
				t.Errorf("On(zero).ShiftMonths(%v, %v) = %d, want %d", tt.enrolled, ann, got, tt.want)
			}
		})
	}
	if got := (sp.Specialization{}).ShiftMonths(day("2025-01-01"), day("2027-01-01")); got != 0 {
		t.Errorf("EDN-5 zero Specialization ShiftMonths = %d, want 0", got)
	}
}

func TestAliasesOverTime(t *testing.T) {
	backAgain := func() sp.Definition {
		d := threatProtection()
		d.Aliases = nil
		d.Changes = []sp.Change{
			{On: day("2025-01-01"), Name: "Threat Defense", Source: "test"},
			{On: day("2026-01-01"), Name: "Threat Protection", ChineseName: "威胁防护", Source: "test"},
		}
		return d
	}()
	declaredFormer := func() sp.Definition {
		d := dataSecurity()
		d.Aliases = []string{"Information Protection and Governance", "信息保护和管理"}
		return d
	}()
	tests := []struct {
		name   string
		def    sp.Definition
		want   []string
		former []string // every name the entry had before its latest terms
	}{
		{"EDN-2 every former name of a made-up entry, in date order", everyTerm(),
			[]string{"Threat Protection specialization", "威胁防护专业化", "Threat Protection", "威胁防护", "威胁防护服务", "Threat Defense", "威胁防御"},
			[]string{"Threat Protection", "威胁防护", "威胁防护服务", "Threat Defense", "威胁防御"}},
		{"EDN-2 a Chinese name cleared by an English rename stays a name of the entry", dataSecurity(),
			[]string{"信息保护和管理", "Information Protection and Governance", "信息保护和治理"},
			[]string{"Information Protection and Governance", "信息保护和治理"}},
		{"CAT-3 a former name also declared as an alias is listed once", declaredFormer,
			[]string{"Information Protection and Governance", "信息保护和管理", "信息保护和治理"},
			[]string{"Information Protection and Governance", "信息保护和治理"}},
		{"EDN-2 a name given back is no alias, the one between is", backAgain,
			[]string{"Threat Defense"}, []string{"Threat Defense"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, tt.def)
			for _, v := range []sp.Specialization{s, s.On(date.Date{}), s.On(day("2025-06-01"))} {
				got := slices.Collect(v.Aliases())
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("Aliases() of view since %v (-want +got):\n%s", v.Since(), diff)
				}
				for _, n := range tt.former {
					if c := count(got, n); c != 1 {
						t.Errorf("Aliases() holds former name %q %d times, want once", n, c)
					}
				}
				for _, n := range []string{s.Name(), s.ChineseName()} {
					if n != "" && slices.Contains(got, n) {
						t.Errorf("Aliases() holds %q, a name of the latest terms", n)
					}
				}
			}
		})
	}
}

func count(names []string, n string) int {
	c := 0
	for _, m := range names {
		if m == n {
			c++
		}
	}
	return c
}

func TestDefinitionRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		def  sp.Definition
	}{
		{"EDN-1 an entry whose changes touch every term", everyTerm()},
		{"EDN-5 an entry with two shifts", twoShifts()},
		{"EDN-2 an entry without changes", threatProtection()},
		{"EDN-1 a change that empties the figures", func() sp.Definition {
			d := threatProtection()
			d.Changes = []sp.Change{{On: day("2025-01-01"), Qualification: sp.Qualification{}, Source: "test: figures withdrawn"}}
			return d
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, tt.def)
			for _, v := range []sp.Specialization{s, s.On(date.Date{}), s.On(day("2025-01-01"))} {
				got := v.Definition()
				if diff := cmp.Diff(tt.def, got); diff != "" {
					t.Errorf("Definition() of view since %v (-want +got):\n%s", v.Since(), diff)
				}
				back := mustNew(t, got)
				if !back.Equal(s) {
					t.Errorf("New(Definition()) of view since %v = %+v, want the latest view %+v", v.Since(), termsOf(back), termsOf(s))
				}
			}
		})
	}
}

func TestEqualViews(t *testing.T) {
	s := mustNew(t, everyTerm())
	differ := func(change func(*sp.Definition)) sp.Specialization {
		d := everyTerm()
		change(&d)
		return mustNew(t, d)
	}
	tests := []struct {
		name string
		a, b sp.Specialization
		want bool
	}{
		{"EDN-2 one view", s.On(day("2025-01-01")), s.On(day("2025-01-01")), true},
		{"EDN-2 two days under the same terms", s.On(day("2025-01-01")), s.On(day("2025-05-31")), true},
		{"EDN-2 the latest view and the day of the last change", s, s.On(day("2026-03-01")), true},
		{"EDN-2 views of separately built entries on one day", s.On(day("2024-06-01")), mustNew(t, everyTerm()).On(day("2024-06-01")), true},
		{"EDN-2 the day before a change and its day", s.On(day("2025-05-31")), s.On(day("2025-06-01")), false},
		{"EDN-2 base terms and latest terms", s.On(date.Date{}), s, false},
		{"EDN-2 views of separately built entries on different terms", s.On(day("2024-06-01")), mustNew(t, everyTerm()).On(day("2024-05-31")), false},
		{"EDN-1 another Source of a change", s, differ(func(d *sp.Definition) { d.Changes[5].Source = "test: audited, per another page" }), false},
		{"EDN-1 a change marked reported", s, differ(func(d *sp.Definition) { d.Changes[0].Reported = true }), false},
		{"EDN-8 a day not inferred", s, differ(func(d *sp.Definition) { d.Changes[2].Inferred = false }), false},
		{"EDN-5 a shift", s, differ(func(d *sp.Definition) { d.Changes[5].ShiftMonths = 6 }), false},
		{"EDN-1 figures emptied rather than kept", s, differ(func(d *sp.Definition) { d.Changes[5].Qualification = sp.Qualification{} }), false},
		{"EDN-3 another Introduced", s, differ(func(d *sp.Definition) { d.Introduced = day("2023-12-31") }), false},
		{"EDN-3 another Closes", s, differ(func(d *sp.Definition) { d.Closes = date.Date{} }), false},
		{"EDN-6 carried over", s, differ(func(d *sp.Definition) { d.CarriesOver, d.ReplacedBy = true, "cloud-security" }), false},
		{"EDN-8 another Source of the base terms", s, differ(func(d *sp.Definition) { d.Source = "test: another page" }), false},
		{"EDN-1 one change fewer", s, differ(func(d *sp.Definition) { d.Changes = d.Changes[:5] }).On(day("2026-01-01")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("Equal() = %v, want %v", got, tt.want)
			}
			if got := tt.b.Equal(tt.a); got != tt.want {
				t.Errorf("Equal() = %v, want %v (symmetric)", got, tt.want)
			}
			if got := cmp.Diff(tt.a, tt.b) == ""; got != tt.want {
				t.Errorf("cmp.Diff() empty = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestChangesAreCopies(t *testing.T) {
	want := everyTerm().Changes
	s := mustNew(t, everyTerm())
	for c := range s.On(day("2024-01-01")).Changes() {
		if c.Qualification != nil {
			c.Qualification[0][0].Min = dec("1")
			c.Qualification[0][0].Measure = "changed"
			c.Qualification[0] = nil
		}
	}
	for _, v := range []sp.Specialization{s, s.On(date.Date{}), s.On(day("2025-01-01"))} {
		if diff := cmp.Diff(want, slices.Collect(v.Changes())); diff != "" {
			t.Errorf("EDN-1 Changes() of view since %v after changing what it yielded (-want +got):\n%s", v.Since(), diff)
		}
	}
	if diff := cmp.Diff(sp.Qualification{{withMin(sc200, "8")}}, s.On(day("2025-01-01")).Qualification()); diff != "" {
		t.Errorf("EDN-2 the figures in force after changing what Changes() yielded (-want +got):\n%s", diff)
	}
	var first []sp.Change
	for c := range s.Changes() {
		first = append(first, c)
		break
	}
	if diff := cmp.Diff(want[:1], first); diff != "" {
		t.Errorf("EDN-1 Changes() with break (-want +got):\n%s", diff)
	}
	if got := slices.Collect(sp.Specialization{}.Changes()); got != nil {
		t.Errorf("EDN-1 zero Specialization Changes() = %v, want none", got)
	}
}

func TestNewRejectsEditions(t *testing.T) {
	tests := []struct {
		name   string
		change func(*sp.Definition)
		field  string
		qual   bool // the error also wraps ErrInvalidQualification
	}{
		{"EDN-1 changes out of order", func(d *sp.Definition) { d.Changes[1], d.Changes[2] = d.Changes[2], d.Changes[1] }, "Changes[2]", false},
		{"EDN-1 two changes on one day", func(d *sp.Definition) { d.Changes[3].On = d.Changes[2].On }, "Changes[3]", false},
		{"EDN-1 a change before Introduced", func(d *sp.Definition) { d.Introduced = day("2024-03-02") }, "Changes[0]", false},
		{"EDN-1 a change without a day", func(d *sp.Definition) { d.Changes[4].On = date.Date{} }, "Changes[4]", false},
		{"EDN-1 a change without a Source", func(d *sp.Definition) { d.Changes[1].Source = "" }, "Changes[1]", false},
		{"EDN-1 a Source with surrounding space", func(d *sp.Definition) { d.Changes[1].Source = "test " }, "Changes[1]", false},
		{"EDN-5 ShiftMonths -1", func(d *sp.Definition) { d.Changes[5].ShiftMonths = -1 }, "Changes[5]", false},
		{"EDN-5 ShiftMonths 13", func(d *sp.Definition) { d.Changes[5].ShiftMonths = 13 }, "Changes[5]", false},
		{"EDN-1 a change that changes nothing", func(d *sp.Definition) {
			d.Changes[2] = sp.Change{On: d.Changes[2].On, Inferred: true, Reported: true, Source: "test: nothing"}
		}, "Changes[2]", false},
		{"EDN-2 a new Name with surrounding space", func(d *sp.Definition) { d.Changes[3].Name = "Threat Defense " }, "Changes[3]", false},
		{"EDN-2 a Name of spaces only", func(d *sp.Definition) { d.Changes[3].Name = " " }, "Changes[3]", false},
		{"EDN-2 a new Chinese name with surrounding space", func(d *sp.Definition) { d.Changes[0].ChineseName = " 威胁防护服务" }, "Changes[0]", false},
		{"EDN-2 new designations with a stray bit", func(d *sp.Definition) { d.Changes[1].Designations |= 0x80 }, "Changes[1]", false},
		{"EDN-4 an invalid Validation", func(d *sp.Definition) { d.Changes[5].Validation = 4 }, "Changes[5]", false},
		{"EDN-1 invalid new figures", func(d *sp.Definition) { d.Changes[2].Qualification[0][0].Unit = "EUR" }, "Changes[2].Qualification", true},
		{"EDN-1 new figures with an empty group", func(d *sp.Definition) { d.Changes[2].Qualification = sp.Qualification{{}} }, "Changes[2].Qualification", true},
		{"EDN-6 CarriesOver without Retired", func(d *sp.Definition) {
			d.CarriesOver, d.ReplacedBy, d.Closes, d.Retired = true, "cloud-security", date.Date{}, date.Date{}
		}, "CarriesOver", false},
		{"EDN-6 CarriesOver without ReplacedBy", func(d *sp.Definition) { d.CarriesOver = true }, "CarriesOver", false},
		{"EDN-3 Closes after Retired", func(d *sp.Definition) { d.Closes = day("2027-01-02") }, "Closes", false},
		{"EDN-3 Closes on Introduced", func(d *sp.Definition) { d.Closes = d.Introduced }, "Closes", false},
		{"EDN-3 Closes before Introduced", func(d *sp.Definition) { d.Closes = day("2023-12-31") }, "Closes", false},
		{"EDN-3 Retired on Introduced", func(d *sp.Definition) { d.Closes, d.Retired = date.Date{}, d.Introduced }, "Retired", false},
		{"EDN-3 Retired before Introduced", func(d *sp.Definition) { d.Retired = day("2023-06-01") }, "Retired", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := everyTerm()
			tt.change(&d)
			checkRejected(t, d, tt.field, tt.qual)
		})
	}
}

func TestNewAcceptsEditions(t *testing.T) {
	tests := []struct {
		name   string
		change func(*sp.Definition)
	}{
		{"EDN-5 ShiftMonths 12", func(d *sp.Definition) { d.Changes[5].ShiftMonths = 12 }},
		{"EDN-5 a change that only shifts", func(d *sp.Definition) { d.Changes[5] = sp.Change{On: d.Changes[5].On, ShiftMonths: 1, Source: "test"} }},
		{"EDN-1 a first change on Introduced", func(d *sp.Definition) { d.Changes[0].On = d.Introduced }},
		{"EDN-1 changes without Introduced", func(d *sp.Definition) { d.Introduced = date.Date{} }},
		{"EDN-1 a change after Retired", func(d *sp.Definition) { d.Changes[5].On = day("2027-06-01") }},
		{"EDN-3 Closes on Retired", func(d *sp.Definition) { d.Closes = d.Retired }},
		{"EDN-3 Closes without Retired", func(d *sp.Definition) { d.Retired = date.Date{} }},
		{"EDN-3 Retired the day after Introduced", func(d *sp.Definition) {
			d.Closes, d.Retired, d.Changes = date.Date{}, d.Introduced.AddDays(1), nil
		}},
		{"EDN-6 CarriesOver with Retired and ReplacedBy", func(d *sp.Definition) { d.CarriesOver, d.ReplacedBy = true, "cloud-security" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := everyTerm()
			tt.change(&d)
			s := mustNew(t, d)
			if diff := cmp.Diff(d, s.Definition()); diff != "" {
				t.Errorf("New().Definition() (-want +got):\n%s", diff)
			}
		})
	}
}

// termsModel returns the terms in force on d by folding the changes dated
// on or before d over the base terms, as RULES EDN-2 words it; it is the
// oracle for On, written without its index arithmetic.
func termsModel(def sp.Definition, d date.Date) termsView {
	v := termsView{def.Introduced, def.Name, def.ChineseName, "", def.Designations, def.Validation, def.Qualification}
	for _, c := range def.Changes {
		if c.On.After(d) {
			break
		}
		v.Since = c.On
		if c.Name != "" && c.Name != v.Name { // a rename; restating the name keeps the Chinese one
			v.Name, v.Chinese = c.Name, ""
		}
		if c.ChineseName != "" {
			v.Chinese = c.ChineseName
		}
		if c.Designations != 0 {
			v.Designations = c.Designations
		}
		if c.Validation != 0 {
			v.Validation = c.Validation
		}
		if c.Qualification != nil {
			v.Qualification = c.Qualification
		}
	}
	v.Local = v.Name
	if v.Chinese != "" {
		v.Local = v.Chinese
	}
	return v
}

// TestOnProperty walks every day from 2023 to 2028 and checks, from views
// of many days, that s.On(d).On(e) is s.On(e) and that s.On(e) holds the
// terms EDN-2 gives for e.
func TestOnProperty(t *testing.T) {
	for _, def := range []sp.Definition{everyTerm(), twoShifts(), threatProtection()} {
		s := mustNew(t, def)
		from := []sp.Specialization{s, s.On(date.Date{})}
		for c := range s.Changes() {
			from = append(from, s.On(c.On.AddDays(-1)), s.On(c.On), s.On(c.On.AddDays(1)))
		}
		for e := day("2023-01-01"); e.Before(day("2028-01-01")); e = e.AddDays(1) {
			want := s.On(e)
			for _, v := range from {
				if got := v.On(e); !got.Equal(want) {
					t.Fatalf("EDN-2 %s: On(%v).On(%v) = %+v, want %+v", def.ID, v.Since(), e, termsOf(got), termsOf(want))
				}
			}
			if diff := cmp.Diff(termsModel(def, e), termsOf(want)); diff != "" {
				t.Fatalf("EDN-2 %s: On(%v) (-want +got):\n%s", def.ID, e, diff)
			}
		}
	}
}

func TestZeroSpecializationViews(t *testing.T) {
	z := sp.Specialization{}
	if !z.On(day("2025-01-01")).IsZero() {
		t.Errorf("EDN-2 zero Specialization On() is not zero")
	}
	if diff := cmp.Diff(termsView{}, termsOf(z.On(day("2025-01-01")))); diff != "" {
		t.Errorf("EDN-2 zero Specialization terms (-want +got):\n%s", diff)
	}
}

func BenchmarkOn(b *testing.B) {
	s := mustNew(b, everyTerm())
	days := []date.Date{day("2023-06-01"), day("2024-07-01"), day("2025-07-01"), day("2026-07-01")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if s.On(days[i&3]).Name() == "" {
			b.Fatal("no name")
		}
		i++
	}
}

// TestRestatedNameKeepsChinese: a change that restates the English name in
// force renames nothing, so it keeps the Chinese name (EDN-2 clears it only
// on a rename).
func TestRestatedNameKeepsChinese(t *testing.T) {
	d := dataSecurity()
	d.Changes = []sp.Change{{On: date.MustParse("2026-01-01"), Name: d.Name, Validation: sp.ValidationAudit, Source: "test"}}
	s := mustNew(t, d)
	got := [2]string{s.Name(), s.ChineseName()}
	if diff := cmp.Diff([2]string{d.Name, d.ChineseName}, got); diff != "" {
		t.Errorf("EDN-2 restated name: Name, ChineseName (-want +got):\n%s", diff)
	}
}
