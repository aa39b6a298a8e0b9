package renewal_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// analytics builds the seed's example entry. A program would take it from
// the catalog package instead.
func analytics() (specialization.Specialization, error) {
	return specialization.New(specialization.Definition{
		ID:           "analytics-on-microsoft-azure",
		Kind:         specialization.KindSpecialization,
		Category:     specialization.CategoryAzure,
		Name:         "Analytics on Microsoft Azure",
		ChineseName:  "Microsoft Azure 上的分析",
		Designations: specialization.Designations(specialization.DesignationDataAndAI),
		Validation:   specialization.ValidationAudit,
	})
}

// cloudSecurity builds Cloud Security with its change of 2026-07-30
// (RULES EDN table): an audit instead of customer references, and
// anniversaries 6 months later. A program would take it from the catalog.
func cloudSecurity() (specialization.Specialization, error) {
	return specialization.New(specialization.Definition{
		ID:           "cloud-security",
		Kind:         specialization.KindSpecialization,
		Category:     specialization.CategorySecurity,
		Name:         "Cloud Security",
		ChineseName:  "云安全",
		Designations: specialization.Designations(specialization.DesignationSecurity),
		Validation:   specialization.ValidationCustomerReference,
		Changes: []specialization.Change{{
			On: date.MustParse("2026-07-30"), Validation: specialization.ValidationAudit, ShiftMonths: 6,
			Reported: true, Source: "reports quoting Microsoft Learn announcements, August 2026",
		}},
	})
}

