package portfolio

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/anniversary"
	"github.com/partnerkit/specializations/internal/enum"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// EventKind is what happens on an agenda day. Same-day events of one
// holding come in the order of these constants.
type EventKind uint8

const (
	// EventDesignationAnniversary: benefits are allocated afresh (RULES
	// INT-8). It belongs to no holding.
	EventDesignationAnniversary EventKind = iota + 1
	// EventRetirement: the entry retires; the holding ends, or continues
	// in the replacement (RULES EDN-3, EDN-6).
	EventRetirement
	// EventWindowOpens: the renewal window of a cycle opens (REN-5).
	EventWindowOpens
	// EventReminder: a reminder notification is due (REN-6, INT-7); Offset
	// says how many days from the anniversary.
	EventReminder
	// EventAnniversary: the cycle's anniversary; the window formally
	// closes and the grace period starts (REN-5).
	EventAnniversary
	// EventDeadline: the cycle's valid-to day, the last day to renew
	// (POST-1, REN-5).
	EventDeadline
)

// kindNames names the event kinds; String gives the English name, the
// text forms are slugs.
var kindNames = enum.Table[EventKind]{Type: "portfolio.EventKind", Names: []enum.Name{
	EventDesignationAnniversary: {English: "designation anniversary", Slug: "designation-anniversary"},
	EventRetirement:             {English: "retirement", Slug: "retirement"},
	EventWindowOpens:            {English: "window opens", Slug: "window-opens"},
	EventReminder:               {English: "reminder", Slug: "reminder"},
	EventAnniversary:            {English: "anniversary", Slug: "anniversary"},
	EventDeadline:               {English: "deadline", Slug: "deadline"},
}}

// String returns the kind's English name, e.g. "window opens";
// "%!EventKind(9)" for a value that is not an EventKind.
func (k EventKind) String() string { return kindNames.String(k) }

// Valid reports whether k is one of the EventKind constants.
func (k EventKind) Valid() bool { return kindNames.Valid(k) }

// MarshalText returns the kind's slug, e.g. "window-opens"; the zero
// EventKind gives empty text, an out-of-range value a
// *specialization.EnumError.
func (k EventKind) MarshalText() ([]byte, error) { return kindNames.MarshalText(k) }

// UnmarshalText reads a slug or an English name in any case; empty text
// gives the zero EventKind. Other text is a *specialization.EnumError
// wrapping specialization.ErrUnknownValue, and k is left unchanged.
func (k *EventKind) UnmarshalText(b []byte) error { return kindNames.UnmarshalText(b, k) }

// Event is one dated thing to do or know on a partner's agenda.
type Event struct {
	Date date.Date `json:"date"`
	Kind EventKind `json:"kind"`
	// Holding is the position in Partner.Holdings; -1 for a designation
	// anniversary.
	Holding int `json:"holding"`
	// Item is the entry, with its terms on Date; zero for a designation
	// anniversary.
	Item specialization.Specialization `json:"item"`
	// Cycle is the renewal cycle the event belongs to; zero for a
	// designation anniversary and a retirement.
	Cycle renewal.Cycle `json:"cycle"`
	// Offset is, for a reminder, its distance in days from the
	// anniversary (−120 … +30 by default).
	Offset int `json:"offset"`
	// Needs is what the cycle requires (qualification, and an audit or
	// customer references in a manual year, RULES REN-3, REN-4, EDN-4).
	Needs renewal.Requirements `json:"needs"`
	// Replacement is, for a retirement that carries holders over, the
	// entry they continue in (RULES EDN-6).
	Replacement specialization.Specialization `json:"replacement"`
}

