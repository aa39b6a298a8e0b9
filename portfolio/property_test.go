package portfolio_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	sp "github.com/partnerkit/specializations/specialization"
)

// randomPartner returns a partner with up to n holdings of random entries,
// enrollment days from 2020 to 2026 on which they are offered, and random
// evidence; some are invalid
// on purpose (too many renewals), and Status must say so whatever the order.
func randomPartner(r *rand.Rand, n int) portfolio.Partner {
	var all []sp.Specialization
	for s := range catalog.Default().All() {
		all = append(all, s)
	}
	start := day("2020-01-01")
	p := partner()
	p.FirstDesignated = start.AddDays(r.IntN(900))
	for range r.IntN(n + 1) {
		s, enrolled := all[r.IntN(len(all))], start.AddDays(r.IntN(2500))
		for !s.Offered(enrolled) {
			s, enrolled = all[r.IntN(len(all))], start.AddDays(r.IntN(2500))
		}
		h := portfolio.Holding{ID: s.ID(), Enrolled: enrolled, Renewed: r.IntN(4)}
		if r.IntN(2) == 0 {
			h.Evidence.QualifiedOn = h.Enrolled.AddDays(r.IntN(1500))
		}
		if r.IntN(3) == 0 {
			h.Evidence.ValidatedOn = h.Enrolled.AddDays(r.IntN(1500))
		}
		if r.IntN(8) == 0 {
			h.Ended = h.Enrolled.AddDays(1 + r.IntN(1000))
		}
		p.Holdings = append(p.Holdings, h)
	}
	return p
}

// comparable is a HoldingStatus without its position.
type comparable struct {
	State     portfolio.State
	Item      sp.ID
	HeldUntil date.Date
	Decision  renewal.Decision
	Granted   bool
	Rank      int
	Clause    string
}

func strip(h portfolio.HoldingStatus) comparable {
	return comparable{h.State, h.Item.ID(), h.HeldUntil, h.Decision, h.Grant.Granted, h.Grant.Rank, h.Grant.Reason.Clause}
}

// TestStatusOrderIndependent: the status of each holding never depends on
// the order the holdings are listed in (INT-8's earned order, EDN-6's
// choice between two holdings moved into one).
func TestStatusOrderIndependent(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	r := rand.New(rand.NewPCG(1, 2))
	checked := 0
	for range 3000 {
		p := randomPartner(r, 8)
		asOf := day("2022-01-01").AddDays(r.IntN(2000))
		st, err := pl.Status(p, asOf)
		perm := r.Perm(len(p.Holdings))
		q := p
		q.Holdings = make([]portfolio.Holding, len(perm))
		for k, i := range perm {
			q.Holdings[k] = p.Holdings[i]
		}
		st2, err2 := pl.Status(q, asOf)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("INT-8 Status error depends on order: %v vs %v", err, err2)
		}
		if err != nil {
			continue
		}
		checked++
		for k, i := range perm {
			if diff := cmp.Diff(strip(st.Holdings[i]), strip(st2.Holdings[k])); diff != "" {
				t.Fatalf("INT-8 holding %v as of %v depends on order (-first +permuted):\n%s", p.Holdings[i], asOf, diff)
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d of 3000 random partners were valid; the property is barely tested", checked)
	}
}

// TestAgendaSorted: every agenda is in the documented order and within
// its range, and no holding has an event on or after the day it stopped
// being held.
func TestAgendaSorted(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		p := randomPartner(r, 6)
		from := day("2022-01-01").AddDays(r.IntN(2000))
		to := from.AddDays(r.IntN(900))
		evs, err := pl.Agenda(p, from, to)
		if err != nil {
			continue
		}
		st, err := pl.Status(p, from)
		if err != nil {
			t.Fatalf("Status(%v) fails where Agenda from that day did not: %v", from, err)
		}
		if !slices.IsSortedFunc(evs, func(a, b portfolio.Event) int {
			if c := a.Date.Compare(b.Date); c != 0 {
				return c
			}
			return a.Holding - b.Holding
		}) {
			t.Fatalf("Agenda(%v, %v) not in date, then holding order", from, to)
		}
		for _, e := range evs {
			if e.Date.Before(from) || e.Date.After(to) {
				t.Fatalf("event %v %v outside %v..%v", e.Date, e.Kind, from, to)
			}
			if e.Holding < 0 {
				continue
			}
			if end := st.Holdings[e.Holding].HeldUntil; !end.IsZero() && !e.Date.Before(end) {
				t.Fatalf("EDN-3 event %v %v of holding %d on or after it ended %v", e.Date, e.Kind, e.Holding, end)
			}
		}
	}
}
