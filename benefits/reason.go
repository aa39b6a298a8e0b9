package benefits

import (
	"strconv"

	"github.com/partnerkit/specializations/date"
)

// appendReason appends the sentence explaining e to b and returns the
// clause that decided it. Sentences are built by appending, not with fmt,
// so that Grants costs a few allocations however many holdings there are.
func (a *Allocation) appendReason(b []byte, e *entry) (string, []byte) {
	switch e.result {
	case granted:
		return a.appendGranted(b, e)
	case notPurchased:
		return "INT-9", append(b, "No benefit: the partner has not purchased the Solutions Partner benefits."...)
	case membershipEnded:
		b = append(b, "No benefit: the Solutions Partner membership ended; its last day was "...)
		b = appendDate(b, a.partner.MembershipEnds)
		b = append(b, ", before the as-of date "...)
		return "INT-9", append(appendDate(b, a.asOf), '.')
	case notHeld:
		b = append(b, "No benefit: lapsed on "...)
		b = appendDate(b, e.h.Lapsed)
		b = append(b, ", on or before the designation anniversary "...)
		b = appendDate(b, a.partner.DesignationAnniversary)
		return "INT-9", append(b, ", so it is not held and takes no slot."...)
	case notAligned:
		b = append(b, "No benefit: it requires the "...)
		b = append(b, e.h.Item.Designations().String()...)
		return "INT-9", append(b, " designation, which the partner does not hold, so it takes no slot."...)
	case atCap:
		return "BEN-5", a.appendAtCap(b, e)
	case shared:
		return "BEN-2", a.appendShared(b, e)
	}
	return "", b // unreachable: every entry is decided
}

// appendGranted explains a benefit: "Security benefit 2 of 3, held on the
// designation anniversary 2026-07-01, available through 2027-07-01, the
// next designation anniversary."
func (a *Allocation) appendGranted(b []byte, e *entry) (string, []byte) {
	clause := "BEN-2"
	b = a.appendBenefit(b, e)
	if e.h.Earned.After(a.partner.DesignationAnniversary) {
		clause = "INT-8"
		b = append(b, ", earned on "...)
		b = appendDate(b, e.h.Earned)
		b = append(b, " after the designation anniversary "...)
		b = appendDate(b, a.partner.DesignationAnniversary)
		b = append(b, " into a free slot"...)
	} else {
		b = append(b, ", held on the designation anniversary "...)
		b = appendDate(b, a.partner.DesignationAnniversary)
	}
	if a.through() != a.next {
		clause = "BEN-4"
	}
	if e.h.lapsedBy(a.asOf) {
		clause = "INT-8"
		b = append(b, ", lapsed on "...)
		b = appendDate(b, e.h.Lapsed)
		b = append(b, " but keeps its benefit and its slot"...)
	}
	return clause, append(a.appendThrough(b), '.')
}

// appendBenefit appends "Security benefit 2 of 3".
func (a *Allocation) appendBenefit(b []byte, e *entry) []byte {
	cat := e.h.Item.Category()
	b = append(b, cat.String()...)
	b = append(b, " benefit "...)
	b = strconv.AppendInt(b, int64(e.rank), 10)
	b = append(b, " of "...)
	return strconv.AppendInt(b, int64(a.caps.at(cat)), 10)
}

// appendThrough appends ", available through 2027-07-01, the next
// designation anniversary" or the membership's last day.
func (a *Allocation) appendThrough(b []byte) []byte {
	b = append(b, ", available through "...)
	b = appendDate(b, a.through())
	if a.through() != a.next {
		return append(b, ", the last day of the membership"...)
	}
	return append(b, ", the next designation anniversary"...)
}

// appendAtCap explains a holding withheld because its category is full.
func (a *Allocation) appendAtCap(b []byte, e *entry) []byte {
	cat := e.h.Item.Category()
	b = append(b, "No benefit: the "...)
	b = append(b, cat.String()...)
	if a.caps.at(cat) == 0 {
		return append(b, " cap is 0, so nothing in the category brings a benefit."...)
	}
	b = append(b, " cap of "...)
	b = strconv.AppendInt(b, int64(a.caps.at(cat)), 10)
	if e.h.Earned.After(a.partner.DesignationAnniversary) {
		b = append(b, " was already reached when it was earned on "...)
		return append(appendDate(b, e.h.Earned), '.')
	}
	b = append(b, " was reached on the designation anniversary "...)
	b = appendDate(b, a.partner.DesignationAnniversary)
	return append(b, " by items ahead of it in earned order."...)
}

// appendShared explains a second holding of an item whose earlier holding
// keeps the slot.
func (a *Allocation) appendShared(b []byte, e *entry) []byte {
	b = append(b, "No further benefit: its earlier holding, earned on "...)
	b = appendDate(b, a.entries[e.prior].h.Earned)
	b = append(b, ", keeps "...)
	b = a.appendBenefit(b, e)
	b = append(b, " through "...)
	b = appendDate(b, a.through())
	return append(b, "; an item counts once against the cap."...)
}

func appendDate(b []byte, d date.Date) []byte {
	b, _ = d.AppendText(b) // never fails
	return b
}