// Agenda lists every event of p's holdings and designation years from
// from through to, both inclusive, in date order; on one day, events that
// belong to no holding (designation anniversaries) come first, then by
// holding position, then by kind in the order of the EventKind constants,
// then reminders by offset. Holdings are judged as of from (see Status).
//
// Per holding: the window opening, each reminder, the anniversary and the
// deadline of its cycle under review and of every later reviewed cycle, and
// its retirement. RULES INT-7 is applied here and only here: a cycle
// already renewed has no reminder after its renewal day and no deadline.
// Nothing is listed on or after the day a holding stops being held (a
// lapse, a retirement that carries nobody over, Holding.Ended); a
// carried-over holding goes on in its replacement, each cycle under the
// terms of the entry held on its anniversary (EDN-6). A holding not yet
// enrolled on from is listed from its first cycle on.
func (pl Planner) Agenda(p Partner, from, to date.Date) ([]Event, error) {
	_, evs, err := pl.Plan(p, from, to)
	return evs, err
}

// Plan returns both the Status of p as of from and its Agenda from through
// to, judging the holdings once: what a nightly job or a report needs.
func (pl Planner) Plan(p Partner, from, to date.Date) (Status, []Event, error) {
	st, evs, _, err := pl.plan(p, from, to, false)
	return st, evs, err
}

// Withdrawn returns the events that RULES INT-7 takes off the agenda of
// renewed cycles, from through to, in Agenda's order: each renewed cycle's
// reminders after its renewal day and its deadline. A calendar that
// published them before the renewal publishes them again as cancelled, so
// that they disappear from people's calendars. Holdings are judged as of
// from, as Agenda does; once the caller stores Decision.Next, the renewed
// cycle is no longer under review and its withdrawn events are not listed
// again.
func (pl Planner) Withdrawn(p Partner, from, to date.Date) ([]Event, error) {
	_, _, w, err := pl.plan(p, from, to, true)
	return w, err
}

// plan is Plan, with the withdrawn events when asked for.
func (pl Planner) plan(p Partner, from, to date.Date, withdrawn bool) (Status, []Event, []Event, error) {
	if from.IsZero() || to.IsZero() {
		return Status{}, nil, nil, fmt.Errorf("portfolio: agenda: %w", ErrNoAsOf)
	}
	if to.Before(from) {
		return Status{}, nil, nil, fmt.Errorf("portfolio: agenda from %v to %v: %w", from, to, ErrRange)
	}
	st, err := pl.Status(p, from)
	if err != nil {
		return Status{}, nil, nil, err
	}
	years := to.DaysSince(from)/365 + 1
	evs := make([]Event, 0, years*(len(p.Holdings)*(len(pl.Policy.ReminderDays)+3)+1))
	for n := range designationDays(p.FirstDesignated, from, to) {
		evs = append(evs, Event{Date: n, Kind: EventDesignationAnniversary, Holding: -1})
	}
	merged := pl.mergesAhead(p, st, to)
	var w *[]Event
	if withdrawn {
		w = new([]Event)
	}
	for i, hs := range st.Holdings {
		if r, ok := merged[i]; ok {
			hs.HeldUntil = r
		}
		start := len(evs)
		evs = pl.holdingEvents(evs, w, hs, from, to)
		slices.SortFunc(evs[start:], byDayKind)
	}
	if w != nil {
		slices.SortFunc(*w, func(a, b Event) int { // few: a plain sort
			return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Holding, b.Holding), byDayKind(a, b))
		})
		return st, byDay(evs, from, to), *w, nil
	}
	return st, byDay(evs, from, to), nil, nil
}

// mergesAhead returns, by holding position, the day a holding is merged
// into another (RULES EDN-6) by a carry-over after st.AsOf and on or before
// to: judged by Status on each such carry-over day, so that Agenda stops
// listing it there as Status will.
func (pl Planner) mergesAhead(p Partner, st Status, to date.Date) map[int]date.Date {
	var merged map[int]date.Date
	seen := map[date.Date]bool{}
	for _, hs := range st.Holdings {
		r, ok := hs.Entry.Retired()
		if !ok || !hs.Entry.CarriesOver() || !r.After(st.AsOf) || r.After(to) || seen[r] {
			continue
		}
		seen[r] = true
		then, err := pl.Status(p, r)
		if err != nil {
			continue // the agenda lists what is known as of st.AsOf
		}
		for i, h := range then.Holdings {
			if h.State == StateMerged && h.HeldUntil == r {
				if merged == nil {
					merged = map[int]date.Date{}
				}
				merged[i] = r
			}
		}
	}
	return merged
}

