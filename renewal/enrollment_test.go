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
	got, err := renewal.Enroll(spec(t, "analytics-on-microsoft-azure"), d("2025-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	want := renewal.Enrollment{
		Specialization: "analytics-on-microsoft-azure",
		Kind:           specialization.KindSpecialization,
		Validation:     specialization.ValidationAudit,
		Enrolled:       d("2025-01-01"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Enroll (-want +got):\n%s", diff)
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

// invalidEnrollments are enrollments every entry point must refuse, except
// that Evaluate leaves the form of a non-empty ID to Validate (rows with form).
func invalidEnrollments(t *testing.T) []struct {
	name  string
	e     renewal.Enrollment
	field string
	want  error
	form  bool // only the ID's form is wrong: Evaluate accepts it, Validate does not
} {
	good := enroll(t, "kubernetes", "2024-05-10", 0)
	with := func(f func(*renewal.Enrollment)) renewal.Enrollment {
		e := good
		f(&e)
		return e
	}
	return []struct {
		name  string
		e     renewal.Enrollment
		field string
		want  error
		form  bool // only the ID's form is wrong: Evaluate accepts it, Validate does not
	}{
		{"REN-1 expert program", with(func(e *renewal.Enrollment) { e.Kind = specialization.KindExpertProgram }), "Kind", renewal.ErrNotRenewable, false},
		{"INT-5 zero enrollment date", with(func(e *renewal.Enrollment) { e.Enrolled = date.Date{} }), "Enrolled", renewal.ErrInvalidEnrollment, false},
		{"REN-1 zero kind", with(func(e *renewal.Enrollment) { e.Kind = 0 }), "Kind", renewal.ErrInvalidEnrollment, false},
		{"REN-1 out-of-range kind", with(func(e *renewal.Enrollment) { e.Kind = 9 }), "Kind", renewal.ErrInvalidEnrollment, false},
		{"REN-4 zero validation", with(func(e *renewal.Enrollment) { e.Validation = 0 }), "Validation", renewal.ErrInvalidEnrollment, false},
		{"REN-4 out-of-range validation", with(func(e *renewal.Enrollment) { e.Validation = 4 }), "Validation", renewal.ErrInvalidEnrollment, false},
		{"INT-10 negative Renewed", with(func(e *renewal.Enrollment) { e.Renewed = -1 }), "Renewed", renewal.ErrInvalidEnrollment, false},
		{"CAT-1 empty ID", with(func(e *renewal.Enrollment) { e.Specialization = "" }), "Specialization", renewal.ErrInvalidEnrollment, false},
		{"CAT-1 ID that is no slug", with(func(e *renewal.Enrollment) { e.Specialization = "Kubernetes on Azure" }), "Specialization", renewal.ErrInvalidEnrollment, true},
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
			if !errors.As(err, &ee) || ee.Field != tt.field || ee.ID != tt.e.Specialization {
				t.Errorf("Validate(%+v) = %#v, want an *EnrollmentError for field %s", tt.e, err, tt.field)
			}
		})
	}
}