// A Cloud Security enrollment asked about on two days (RULES EDN-4,
// EDN-5). On 2026-06-01 its 2nd renewal year, on 2026-07-01, needs
// customer references. Renewed, it next renews in its 3rd year, whose
// anniversary of 2027-07-01 falls after the change of 2026-07-30 and so
// moves 6 months, to 2028-01-01; its 4th year, on 2029-01-01, needs an
// audit.
func ExamplePolicy_Evaluate_editions() {
	p := renewal.DefaultPolicy()
	item, err := cloudSecurity()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2024-07-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	e.Renewed = 1
	ev := renewal.Evidence{QualifiedOn: date.MustParse("2026-05-10")}
	d, err := p.Evaluate(e, ev, date.MustParse("2026-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Explain("en"))

	ev.ValidatedOn = date.MustParse("2026-06-20")
	d, err = p.Evaluate(e, ev, date.MustParse("2026-06-20"))
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err = p.Evaluate(d.Next(), renewal.Evidence{}, date.MustParse("2027-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Explain("en"))
	c, err := p.Cycle(e, 4)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("year", c.Year, "on", c.Date, "needs", e.Item.On(c.Date).Validation())
	// Output:
	// The renewal window of Cloud Security for the 2026-07-01 anniversary (the 2nd renewal year) has been open since 2026-05-02. Still owed: approved customer references. Deadline: 2026-07-31; the enrollment stays active until then.
	// Cloud Security is enrolled and active. Its next renewal is at the 2028-01-01 anniversary (the 3rd renewal year): the window opens on 2027-11-02 and the deadline is 2028-01-31. It will need the qualification requirements.
	// year 4 on 2029-01-01 needs Audit
}

// The seed's second example (RULES POST-4): enrolled 2025-01-01, the
// 2026-01-01 anniversary survived, the partner qualified on 2026-11-20 and
// still owes the audit of the 2nd renewal year.
func ExamplePolicy_Evaluate() {
	item, err := analytics()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2025-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	e.Renewed = 1
	p := renewal.DefaultPolicy()
	ev := renewal.Evidence{QualifiedOn: date.MustParse("2026-11-20")}
	d, err := p.Evaluate(e, ev, date.MustParse("2026-11-24"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Phase, "/", d.Outcome, "/ missing:", d.Missing, "/ deadline:", d.Deadline())

	// The audit passes on 2026-12-03: renewed that day; store Next().
	ev.ValidatedOn = date.MustParse("2026-12-03")
	d, err = p.Evaluate(e, ev, date.MustParse("2026-12-10"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "on", d.RenewedOn, "/ store Renewed =", d.Next().Renewed)
	// Output:
	// window open / pending / missing: audit / deadline: 2027-01-31
	// renewed on 2026-12-03 / store Renewed = 2
}

// Cycles lists an enrollment's anniversaries with their windows. Enrolled
// 2021-03-15, the 2022 anniversary came before reviews started (RULES
// INT-4): renewal year 0, not reviewed.
func ExamplePolicy_Cycles() {
	item, err := analytics()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2021-03-15"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for c := range renewal.DefaultPolicy().Cycles(e) {
		if c.Anniversary > 4 {
			break
		}
		fmt.Printf("%d %s year %d window %s..%s manual %v\n", c.Anniversary, c.Date, c.Year, c.Opens, c.ValidTo, c.Manual)
	}
	// Output:
	// 1 2022-03-15 year 0 window 2022-01-14..2022-04-14 manual false
	// 2 2023-03-15 year 1 window 2023-01-14..2023-04-14 manual false
	// 3 2024-03-15 year 2 window 2024-01-15..2024-04-14 manual true
	// 4 2025-03-15 year 3 window 2025-01-14..2025-04-14 manual false
}

// A 29 February enrollment under both leap-day rules (RULES INT-2).
func ExamplePolicy_Cycles_leapDay() {
	item, err := analytics()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2024-02-29"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rule := range []renewal.LeapDay{renewal.LeapDayFeb28, renewal.LeapDayMar1} {
		p := renewal.DefaultPolicy()
		p.LeapDay = rule
		fmt.Print(rule, ":")
		for c := range p.Cycles(e) {
			if c.Anniversary > 5 {
				break
			}
			fmt.Print(" ", c.Date)
		}
		fmt.Println()
	}
	// Output:
	// 28 February: 2025-02-28 2026-02-28 2027-02-28 2028-02-29 2029-02-28
	// 1 March: 2025-03-01 2026-03-01 2027-03-01 2028-02-29 2029-03-01
}

// The reminder days of the seed's first example (RULES REN-6, INT-7).
func ExamplePolicy_Reminders() {
	item, err := analytics()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2025-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	p := renewal.DefaultPolicy()
	c, err := p.Cycle(e, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	for r := range p.Reminders(c) {
		fmt.Printf("%s (%+d days)\n", r, r.DaysSince(c.Date))
	}
	// Output:
	// 2025-09-03 (-120 days)
	// 2025-10-03 (-90 days)
	// 2025-11-02 (-60 days)
	// 2025-12-02 (-30 days)
	// 2026-01-01 (+0 days)
	// 2026-01-31 (+30 days)
}

// The seed's first example (RULES POST-3) as a decision with its reasons.
// The window opens on 2025-11-02: the seed prints 2025-11-01, one day more
// than the 60 days it states (INT-3).
func ExampleDecision_Reasons() {
	item, err := analytics()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2025-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := renewal.DefaultPolicy().Evaluate(e, renewal.Evidence{}, date.MustParse("2026-02-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range d.Reasons() {
		fmt.Println(r)
	}
	// Output:
	// INT-10: the cycle under review is anniversary 1, on 2026-01-01 (enrolled 2025-01-01; anniversaries survived: 0)
	// INT-4: anniversary 1 on 2026-01-01 is the 1st renewal year, counted among the anniversaries since reviews started
	// REN-3: the 1st renewal year needs the qualification requirements only; window 2025-11-02 to 2026-01-31
	// REN-5: the window opens on 2025-11-02, closes on the anniversary 2026-01-01 and is followed by a grace period through 2026-01-31
	// INT-3: day counts are exact and both ends inclusive: 2025-11-02 is 60 days before the anniversary, 2026-01-31 is 30 days after it
	// INT-5: on 2026-02-01 the enrollment has lapsed: 2026-01-31 passed without a renewal, and earning it again is a new enrollment
	// INT-6: the qualification requirements count when met on or before 2026-01-31; none counted as of 2026-02-01
}

// Explain writes the decision for a partner admin, in English or in
// Simplified Chinese, naming the entry by its name in force on the day
// asked.
func ExampleDecision_Explain() {
	item, err := analytics()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2025-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	e.Renewed = 1
	ev := renewal.Evidence{QualifiedOn: date.MustParse("2026-11-20")}
	d, err := renewal.DefaultPolicy().Evaluate(e, ev, date.MustParse("2027-01-10"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Explain("en"))
	fmt.Println(d.Explain("zh-Hans"))
	// Output:
	// Analytics on Microsoft Azure passed the 2027-01-01 anniversary (the 2nd renewal year) without a renewal and is in its grace period. Still owed: an audit. Deadline: 2027-01-31; after that day the enrollment lapses.
	// “Microsoft Azure 上的分析”专用化已过 2027-01-01 周年日期（第 2 个续订年），但尚未续订，目前处于宽限期。仍需完成：审核。截止日期为 2027-01-31；过了这一天注册将失效。
}

// Expert programs have their own yearly audit program (RULES REN-1).
func ExampleEnroll() {
	msp, err := specialization.New(specialization.Definition{
		ID:           "azure-expert-msp",
		Kind:         specialization.KindExpertProgram,
		Category:     specialization.CategoryAzure,
		Name:         "Azure Expert MSP",
		Designations: specialization.Designations(specialization.DesignationInfrastructure),
		Validation:   specialization.ValidationAudit,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = renewal.Enroll(msp, date.MustParse("2025-01-01"))
	fmt.Println(errors.Is(err, renewal.ErrNotRenewable))
	fmt.Println(err)
	// Output:
	// true
	// renewal: enrollment azure-expert-msp: expert program
}

// Advance walks a stored enrollment that fell behind through the cycles
// it missed (issue 10): enrolled 2025-01-01 and stored with Renewed 0, it
// renewed its 2026 cycle, then owed an audit for 2027 that never came.
// Asked on 2027-03-01, Advance stores the first renewal and stops at the
// 2027 cycle, lapsed for good (RULES INT-5).
func ExamplePolicy_Advance() {
	item, err := analytics()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2025-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	evidence := func(c renewal.Cycle) renewal.Evidence {
		switch c.Anniversary {
		case 1:
			return renewal.Evidence{QualifiedOn: date.MustParse("2025-12-01")}
		case 2:
			return renewal.Evidence{QualifiedOn: date.MustParse("2026-12-01")}
		}
		return renewal.Evidence{}
	}
	d, err := renewal.DefaultPolicy().Advance(e, date.MustParse("2027-03-01"), evidence)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Cycle.Date, d.Outcome, "missing:", d.Missing, "/ store Renewed =", d.Next().Renewed)
	// Output:
	// 2027-01-01 lapsed missing: audit / store Renewed = 1
}

// A stored enrollment that is behind says so, and what to store.
func ExampleDecision_Behind() {
	item, err := analytics()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2025-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	ev := renewal.Evidence{QualifiedOn: date.MustParse("2025-12-01")}
	d, err := renewal.DefaultPolicy().Evaluate(e, ev, date.MustParse("2026-11-20"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, d.Behind)
	rs := d.Reasons()
	fmt.Println(rs[len(rs)-1].Local("zh-CN"))
	// Output:
	// renewed true
	// 存储的注册已落后：第 2 个周年日期（2027-01-01）的续订窗口已于 2026-11-02 打开；请将已度过的周年数存为 1（Decision.Next），并用该周期自己的证据重新评估
}

// migrationEntries builds the two 2023-01-09 retirees and the entry their
// holders moved to (RULES EDN table). A program would take them from the
// catalog.
func migrationEntries() (windows, linux, infra specialization.Specialization, err error) {
	retired := date.MustParse("2023-01-09")
	defs := []specialization.Definition{
		{ID: "windows-server-sql-server-migration", Name: "Windows Server and SQL Server Migration to Microsoft Azure",
			Retired: retired, ReplacedBy: "infra-and-database-migration", CarriesOver: true},
		{ID: "linux-open-source-database-migration", Name: "Linux and Open Source Database Migration to Microsoft Azure",
			Retired: retired, ReplacedBy: "infra-and-database-migration", CarriesOver: true},
		{ID: "infra-and-database-migration", Name: "Infra and Database Migration to Microsoft Azure", Introduced: retired},
	}
	var s [3]specialization.Specialization
	for i, d := range defs {
		d.Kind, d.Category, d.Validation = specialization.KindSpecialization, specialization.CategoryAzure, specialization.ValidationAudit
		d.Designations = specialization.Designations(specialization.DesignationDataAndAI, specialization.DesignationInfrastructure)
		if s[i], err = specialization.New(d); err != nil {
			return
		}
	}
	return s[0], s[1], s[2], nil
}

// A 2021 Windows Server and SQL Server Migration enrollment continues as
// Infra and Database Migration with its anniversary (RULES EDN-6).
func ExampleCarryOver() {
	windows, _, infra, err := migrationEntries()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(windows, date.MustParse("2021-05-17"))
	if err != nil {
		fmt.Println(err)
		return
	}
	p := renewal.DefaultPolicy()
	d, err := p.Evaluate(e, renewal.Evidence{}, date.MustParse("2023-01-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome)
	moved, err := renewal.CarryOver(e, infra)
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err = p.Evaluate(moved, renewal.Evidence{}, date.MustParse("2023-01-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Explain("en"))
	// Output:
	// retired
	// Infra and Database Migration to Microsoft Azure is enrolled and active. Its next renewal is at the 2023-05-17 anniversary (the 1st renewal year): the window opens on 2023-03-18 and the deadline is 2023-06-16. It will need the qualification requirements.
}

// Two enrollments moved into one entry: the partner keeps the one whose
// next anniversary after the retirement day comes later (RULES EDN-6).
func ExamplePolicy_KeepOne() {
	windows, linux, infra, err := migrationEntries()
	if err != nil {
		fmt.Println(err)
		return
	}
	var moved []renewal.Enrollment
	for _, held := range []struct {
		item specialization.Specialization
		on   string
	}{{windows, "2021-05-17"}, {linux, "2022-03-01"}} {
		e, err := renewal.Enroll(held.item, date.MustParse(held.on))
		if err != nil {
			fmt.Println(err)
			return
		}
		m, err := renewal.CarryOver(e, infra)
		if err != nil {
			fmt.Println(err)
			return
		}
		moved = append(moved, m)
	}
	kept, err := renewal.DefaultPolicy().KeepOne(moved[0], moved[1], date.MustParse("2023-01-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("kept the enrollment of", kept.Enrolled, "in", kept.Item.ID())
	// Output:
	// kept the enrollment of 2021-05-17 in infra-and-database-migration
}

// An Enrollment names its entry by ID in JSON. Reading the entry back
// takes a catalog, so decoding refuses rather than give an empty entry.
func ExampleEnrollment_MarshalJSON() {
	item, err := analytics()
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := renewal.Enroll(item, date.MustParse("2025-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := json.Marshal(e)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	var back renewal.Enrollment
	err = json.Unmarshal(b, &back)
	fmt.Println(errors.Is(err, specialization.ErrNotDecodable))
	// Output:
	// {"item":"analytics-on-microsoft-azure","enrolled":"2025-01-01","renewed":0}
	// true
}
