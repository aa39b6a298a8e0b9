package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

var (
	errTooManyRenewals = errors.New("more renewals than renewal windows")
	errOutOfRange      = errors.New("date out of range")
)

// itemState says which of the planner's cases an entry is in.
type itemState uint8

const (
	stateRenewal itemState = iota + 1 // a specialization with a renewal decision
	stateExpert                       // an expert program: no renewal by this process (REN-1)
	stateNotYet                       // enrolled after the as-of date
	stateEnded                        // the portfolio's "lapsed" date has passed
)

// planItem is everything the outputs show about one portfolio entry.
type planItem struct {
	Entry        entry
	State        itemState
	Decision     renewal.Decision // for stateRenewal
	NextReminder date.Date        // zero: none due in this cycle
	LapsedOn     date.Date        // first day no longer held; zero while held
	Grant        benefits.Grant   // zero Holding for stateNotYet
}

// categoryPlan is the benefit picture of one category.
type categoryPlan struct {
	Category specialization.Category
	Cap      int
	Used     int
	Granted  []int // indexes into plan.Items, in rank order
	Withheld []int // indexes into plan.Items, in portfolio order
}

// plan is the planner's whole answer; the text, JSON and iCalendar
// writers only format it.
type plan struct {
	Partner    string
	AsOf       date.Date
	Until      date.Date // the calendar horizon, inclusive
	Lang       string
	YearFrom   date.Date // the designation year: this DA ...
	YearTo     date.Date // ... through the next DA
	Items      []planItem
	Categories []categoryPlan
	Events     []event
	policy     renewal.Policy
}

// buildPlan evaluates every entry of p as of o.asOf, allocates the
// benefits and lists the calendar events up to o.years ahead.
func buildPlan(p portfolio, o options) (plan, error) {
	pl := plan{Partner: p.Partner, AsOf: o.asOf, Lang: o.lang, policy: renewal.DefaultPolicy()}
	var err error
	if pl.Until, err = yearsLater(o.asOf, o.years); err != nil {
		return plan{}, fmt.Errorf("-years %d from %s: %w", o.years, o.asOf, err)
	}
	if pl.YearFrom, pl.YearTo, err = designationYear(p.DesignationAnniversary, o.asOf); err != nil {
		return plan{}, fmt.Errorf("designationAnniversary: %w", err)
	}
	for i, e := range p.Entries {
		it, err := pl.evaluate(e)
		if err != nil {
			return plan{}, fmt.Errorf("specializations[%d] %q: %w", i, e.Name, err)
		}
		pl.Items = append(pl.Items, it)
	}
	if err := pl.allocate(p); err != nil {
		return plan{}, err
	}
	pl.Events = pl.events()
	return pl, nil
}

// evaluate decides where one entry stands as of the plan's date.
func (pl *plan) evaluate(e entry) (planItem, error) {
	it := planItem{Entry: e, LapsedOn: e.Lapsed}
	switch {
	case e.Enrolled.After(pl.AsOf):
		it.State = stateNotYet
	case !e.Lapsed.IsZero() && !e.Lapsed.After(pl.AsOf):
		it.State = stateEnded
	case e.Item.Kind() == specialization.KindExpertProgram:
		it.State = stateExpert
	default:
		it.State = stateRenewal
	}
	if e.Item.Kind() == specialization.KindExpertProgram {
		return it, nil
	}
	en, err := pl.enrollment(e)
	if err != nil || it.State != stateRenewal {
		return it, err
	}
	ev := renewal.Evidence{QualifiedOn: e.QualifiedOn, ValidatedOn: e.ValidatedOn}
	if it.Decision, err = pl.policy.Evaluate(en, ev, pl.AsOf); err != nil {
		return planItem{}, err
	}
	if it.Decision.Outcome == renewal.OutcomeLapsed && it.LapsedOn.IsZero() {
		it.LapsedOn = it.Decision.Cycle.ValidTo.AddDays(1)
	}
	it.NextReminder = pl.nextReminder(it)
	return it, nil
}

// enrollment builds the renewal record of e and checks that its renewed
// count is possible: a renewal needs its window to have opened by the
// as-of date (renewal.Decision.Next counts a renewal from the day it
// happens, which is never before the window opens).
func (pl *plan) enrollment(e entry) (renewal.Enrollment, error) {
	en, err := renewal.Enroll(e.Item, e.Enrolled)
	if err != nil {
		return renewal.Enrollment{}, err
	}
	en.Renewed = e.Renewed
	opened := 0
	for c := range pl.policy.Cycles(en) {
		if c.Opens.After(pl.AsOf) || opened > e.Renewed {
			break
		}
		opened++
	}
	if e.Renewed > opened {
		return renewal.Enrollment{}, fmt.Errorf("renewed %d: %w: only %d window(s) opened from %s to %s",
			e.Renewed, errTooManyRenewals, opened, e.Enrolled, pl.AsOf)
	}
	return en, nil
}