// byDayKind orders one holding's events: by day, kind, offset, cycle.
func byDayKind(a, b Event) int {
	return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Offset, b.Offset),
		cmp.Compare(a.Cycle.Anniversary, b.Cycle.Anniversary))
}

// byDay sorts evs, all from through to, by day, keeping the order within a
// day: designation anniversaries first, then holding by holding, each
// holding's already in byDayKind order. It is a counting sort: a plan
// holds hundreds of events, and comparison sorts of them cost more than
// everything else in Plan together.
func byDay(evs []Event, from, to date.Date) []Event {
	starts := make([]int32, to.DaysSince(from)+2)
	for _, e := range evs {
		starts[e.Date.DaysSince(from)+1]++
	}
	for i := 1; i < len(starts); i++ {
		starts[i] += starts[i-1]
	}
	dest := make([]int32, len(evs))
	for i, e := range evs {
		d := e.Date.DaysSince(from)
		dest[i] = starts[d]
		starts[d]++
	}
	// Move every event to its place along the permutation's cycles, in
	// place: a second slice of events would double what Plan allocates.
	for i := range evs {
		for int(dest[i]) != i {
			j := dest[i]
			evs[i], evs[j] = evs[j], evs[i]
			dest[i], dest[j] = dest[j], dest[i] // dest[j] is now j
		}
	}
	return evs
}

// designationDays yields the designation anniversaries from through to.
func designationDays(first, from, to date.Date) func(func(date.Date) bool) {
	return func(yield func(date.Date) bool) {
		if first.IsZero() {
			return
		}
		_, n := anniversary.Last(first, from, false)
		if d := anniversary.Nth(first, max(n, 0), false); n >= 0 && d == from && !yield(d) {
			return
		}
		for n = max(n+1, 1); ; n++ {
			d := anniversary.Nth(first, n, false)
			if d.IsZero() || d.After(to) || !yield(d) {
				return
			}
		}
	}
}

// holdingEvents appends the events of one holding.
func (pl Planner) holdingEvents(evs []Event, withdrawn *[]Event, hs HoldingStatus, from, to date.Date) []Event {
	t := track{pl: pl, hs: hs, from: from, to: to, end: hs.end(), withdrawn: withdrawn}
	switch hs.State {
	case StateLapsed, StateRetired, StateMerged, StateEnded:
		return evs
	case StateExpertProgram:
		return t.retirement(evs, hs.Entry)
	}
	e := renewal.Enrollment{Item: hs.Entry, Enrolled: hs.Holding.Enrolled, Renewed: hs.Holding.Renewed}
	first, renewedOn := e.Renewed+1, date.Date{}
	if hs.HasDecision() {
		e = hs.Decision.Enrollment
		first, renewedOn = hs.Decision.Cycle.Anniversary, hs.Decision.RenewedOn
	}
	if hs.Entry.ID() != e.Item.ID() {
		evs = t.retirement(evs, hs.Entry) // the carry-over, when in range
	}
	evs = t.retirement(evs, e.Item)
	moved, carried := t.carried(e)
	for c := range pl.Policy.Cycles(e) {
		if c.Anniversary < first || !c.Reviewed() {
			continue
		}
		held, before := e, specialization.Specialization{}
		if carried && !c.Date.Before(retiredOn(e.Item)) {
			// From the retirement day on, the cycle is the replacement's;
			// its events before that day are still the old entry's.
			held, before = moved, e.Item
			c, _ = pl.Policy.Cycle(moved, c.Anniversary)
		}
		if t.startsAfter(c) {
			break
		}
		on := renewedOn
		if c.Anniversary != first {
			on = date.Date{}
		}
		evs = t.cycle(evs, held, before, c, on)
	}
	return evs
}

