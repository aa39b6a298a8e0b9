package renewal_test

import (
	"testing"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

var sinkOutcome renewal.Outcome

// BenchmarkEvaluate evaluates one enrollment in its window; the target is
// under 50 ns and no allocation per call.
func BenchmarkEvaluate(b *testing.B) {
	p := renewal.DefaultPolicy()
	e := enroll(b, "analytics-on-microsoft-azure", "2025-01-01", 1)
	ev := renewal.Evidence{QualifiedOn: d("2026-11-20"), ValidatedOn: d("2026-12-01")}
	asOf := d("2026-12-24")
	b.ReportAllocs()
	for b.Loop() {
		dec, err := p.Evaluate(e, ev, asOf)
		if err != nil {
			b.Fatal(err)
		}
		sinkOutcome = dec.Outcome
	}
}

// BenchmarkEvaluateMillion evaluates 1,000,000 enrollments spread over every
// renewable test entry (all categories and validations) and ten years of
// enrollment dates, as of one day; the target is under 50 ms per op on one
// core (go test -bench EvaluateMillion -cpu 1).
func BenchmarkEvaluateMillion(b *testing.B) {
	const n = 1_000_000
	p := renewal.DefaultPolicy()
	var specs []specialization.Specialization
	for _, en := range entries {
		if en.kind == specialization.KindSpecialization {
			specs = append(specs, spec(b, en.id))
		}
	}
	start := d("2016-01-01")
	asOf := d("2026-11-24")
	es := make([]renewal.Enrollment, n)
	evs := make([]renewal.Evidence, n)
	for i := range es {
		on := start.AddDays(i % 3653) // ten years of enrollment dates
		e, err := renewal.Enroll(specs[i%len(specs)], on)
		if err != nil {
			b.Fatal(err)
		}
		e.Renewed = max(0, asOf.Year()-on.Year()-1-i%2)
		es[i] = e
		evs[i] = renewal.Evidence{QualifiedOn: asOf.AddDays(-i % 400), ValidatedOn: asOf.AddDays(-i % 700)}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		renewed := 0
		for i := range es {
			dec, err := p.Evaluate(es[i], evs[i], asOf)
			if err != nil {
				b.Fatal(err)
			}
			if dec.Outcome == renewal.OutcomeRenewed {
				renewed++
			}
		}
		sinkCount = renewed
	}
}

var sinkCount int

var _ = date.Date{}
