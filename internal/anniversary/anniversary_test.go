package anniversary

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
)

func TestNth(t *testing.T) {
	tests := []struct {
		name  string
		first string
		n     int
		mar1  bool
		want  string
	}{
		{"INT-1 same calendar day", "2025-01-01", 1, false, "2026-01-01"},
		{"INT-2 leap day in a common year is 28 February", "2024-02-29", 1, false, "2025-02-28"},
		{"INT-2 leap day in a leap year stays", "2024-02-29", 4, false, "2028-02-29"},
		{"INT-2 leap day under Mar1 is 1 March", "2024-02-29", 1, true, "2025-03-01"},
		{"INT-2 leap day under Mar1 in a leap year stays", "2024-02-29", 4, true, "2028-02-29"},
		{"INT-2 not chained: year 5 after common years", "2024-02-29", 5, false, "2029-02-28"},
		{"INT-2 28 February is never moved by Mar1", "2023-02-28", 1, true, "2024-02-28"},
		{"INT-2 1 March stays 1 March", "2023-03-01", 1, false, "2024-03-01"},
		{"anniversary 0 is the first day", "2024-02-29", 0, true, "2024-02-29"},
		{"negative n is no date", "2024-02-29", -1, false, ""},
		{"past 9999 is no date", "9999-06-01", 1, false, ""},
		{"n whose months overflow is no date", "2024-02-29", 1 << 62, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Nth(date.MustParse(tt.first), tt.n, tt.mar1).String()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Nth(%s, %d, %v) (-want +got):\n%s", tt.first, tt.n, tt.mar1, diff)
			}
		})
	}
}

func TestLast(t *testing.T) {
	tests := []struct {
		name, first, d string
		wantDay        string
		wantN          int
	}{
		{"INT-8 the day itself is anniversary 0", "2024-07-01", "2024-07-01", "2024-07-01", 0},
		{"INT-8 the day before the first anniversary", "2024-07-01", "2025-06-30", "2024-07-01", 0},
		{"INT-8 on the anniversary", "2024-07-01", "2026-07-01", "2026-07-01", 2},
		{"INT-2 a leap-day designation on 28 February of a common year", "2024-02-29", "2025-02-28", "2025-02-28", 1},
		{"INT-2 a leap-day designation keeps 29 February in the next leap year", "2024-02-29", "2028-02-29", "2028-02-29", 4},
		{"INT-2 a leap-day designation, 28 February of a leap year", "2024-02-29", "2028-02-28", "2027-02-28", 3},
		{"before the first day", "2024-07-01", "2024-06-30", "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			day, n := Last(date.MustParse(tt.first), date.MustParse(tt.d), false)
			if diff := cmp.Diff([2]any{tt.wantDay, tt.wantN}, [2]any{day.String(), n}); diff != "" {
				t.Errorf("Last(%s, %s) (-want +got):\n%s", tt.first, tt.d, diff)
			}
		})
	}
}

// TestLastIsLatest checks Last against Nth for every day of 2023..2030 and
// first days around leap days and month ends.
func TestLastIsLatest(t *testing.T) {
	for _, f := range []string{"2020-02-29", "2021-02-28", "2021-03-01", "2020-12-31", "2021-01-01"} {
		first := date.MustParse(f)
		for _, mar1 := range []bool{false, true} {
			for d := date.MustParse("2023-01-01"); d.Before(date.MustParse("2031-01-01")); d = d.AddDays(1) {
				a, n := Last(first, d, mar1)
				if a != Nth(first, n, mar1) || a.After(d) || !Nth(first, n+1, mar1).After(d) {
					t.Fatalf("Last(%v, %v, %v) = %v, %d: not the latest anniversary on or before", first, d, mar1, a, n)
				}
			}
		}
	}
}
