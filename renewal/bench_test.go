package renewal_test

import (
	"testing"

	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

var (
	sinkOutcome renewal.Outcome
	sinkCount   int
)

// benchEvaluate evaluates one enrollment over and over; the target is
// under 40 ns and no allocation per call (go test -bench Evaluate -cpu 1).
func benchEvaluate(b *testing.B, e renewal.Enrollment, ev renewal.Evidence, asOf string) {
	p := renewal.DefaultPolicy()
	day := d(asOf)
	b.ReportAllocs()
	for b.Loop() {
		dec, err := p.Evaluate(e, ev, day)
		if err != nil {
			b.Fatal(err)
		}
		sinkOutcome = dec.Outcome
	}
}

// BenchmarkEvaluate evaluates the seed's example in its window, renewed:
// an entry with a dated change (its 2026-07-31 rename).
func BenchmarkEvaluate(b *testing.B) {
	benchEvaluate(b, enroll(b, "analytics-on-microsoft-azure", "2025-01-01", 1),
		renewal.Evidence{QualifiedOn: d("2026-11-20"), ValidatedOn: d("2026-12-01")}, "2026-12-24")
}

// BenchmarkEvaluateShifted evaluates a Security enrollment whose cycle
// under review moved 6 months and needs an audit (EDN-4, EDN-5).
func BenchmarkEvaluateShifted(b *testing.B) {
	benchEvaluate(b, enroll(b, "cloud-security", "2025-01-01", 1),
		renewal.Evidence{QualifiedOn: d("2027-05-10"), ValidatedOn: d("2027-06-01")}, "2027-06-24")
}

// BenchmarkEvaluateBeforeReviews evaluates a leap-day enrollment made
// before reviews started, so that the first reviewed anniversary has to
// be found (INT-2, INT-4).
func BenchmarkEvaluateBeforeReviews(b *testing.B) {
	benchEvaluate(b, enroll(b, "information-protection-and-governance", "2016-02-29", 8),
		renewal.Evidence{QualifiedOn: d("2024-12-20"), ValidatedOn: d("2024-12-01")}, "2025-01-15")
}

// BenchmarkEvaluateRetired evaluates an enrollment of a retired entry
// (EDN-3).
func BenchmarkEvaluateRetired(b *testing.B) {
	benchEvaluate(b, enroll(b, "kubernetes", "2024-09-15", 1), renewal.Evidence{}, "2026-12-01")
}

// BenchmarkEvaluateMillion evaluates 1,000,000 enrollments spread over every
// renewable test entry (all categories and validations, the Security
// entries whose anniversaries move, retired and carried-over entries) and
// ten years of enrollment dates, as of one day; the target is under 50 ms
// per op on one core (go test -bench EvaluateMillion -cpu 1).
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
		// A literal, not Enroll: an enrollment may predate its entry
		// (carried over, EDN-6), which Evaluate accepts.
		e := renewal.Enrollment{Item: specs[i%len(specs)], Enrolled: on}
		e.Renewed = max(0, asOf.Year()-on.Year()-1-i%2)
		for e.Renewed > 0 {
			if c, err := p.Cycle(e, e.Renewed); err == nil && !c.Opens.After(asOf) {
				break
			}
			e.Renewed-- // no more anniversaries survived than windows opened
		}
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
