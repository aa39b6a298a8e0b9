package portfolio_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/portfolio"
	sp "github.com/partnerkit/specializations/specialization"
)

// enumRow is one value of an enum and its forms.
type enumRow[T any] struct {
	v            T
	text, str    string
	valid        bool
	marshalFails bool
}

type textEnum interface {
	~uint8
	String() string
	Valid() bool
	MarshalText() ([]byte, error)
}

// checkEnum checks String, Valid and the text round trip of every row,
// and that unknown text is a *specialization.EnumError naming typ.
func checkEnum[T textEnum, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, typ string, rows []enumRow[T]) {
	t.Helper()
	for _, r := range rows {
		if got := r.v.String(); got != r.str {
			t.Errorf("%s(%d).String() = %q, want %q", typ, r.v, got, r.str)
		}
		if got := r.v.Valid(); got != r.valid {
			t.Errorf("%s(%d).Valid() = %v, want %v", typ, r.v, got, r.valid)
		}
		b, err := r.v.MarshalText()
		if r.marshalFails {
			var ee *sp.EnumError
			if !errors.As(err, &ee) || !errors.Is(err, sp.ErrUnknownValue) || ee.Type != "portfolio."+typ {
				t.Errorf("%s(%d).MarshalText() error = %v, want a *EnumError for portfolio.%s", typ, r.v, err, typ)
			}
			continue
		}
		if err != nil || string(b) != r.text {
			t.Errorf("%s(%d).MarshalText() = %q, %v; want %q", typ, r.v, b, err, r.text)
			continue
		}
		var back T
		if err := P(&back).UnmarshalText(b); err != nil || back != r.v {
			t.Errorf("%s.UnmarshalText(%q) = %v, %v; want %v", typ, b, back, err, r.v)
		}
		if r.valid {
			var fromName T
			if err := P(&fromName).UnmarshalText([]byte(r.str)); err != nil || fromName != r.v {
				t.Errorf("%s.UnmarshalText(%q) = %v, %v; want %v", typ, r.str, fromName, err, r.v)
			}
		}
	}
	keep := rows[1].v
	err := P(&keep).UnmarshalText([]byte("nope"))
	want := "portfolio: unknown " + typ + ` "nope"`
	var ee *sp.EnumError
	if !errors.As(err, &ee) || !errors.Is(err, sp.ErrUnknownValue) || err.Error() != want {
		t.Errorf("%s.UnmarshalText(nope) error = %v, want %q wrapping ErrUnknownValue", typ, err, want)
	}
	if keep != rows[1].v {
		t.Errorf("%s.UnmarshalText(nope) changed the value to %v", typ, keep)
	}
}

func TestStateText(t *testing.T) {
	checkEnum(t, "State", []enumRow[portfolio.State]{
		{0, "", "%!State(0)", false, false},
		{portfolio.StateNotEnrolled, "not-enrolled", "not enrolled", true, false},
		{portfolio.StateRenewal, "renewal", "renewal", true, false},
		{portfolio.StateBehind, "behind", "behind", true, false},
		{portfolio.StateLapsed, "lapsed", "lapsed", true, false},
		{portfolio.StateExpertProgram, "expert-program", "expert program", true, false},
		{portfolio.StateRetired, "retired", "retired", true, false},
		{portfolio.StateCarriedOver, "carried-over", "carried over", true, false},
		{portfolio.StateMerged, "merged", "merged", true, false},
		{portfolio.StateEnded, "ended", "ended", true, false},
		{portfolio.StateEnded + 1, "", "%!State(10)", false, true},
	})
}

func TestEventKindText(t *testing.T) {
	checkEnum(t, "EventKind", []enumRow[portfolio.EventKind]{
		{0, "", "%!EventKind(0)", false, false},
		{portfolio.EventDesignationAnniversary, "designation-anniversary", "designation anniversary", true, false},
		{portfolio.EventRetirement, "retirement", "retirement", true, false},
		{portfolio.EventWindowOpens, "window-opens", "window opens", true, false},
		{portfolio.EventReminder, "reminder", "reminder", true, false},
		{portfolio.EventAnniversary, "anniversary", "anniversary", true, false},
		{portfolio.EventDeadline, "deadline", "deadline", true, false},
		{portfolio.EventDeadline + 1, "", "%!EventKind(7)", false, true},
	})
}

// TestEnumJSON: both enums read back what they write inside JSON, the
// zero value as "".
func TestEnumJSON(t *testing.T) {
	type pair struct {
		State portfolio.State     `json:"state"`
		Kind  portfolio.EventKind `json:"kind"`
	}
	for _, in := range []pair{{}, {portfolio.StateCarriedOver, portfolio.EventWindowOpens}} {
		got := roundTrip(t, in)
		if diff := cmp.Diff(in, got); diff != "" {
			t.Errorf("JSON round trip (-want +got):\n%s", diff)
		}
	}
}