// nextReminder is the first reminder of the cycle under review on or
// after the as-of date, and not after the renewal date once renewed
// (RULES INT-7) nor on or after the day the entry stops being held.
func (pl *plan) nextReminder(it planItem) date.Date {
	d := it.Decision
	if d.Outcome == renewal.OutcomeLapsed {
		return date.Date{}
	}
	for r := range pl.policy.Reminders(d.Cycle) {
		switch {
		case r.Before(pl.AsOf):
			continue
		case !d.RenewedOn.IsZero() && r.After(d.RenewedOn),
			!it.LapsedOn.IsZero() && !r.Before(it.LapsedOn):
			return date.Date{}
		}
		return r
	}
	return date.Date{}
}

// allocate hands out the benefits of the designation year containing the
// as-of date. Entries not yet enrolled are left out: benefits.Allocate
// rejects a holding earned after the as-of date.
func (pl *plan) allocate(p portfolio) error {
	partner := benefits.Partner{
		Designations: p.Designations, BenefitsPurchased: p.BenefitsPurchased,
		DesignationAnniversary: pl.YearFrom, MembershipEnds: p.MembershipEnds,
	}
	var holdings []benefits.Holding
	var index []int
	for i, it := range pl.Items {
		if it.State != stateNotYet {
			holdings = append(holdings, benefits.Holding{Item: it.Entry.Item, Earned: it.Entry.Enrolled, Lapsed: it.LapsedOn})
			index = append(index, i)
		}
	}
	caps := benefits.DefaultCaps()
	a, err := benefits.Allocate(partner, holdings, caps, pl.AsOf)
	if err != nil {
		return err
	}
	for k, g := range a.Grants() {
		pl.Items[index[k]].Grant = g
	}
	pl.Categories = pl.categories(a, caps)
	return nil
}

// categories summarizes the allocation per category, in category order.
func (pl *plan) categories(a benefits.Allocation, caps benefits.Caps) []categoryPlan {
	var cats []categoryPlan
	for c := specialization.CategoryAzure; c <= specialization.CategorySecurity; c++ {
		cp := categoryPlan{Category: c, Cap: caps[c], Used: a.Used(c)}
		for i, it := range pl.Items {
			switch {
			case it.Entry.Item.Category() != c || it.State == stateNotYet:
			case it.Grant.Granted:
				cp.Granted = append(cp.Granted, i)
			default:
				cp.Withheld = append(cp.Withheld, i)
			}
		}
		sortByRank(cp.Granted, pl.Items)
		cats = append(cats, cp)
	}
	return cats
}

// sortByRank orders granted items by their rank in the category.
func sortByRank(idx []int, items []planItem) {
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && items[idx[j]].Grant.Rank < items[idx[j-1]].Grant.Rank; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
}

// sameDayIn returns month-day of d in year, with 29 February falling on
// 28 February in a common year (as RULES INT-2 does for anniversaries).
func sameDayIn(d date.Date, year int) (date.Date, error) {
	r, err := date.New(year, d.Month(), d.Day())
	if err != nil && d.Month() == time.February && d.Day() == 29 {
		r, err = date.New(year, time.February, 28)
	}
	if err != nil {
		return date.Date{}, fmt.Errorf("%w: %s in year %d", errOutOfRange, d, year)
	}
	return r, nil
}

// yearsLater is the same day n years after d: the end of the horizon.
func yearsLater(d date.Date, n int) (date.Date, error) {
	return sameDayIn(d, d.Year()+n)
}

// designationYear returns the designation anniversary on or before asOf
// that falls on the same day of the year as da, and the next one after
// it, computed as package benefits does (same day a year later, 29
// February → 28 February).
func designationYear(da, asOf date.Date) (from, to date.Date, err error) {
	from, err = sameDayIn(da, asOf.Year())
	if err == nil && from.After(asOf) {
		from, err = sameDayIn(da, asOf.Year()-1)
	}
	if err != nil {
		return date.Date{}, date.Date{}, err
	}
	to, err = sameDayIn(from, from.Year()+1)
	return from, to, err
}
