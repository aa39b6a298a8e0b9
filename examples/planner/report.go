package main

import (
	"errors"
	"fmt"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
)

// report is everything the writers show. It is built once from the
// portfolio file and the flags; every rule behind it comes from package
// portfolio, and the writers (text, JSON, iCalendar, HTML) only format it.
type report struct {
	Partner string
	AsOf    date.Date
	Until   date.Date // the end of the horizon (-years), inclusive
	Lang    string    // "en" or "zh-Hans"
	// Names holds, per holding, the name as written in the file, for
	// messages; the writers show the entry's name in force on the day.
	Names   []string
	Status  portfolio.Status  // as of AsOf
	Agenda  []portfolio.Event // AsOf through Until
	Planner portfolio.Planner // the catalog and policy used
	// Cancelled are the events of renewed cycles that the agenda no longer
	// lists (portfolio.Planner.Withdrawn, RULES INT-7); the calendar
	// publishes them with STATUS:CANCELLED.
	Cancelled []portfolio.Event
}

// buildReport plans the partner of in as of o.asOf with the built-in
// catalog. file names the input in errors.
func buildReport(in parsed, o options, file string) (report, error) {
	pl := portfolio.New(catalog.Default())
	r := report{Partner: in.Name, AsOf: o.asOf, Until: o.until, Lang: o.lang, Names: in.Names, Planner: pl}
	var err error
	if r.Status, r.Agenda, err = pl.Plan(in.Partner, o.asOf, o.until); err == nil {
		r.Cancelled, err = pl.Withdrawn(in.Partner, o.asOf, o.until)
	}
	if err != nil {
		return report{}, planError(err, in, file, o.asOf)
	}
	return r, nil
}

// planError says what in the file or on the command line an error of
// package portfolio is about.
func planError(err error, in parsed, file string, asOf date.Date) error {
	var he *portfolio.HoldingError
	switch {
	case errors.Is(err, renewal.ErrNoSuchAnniversary):
		return fmt.Errorf("-asof %s: too late to plan: %w", asOf, err)
	case errors.Is(err, portfolio.ErrNoDesignationDay):
		return fmt.Errorf("%s: designationAnniversary %s is after the as-of day %s: %w",
			file, in.Partner.FirstDesignated, asOf, portfolio.ErrNoDesignationDay)
	case errors.As(err, &he) && he.Index >= 0 && he.Index < len(in.Names):
		return fmt.Errorf("%s: specializations[%d] %q: %w", file, he.Index, in.Names[he.Index], he.Err)
	}
	return fmt.Errorf("%s: %w", file, err)
}

// nextReminder returns the first reminder on the agenda for holding i, or
// the zero Date.
func (r report) nextReminder(i int) date.Date {
	for _, e := range r.Agenda {
		if e.Holding == i && e.Kind == portfolio.EventReminder {
			return e.Date
		}
	}
	return date.Date{}
}
