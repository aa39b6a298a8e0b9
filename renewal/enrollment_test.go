package renewal_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

func TestEnroll(t *testing.T) {
	tests := []struct {
		name string
		id   specialization.ID
		on   string
	}{
		{"ENR-1 an entry with no recorded introduction is offered on any day before it closes", "analytics-on-microsoft-azure", "2025-01-01"},
		{"EDN-3 an entry is offered on its introduction day", "infra-and-database-migration", "2023-01-09"},
		{"EDN-3 an entry is offered the day before it retires", "kubernetes", "2026-07-30"},
		{"EDN-3 a new entry is offered from its introduction day", "microsoft-copilot", "2025-07-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := spec(t, tt.id)
			got, err := renewal.Enroll(s, d(tt.on))
			if err != nil {
				t.Fatal(err)
			}
			want := renewal.Enrollment{Item: s, Enrolled: d(tt.on)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Enroll(%s, %s) (-want +got):\n%s", tt.id, tt.on, diff)
			}
		})
	}
}

func TestEnrollRejects(t *testing.T) {
	tests := []struct {
		name string
		s    specialization.Specialization
		on   date.Date
		want error
	}{
		{"REN-1 Azure Expert MSP is not renewed by this process", spec(t, "azure-expert-msp"), d("2025-01-01"), renewal.ErrNotRenewable},
		{"ENR-1 enrollment needs a date", spec(t, "finance"), d(""), renewal.ErrInvalidEnrollment},
		{"ENR-1 enrollment needs a specialization", specialization.Specialization{}, d("2025-01-01"), renewal.ErrInvalidEnrollment},
		{"EDN-3 not offered the day before its introduction", spec(t, "infra-and-database-migration"), d("2023-01-08"), specialization.ErrNotOffered},
		{"EDN-3 not offered on its retirement day", spec(t, "kubernetes"), d("2026-07-31"), specialization.ErrNotOffered},
		{"EDN-3 not offered after its retirement day", spec(t, "windows-server-sql-server-migration"), d("2024-01-01"), specialization.ErrNotOffered},
		{"EDN-3 not offered before a new entry's introduction", spec(t, "app-modernization"), d("2026-07-30"), specialization.ErrNotOffered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := renewal.Enroll(tt.s, tt.on)
			if !errors.Is(err, tt.want) {
				t.Errorf("Enroll(%v, %v) = %v, %v; want error wrapping %v", tt.s, tt.on, got, err, tt.want)
			}
			if diff := cmp.Diff(renewal.Enrollment{}, got); diff != "" {
				t.Errorf("Enroll on error (-want +got):\n%s", diff)
			}
		})
	}
}

// EDN-3: the error of Enroll on a day the entry is not offered names the
// entry and its dates.
func TestEnrollNotOfferedError(t *testing.T) {
	_, err := renewal.Enroll(spec(t, "kubernetes"), d("2026-08-01"))
	var noe *specialization.NotOfferedError
	if !errors.As(err, &noe) {
		t.Fatalf("Enroll(kubernetes, 2026-08-01) = %v, want a *specialization.NotOfferedError", err)
	}
	want := specialization.NotOfferedError{ID: "kubernetes", Name: "Kubernetes on Microsoft Azure", Day: d("2026-08-01"), Closes: d("2026-07-31")}
	if diff := cmp.Diff(want, *noe); diff != "" {
		t.Errorf("EDN-3 NotOfferedError (-want +got):\n%s", diff)
	}
}

type invalidEnrollment struct {
	name  string
	e     renewal.Enrollment
	field string
	want  error
}

// invalidEnrollments are enrollments every entry point must refuse.
func invalidEnrollments(t *testing.T) []invalidEnrollment {
	good := enroll(t, "kubernetes", "2024-05-10", 0)
	with := func(f func(*renewal.Enrollment)) renewal.Enrollment {
		e := good
		f(&e)
		return e
	}
	return []invalidEnrollment{
		{"REN-1 expert program", with(func(e *renewal.Enrollment) { e.Item = spec(t, "azure-expert-msp") }), "Kind", renewal.ErrNotRenewable},
		{"INT-5 zero enrollment date", with(func(e *renewal.Enrollment) { e.Enrolled = date.Date{} }), "Enrolled", renewal.ErrInvalidEnrollment},
		{"INT-10 negative Renewed", with(func(e *renewal.Enrollment) { e.Renewed = -1 }), "Renewed", renewal.ErrInvalidEnrollment},
		{"CAT-1 zero Item", with(func(e *renewal.Enrollment) { e.Item = specialization.Specialization{} }), "Item", renewal.ErrInvalidEnrollment},
	}
}

func TestEnrollmentValidate(t *testing.T) {
	for _, tt := range invalidEnrollments(t) {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.e.Validate()
			if !errors.Is(err, tt.want) {
				t.Fatalf("Validate(%+v) = %v, want error wrapping %v", tt.e, err, tt.want)
			}
			var ee *renewal.EnrollmentError
			if !errors.As(err, &ee) || ee.Field != tt.field || ee.ID != tt.e.Item.ID() {
				t.Errorf("Validate(%+v) = %#v, want an *EnrollmentError for field %s", tt.e, err, tt.field)
			}
		})
	}
	// EDN-3: Validate leaves the offered check to Enroll, so an
	// enrollment carried into an entry introduced after it is valid.
	moved := renewal.Enrollment{Item: spec(t, "infra-and-database-migration"), Enrolled: d("2021-05-17")}
	if err := moved.Validate(); err != nil {
		t.Errorf("EDN-6 Validate of an enrollment predating its entry = %v, want nil", err)
	}
}
