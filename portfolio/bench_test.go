package portfolio_test

import (
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/portfolio"
	sp "github.com/partnerkit/specializations/specialization"
)

// bigPartner holds 35 entries of the catalog, each earned on the first
// Wednesday from 2022 on that it is offered: retired, carried-over,
// merged, shifted and new entries among them.
func bigPartner() portfolio.Partner {
	p := partner()
	for s := range catalog.Default().All() {
		if s.ID() == "infra-and-database-migration" {
			continue // held through the two migration entries it replaced
		}
		for d := day("2022-01-05"); d.Before(day("2026-12-01")) && len(p.Holdings) < 35; d = d.AddDays(7) {
			if s.Offered(d) {
				h := portfolio.Holding{ID: s.ID(), Enrolled: d}
				if s.Kind() == sp.KindSpecialization { // an expert program takes no renewal data (REN-1)
					h.Evidence.QualifiedOn = d.AddDays(330)
				}
				p.Holdings = append(p.Holdings, h)
				break
			}
		}
	}
	return p
}

// BenchmarkPlan is what one partner costs a nightly job: its status and a
// two-year agenda. Target: under 100 µs for 35 holdings.
func BenchmarkPlan(b *testing.B) {
	pl := portfolio.New(catalog.Default())
	p := bigPartner()
	asOf := day("2026-12-01")
	for b.Loop() {
		if _, _, err := pl.Plan(p, asOf, asOf.AddMonths(24)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(p.Holdings)), "holdings")
}

func BenchmarkStatus(b *testing.B) {
	pl := portfolio.New(catalog.Default())
	p := bigPartner()
	for b.Loop() {
		if _, err := pl.Status(p, day("2026-12-01")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBatch plans 100,000 partners of 0 to 12 random holdings each
// (status and a two-year agenda) per op, split over GOMAXPROCS goroutines
// (set with -cpu); partners/s/core is the throughput of one core.
func BenchmarkBatch(b *testing.B) {
	pl := portfolio.New(catalog.Default())
	r := rand.New(rand.NewPCG(5, 6))
	ps := make([]portfolio.Partner, 100_000)
	for i := range ps {
		ps[i] = randomPartner(r, 12)
	}
	asOf, until := day("2026-12-01"), day("2028-12-01")
	workers := runtime.GOMAXPROCS(0)
	for b.Loop() {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < len(ps); i += workers {
					_, _, _ = pl.Plan(ps[i], asOf, until)
				}
			}()
		}
		wg.Wait()
	}
	perCore := float64(b.N*len(ps)) / b.Elapsed().Seconds() / float64(workers)
	b.ReportMetric(perCore, "partners/s/core")
}
