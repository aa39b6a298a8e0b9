package main

import (
	"cmp"
	"slices"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
)

// eventKind is what happens on a calendar day.
type eventKind uint8

const (
	eventWindowOpens eventKind = iota + 1
	eventAnniversary
	eventValidTo
	eventReminder
)

// slug is the stable name of a kind, used in JSON and in iCalendar UIDs.
func (k eventKind) slug() string {
	switch k {
	case eventWindowOpens:
		return "window-opens"
	case eventAnniversary:
		return "anniversary"
	case eventValidTo:
		return "valid-to"
	case eventReminder:
		return "reminder"
	}
	return "unknown"
}

// event is one all-day entry of the plan's calendar.
type event struct {
	Date      date.Date
	Kind      eventKind
	Item      int           // index into plan.Items
	Cycle     renewal.Cycle // the cycle the event belongs to
	Offset    int           // for a reminder: days from the anniversary
	Reminder  bool          // a reminder also falls on this day (not a reminder event)
	RenewedOn date.Date     // the cycle is already renewed, on this day
}

// events lists the calendar from the as-of date through the horizon, in
// date order, then portfolio order, then kind.
func (pl *plan) events() []event {
	var evs []event
	for i, it := range pl.Items {
		evs = append(evs, pl.itemEvents(i, it)...)
	}
	slices.SortStableFunc(evs, func(a, b event) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Item, b.Item), cmp.Compare(a.Kind, b.Kind))
	})
	return evs
}

// itemEvents lists the events of one entry: those of the cycle under
// review and of every later cycle that starts within the horizon. A lapsed
// entry has none: it never comes back by itself (RULES INT-5).
func (pl *plan) itemEvents(i int, it planItem) []event {
	var first int
	var renewedOn date.Date
	switch {
	case it.State == stateRenewal && it.Decision.Outcome != renewal.OutcomeLapsed:
		first, renewedOn = it.Decision.Cycle.Anniversary, it.Decision.RenewedOn
	case it.State == stateNotYet:
		first = it.Entry.Renewed + 1
	default:
		return nil
	}
	en, err := renewal.Enroll(it.Entry.Item, it.Entry.Enrolled)
	if err != nil {
		return nil
	}
	var evs []event
	for c := range pl.policy.Cycles(en) {
		if c.Anniversary < first || !c.Reviewed() {
			continue
		}
		if pl.startsAfterHorizon(c) {
			break
		}
		if c.Anniversary != first {
			renewedOn = date.Date{}
		}
		evs = append(evs, pl.inHorizon(it, pl.cycleEvents(i, c, renewedOn))...)
	}
	return evs
}

// startsAfterHorizon reports whether every event of c is after the horizon.
func (pl *plan) startsAfterHorizon(c renewal.Cycle) bool {
	earliest := c.Opens
	for r := range pl.policy.Reminders(c) {
		if r.Before(earliest) {
			earliest = r
		}
	}
	return earliest.After(pl.Until)
}

// cycleEvents lists a cycle's window opening, anniversary, valid-to date
// and reminders. A reminder on the day of another event of the cycle is
// told in that event. Once the cycle is renewed there is no valid-to
// event and no reminder after the renewal date (RULES INT-7).
func (pl *plan) cycleEvents(i int, c renewal.Cycle, renewedOn date.Date) []event {
	evs := []event{
		{Date: c.Opens, Kind: eventWindowOpens, Item: i, Cycle: c, RenewedOn: renewedOn},
		{Date: c.Date, Kind: eventAnniversary, Item: i, Cycle: c, RenewedOn: renewedOn},
	}
	if renewedOn.IsZero() {
		evs = append(evs, event{Date: c.ValidTo, Kind: eventValidTo, Item: i, Cycle: c})
	}
	for r := range pl.policy.Reminders(c) {
		if !renewedOn.IsZero() && r.After(renewedOn) {
			break
		}
		if k := slices.IndexFunc(evs, func(e event) bool { return e.Date == r }); k >= 0 {
			evs[k].Reminder = true
			continue
		}
		evs = append(evs, event{Date: r, Kind: eventReminder, Item: i, Cycle: c, Offset: r.DaysSince(c.Date), RenewedOn: renewedOn})
	}
	return evs
}

// inHorizon keeps the events from the as-of date through the horizon, and
// before the day the entry stops being held.
func (pl *plan) inHorizon(it planItem, evs []event) []event {
	return slices.DeleteFunc(evs, func(e event) bool {
		return e.Date.Before(pl.AsOf) || e.Date.After(pl.Until) ||
			(!it.LapsedOn.IsZero() && !e.Date.Before(it.LapsedOn))
	})
}
