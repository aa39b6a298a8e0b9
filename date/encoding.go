package date

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// MarshalText returns d as YYYY-MM-DD, or empty text for the zero Date, so
// that encoding/json writes "2026-01-31" or "". It never fails.
func (d Date) MarshalText() ([]byte, error) {
	if d.n == 0 {
		return []byte{}, nil
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// AppendText appends the text form of d (as MarshalText) to b.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.n == 0 {
		return b, nil
	}
	return d.appendTo(b), nil
}

// UnmarshalText sets d from YYYY-MM-DD text; empty text sets the zero Date.
// On an error (a *ParseError) d is left unchanged.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Scan implements database/sql's Scanner. It accepts a time.Time (its
// calendar date in its own location, as Of: a driver that turns a DATE
// into midnight UTC and then into local time west of Greenwich gives the
// day before; see the package doc), a string or []byte of the form
// YYYY-MM-DD, and NULL (nil) or empty text, which set the zero Date. Any
// other type (an error wrapping ErrUnsupportedType), text that is not a
// valid date (a *ParseError) or a time outside years 1..9999 (wrapping
// ErrInvalid) is an error and leaves d unchanged.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		o := Of(v)
		if o.IsZero() {
			return fmt.Errorf("date: scanning %v: year outside 1..9999: %w", v, ErrInvalid)
		}
		*d = o
		return nil
	case string:
		return d.UnmarshalText([]byte(v))
	case []byte:
		return d.UnmarshalText(v)
	}
	return fmt.Errorf("date: scanning %T: %w", src, ErrUnsupportedType)
}

// Value implements database/sql/driver's Valuer: the YYYY-MM-DD string, or
// NULL (nil) for the zero Date.
func (d Date) Value() (driver.Value, error) {
	if d.n == 0 {
		return nil, nil
	}
	return d.String(), nil
}
