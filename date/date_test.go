package date_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
)

func TestNewRejectsInvalidDays(t *testing.T) {
	tests := []struct {
		name  string
		year  int
		month time.Month
		day   int
	}{
		{"INT-1 30 February is an error, not 2 March", 2023, time.February, 30},
		{"INT-2 29 February of a common year is an error", 2023, time.February, 29},
		{"INT-1 year 0 is out of range", 0, time.January, 1},
		{"INT-1 year 10000 is out of range", 10000, time.January, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := date.New(tt.year, tt.month, tt.day)
			if !errors.Is(err, date.ErrInvalid) {
				t.Errorf("New(%d, %v, %d) = %v, %v; want error wrapping ErrInvalid", tt.year, tt.month, tt.day, got, err)
			}
			if diff := cmp.Diff(date.Date{}, got); diff != "" {
				t.Errorf("New(%d, %v, %d) (-want +got):\n%s", tt.year, tt.month, tt.day, diff)
			}
		})
	}
}
