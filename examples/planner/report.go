package main

import (
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
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
}