// track holds what one holding's events are filtered by.
type track struct {
	pl        Planner
	hs        HoldingStatus
	from, to  date.Date
	end       date.Date // first day no longer held; zero: held
	withdrawn *[]Event  // where INT-7's withdrawn events go; nil: nowhere
}

// carried returns e moved into its replacement when its entry carries
// holders over and a replacement is in the catalog.
func (t track) carried(e renewal.Enrollment) (renewal.Enrollment, bool) {
	if !e.Item.CarriesOver() {
		return e, false
	}
	to, ok := t.pl.Catalog.Get(e.Item.ReplacedBy())
	if !ok {
		return e, false
	}
	moved, err := renewal.CarryOver(e, to)
	return moved, err == nil
}

// keep reports whether an event on d is within range and while held.
func (t track) keep(d date.Date) bool {
	return !d.Before(t.from) && !d.After(t.to) && (t.end.IsZero() || d.Before(t.end))
}

// startsAfter reports whether every event of c is after the range.
func (t track) startsAfter(c renewal.Cycle) bool {
	earliest := c.Opens
	for r := range t.pl.Policy.Reminders(c) {
		if r.Before(earliest) {
			earliest = r
		}
	}
	return earliest.After(t.to)
}

// retirement appends the retirement event of s, when in range. Without a
// carry-over the holding ends that day.
func (t *track) retirement(evs []Event, s specialization.Specialization) []Event {
	r, ok := s.Retired()
	if !ok {
		return evs
	}
	// Merged away that day (EDN-6), the holding ends like a plain retirement.
	end := t.end
	moves := s.CarriesOver() && (end.IsZero() || end.After(r))
	if !moves && (end.IsZero() || r.Before(end)) {
		t.end = r
	}
	if r.Before(t.from) || r.After(t.to) || (!end.IsZero() && r.After(end)) {
		return evs
	}
	ev := Event{Date: r, Kind: EventRetirement, Holding: t.hs.Index, Item: s.On(r)}
	if moves {
		ev.Replacement, _ = t.pl.Catalog.Get(s.ReplacedBy())
		ev.Replacement = ev.Replacement.On(r)
	}
	return append(evs, ev)
}

// cycle appends the events of cycle c of enrollment e; renewedOn is its
// renewal day when already renewed (RULES INT-7). When e was carried over
// from the entry before, events dated before that entry's retirement name
// it.
func (t track) cycle(evs []Event, e renewal.Enrollment, before specialization.Specialization, c renewal.Cycle,
	renewedOn date.Date) []Event {
	needs := e.Needs(c)
	event := func(d date.Date, k EventKind, offset int) Event {
		item := e.Item
		if r, ok := before.Retired(); ok && d.Before(r) {
			item = before
		}
		return Event{Date: d, Kind: k, Holding: t.hs.Index, Item: item.On(d), Cycle: c, Offset: offset, Needs: needs}
	}
	// INT-7, the one place it is applied: a renewed cycle has no reminder
	// after its renewal day and no deadline; those are withdrawn.
	add := func(d date.Date, k EventKind, offset int) {
		switch {
		case !t.keep(d):
		case !renewedOn.IsZero() && (k == EventDeadline || k == EventReminder && d.After(renewedOn)):
			if t.withdrawn != nil {
				*t.withdrawn = append(*t.withdrawn, event(d, k, offset))
			}
		default:
			evs = append(evs, event(d, k, offset))
		}
	}
	add(c.Opens, EventWindowOpens, 0)
	for r := range t.pl.Policy.Reminders(c) {
		add(r, EventReminder, r.DaysSince(c.Date))
	}
	add(c.Date, EventAnniversary, 0)
	add(c.ValidTo, EventDeadline, 0)
	return evs
}
