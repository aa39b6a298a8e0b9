// Package benefits decides which specializations and expert programs bring
// specialization benefits under the per-category caps of the Microsoft AI
// Cloud Partner Program (RULES BEN-1..BEN-5), following the decisions
// RULES INT-8 and INT-9 take where the published text is silent.
//
// # Model
//
// A Partner has Solutions Partner designations, has or has not purchased the
// Solutions Partner benefits, has a designation anniversary (DA) and maybe
// a membership end. A Holding is one period in which the partner held an
// item (a specialization.Specialization, specialization or expert program):
// from Earned, inclusive, to Lapsed, exclusive. Caps give each of the four
// categories the number of items that may bring benefits in one designation
// year; DefaultCaps is the published table (Azure 5, Business Applications
// 1, Modern Work 3, Security 3), and Azure Expert MSP, an Azure-category
// expert program, counts in the Azure cap like any Azure item.
//
// Allocate works on one designation year, from the DA on or before the
// as-of date to the next DA (INT-8):
//
//   - On the DA the allocation is made afresh from the holdings held that
//     day. In each category they are taken in earned order, same-day ties
//     by ID in byte order, and the first ones up to the cap get a benefit,
//     ranked 1 to the cap. Nothing carries over from the year before.
//   - A holding earned after the DA takes a free slot on the day it is
//     earned, again in earned order.
//   - A holding that lapses during the year keeps its benefit and its slot
//     until the next DA: slots never free up within a year. There the
//     allocation is made afresh and the slot passes to the next item.
//   - A benefit is available through the next DA, inclusive, or through
//     the last day of the membership if that comes first (BEN-1, BEN-4).
//
// Prerequisites (INT-9): without purchased Solutions Partner benefits
// nothing is granted, and nothing is granted once the membership has ended.
// A holding whose item is aligned with none of the partner's designations
// (CAT-2), or that lapsed on or before the DA, gets no benefit and takes
// no slot, so the next item in order gets it. An item counts once: a second
// holding of an item whose earlier holding keeps its slot this year (it
// lapsed and was earned again) brings nothing more.
//
// The result depends on the set of holdings, never on the order they are
// given in; Grants reports one Grant per holding in that order, each with a
// Reason (a RULES clause and a sentence with the cap, the rank and the
// dates). WhatIf answers "would one more holding bring a benefit?" without
// changing the Allocation.
//
// # Worked example (BEN-3)
//
// A partner with the Security designation and purchased benefits has its
// DA on 2026-07-01. It earned Cloud Security on 2025-03-10, Identity and
// Access Management on 2025-11-20 and Information Protection and Governance
// on 2026-07-01, the DA itself. As of 2026-10-01, all three were held on
// the DA and bring Security benefits 1, 2 and 3 of 3, available through
// 2027-07-01. Threat Protection, earned on 2026-09-15, brings none: the
// cap of three was reached (BEN-5). If Cloud Security lapses on 2026-08-01,
// it still keeps benefit 1 through 2027-07-01 and Threat Protection still
// gets nothing this year; on the 2027-07-01 DA, Cloud Security is no longer
// held and Threat Protection takes the third slot.
//
// # Dates and bounds
//
// All dates are calendar dates (INT-1). Earned and Through are inclusive,
// Lapsed is the first day no longer held: an item lapsing on the DA was not
// held on the DA. MembershipEnds is the last day of membership, inclusive:
// with MembershipEnds 2027-01-31, a benefit granted in the year from
// 2026-07-01 is available through 2027-01-31, and an allocation as of
// 2027-02-01 grants nothing.
//
// The DA must be on or before the as-of date and at most one year before
// it: with the DA 2026-07-01, as-of dates 2026-07-01 through 2027-07-01 are
// accepted. On the next DA itself (2027-07-01) both years are open to
// questions, because benefits of the closing year are available through
// that day: passing 2026-07-01 describes the closing year, passing
// 2027-07-01 the fresh allocation.
//
// The next DA is the same month and day a year later. A DA on 29 February
// is followed by 28 February in a common year, as RULES INT-2 does for
// enrollments: after 2028-02-29 comes 2029-02-28. The Partner holds only
// the current DA, not the day the designation was first earned, so a
// 28 February DA is always followed by 28 February: a partner first
// designated on 29 February 2024 whose DA is 2027-02-28 gets 2028-02-28 as
// the next DA, not 2028-02-29, one day early; pass 2028-02-29 as the DA
// once that day comes.
//
// # Errors
//
// Bad input is an error wrapping one of the Err values, never a panic or a
// silent repair: a zero as-of date, DA or Earned date; a DA after the as-of
// date or more than a year before it; a negative cap or a cap for a value
// that is no Category; and, reported as a *HoldingError naming the holding's
// position, a zero Item, a holding earned after the as-of date (it has not
// happened yet), a Lapsed date on or before Earned, and two holdings of the
// same item (same ID) on the same day. A Lapsed date after the as-of date is
// accepted: as of that day the item is still held.
//
// This package does no I/O, reads no clock and holds no mutable state; an
// Allocation is an immutable value, safe for concurrent use. It takes
// specialization.Specialization values from any source and imports neither
// the catalog nor the renewal package.
package benefits
