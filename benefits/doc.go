// Package benefits decides which specializations and expert programs bring
// specialization benefits under the per-category caps of the Microsoft AI
// Cloud Partner Program (RULES BEN-1..BEN-5), following the decisions
// RULES INT-8 and INT-9 take where the published text is silent, with the
// program's terms in force on the day asked (EDN-3, EDN-7).
//
// # Model
//
// A Partner has Solutions Partner designations, has or has not purchased the
// Solutions Partner benefits, has the day it first earned its designation
// (any later anniversary of it does too) and maybe a membership end. A
// Holding is one period in which the partner held an item (a
// specialization.Specialization, specialization or expert program): from
// Earned, inclusive, to Lapsed or the item's Retired day, whichever comes
// first, exclusive. Caps give each of the four categories the number of
// items that may bring benefits in one designation year; PublishedCaps(on)
// gives the published table in force on a day (Azure 5, Business
// Applications 1, Modern Work 3, Security 3; Business Applications 3 from
// 2026-07-01), and Azure Expert MSP, an Azure-category expert program,
// counts in the Azure cap like any Azure item.
//
// Allocate works on one designation year, from the designation anniversary
// (DA) on or before the as-of date to the next DA (INT-8):
//
//   - On the DA the allocation is made afresh from the holdings held that
//     day. In each category they are taken in earned order, same-day ties
//     by ID in byte order, and the first ones up to the cap get a benefit,
//     ranked 1 to the cap. Nothing carries over from the year before.
//   - A holding earned after the DA takes a free slot on the day it is
//     earned, again in earned order.
//   - A holding that lapses during the year, or whose item retires during
//     the year (EDN-3), keeps its benefit and its slot until the next DA:
//     slots never free up within a year. There the allocation is made
//     afresh and the slot passes to the next item.
//   - A benefit is available through the next DA, inclusive, or through
//     the last day of the membership if that comes first (BEN-1, BEN-4).
//
// Prerequisites (INT-9): without purchased Solutions Partner benefits
// nothing is granted, and nothing is granted once the membership has ended.
// A holding whose item is aligned with none of the partner's designations
// (CAT-2), or that lapsed or retired on or before the DA, gets no benefit
// and takes no slot, so the next item in order gets it. An item counts
// once: a second holding of an item whose earlier holding keeps its slot
// this year (it lapsed and was earned again) brings nothing more.
//
// The result depends on the set of holdings, never on the order they are
// given in; Grants reports one Grant per holding in that order, each with a
// Reason: a RULES clause and one sentence in English (Text) and the same in
// Simplified Chinese (Chinese; Local picks by language tag), naming the
// item, the cap, the rank and the dates. WhatIf answers "would one more
// holding bring a benefit?" without changing the Allocation.
//
// # The program over time (EDN-3, EDN-7)
//
// Every answer uses the terms in force on the as-of date:
//
//   - Caps. A nil Caps means PublishedCaps(asOf), and those caps apply to
//     the whole allocation of the designation year: a cap raised during the
//     year lets withheld items in, in earned order, with the Reason clause
//     EDN-7 and the day of the raise. With the DA 2026-03-01, Finance
//     (earned 2025-01-01) and Sales (2025-06-01) were both held on the DA;
//     as of 2026-06-30 the Business Applications cap is 1 and Sales gets
//     nothing, as of 2026-07-01 it is 3 and Sales gets benefit 2 of 3
//     through 2027-03-01. Published caps have never been lowered, so this
//     never takes away a benefit granted earlier. The cap history is data
//     with a source per row; the 2026-07-01 raise is reported, not read at
//     Microsoft's page, and its day is inferred (EDN-8). A non-nil Caps is
//     applied as given.
//   - Alignment. An item is aligned with the partner by its designations in
//     force on the as-of date (h.Item.On(asOf).Designations()), and reasons
//     name it by its name in force that day.
//   - Retirement. A holding ends on its item's Retired day like a lapse,
//     whichever of the two comes first; the Reason says it retired (clause
//     EDN-3). Intelligent Automation, retired 2026-07-31, held on the
//     2026-07-01 DA keeps its slot through 2027-07-01; on that DA the slot
//     passes to the next item in earned order. A holding whose item retires
//     and carries over (EDN-6) is not moved here: the caller passes the
//     replacement as a holding of its own.
//   - Offered. A holding earned on a day its item is not offered (before it
//     was introduced, or from the day it closed to new enrollments) is an
//     error wrapping the item's *specialization.NotOfferedError, so
//     errors.Is matches specialization.ErrNotOffered.
//
// # Worked example (BEN-3)
//
// A partner with the Security designation and purchased benefits first
// earned the designation on 2023-07-01. It earned Cloud Security on
// 2025-03-10, Identity and Access Management on 2025-11-20 and Information
// Protection and Governance on 2026-07-01, the DA itself. As of 2026-10-01,
// the DA is 2026-07-01; all three were held on it and bring Security
// benefits 1, 2 and 3 of 3, available through 2027-07-01. Threat
// Protection, earned on 2026-09-15, brings none: the cap of three was
// reached (BEN-5). If Cloud Security lapses on 2026-08-01, it still keeps
// benefit 1 through 2027-07-01 and Threat Protection still gets nothing
// this year; on the 2027-07-01 DA, Cloud Security is no longer held and
// Threat Protection takes the third slot.
//
// # Dates and bounds
//
// All dates are calendar dates (INT-1). Earned and Through are inclusive,
// Lapsed and Retired are the first day no longer held: an item lapsing or
// retiring on the DA was not held on the DA. MembershipEnds is the last day
// of membership, inclusive: with MembershipEnds 2027-01-31, a benefit
// granted in the year from 2026-07-01 is available through 2027-01-31, and
// an allocation as of 2027-02-01 grants nothing.
//
// Partner.DesignationAnniversary is the day the designation was first
// earned, or any of its anniversaries, on or before the as-of date. Allocate
// works from the last anniversary of that day on or before the as-of date,
// and the next one, both computed from the day given by RULES INT-2, never
// chained from one another: a first day of 29 February 2024 gives the
// anniversaries 2025-02-28, 2026-02-28, 2027-02-28 and 2028-02-29, so the
// year from 2027-02-28 runs through 2028-02-29. Give the first day: an
// anniversary on 28 February cannot tell that the first day was
// 29 February, and from it every year starts on 28 February.
//
// On a DA itself the allocation is the fresh one of the year that starts
// that day. Benefits of the closing year are available through that day
// (their Through says so); ask as of the day before to see the closing
// year's allocation.
//
// # Errors
//
// Bad input is an error, never a panic or a silent repair. There is one
// sentinel per thing the caller has to fix, and the error wrapping it gives
// the values, so the message says each thing once and ends with the
// sentinel's words:
//
//   - ErrNoAsOf: a zero as-of date ("benefits: no as-of date").
//   - ErrInvalidPartner: a zero designation day, one after the as-of date,
//     or one whose next anniversary falls after year 9999 ("benefits:
//     designation anniversary 2026-10-02 after the as-of date 2026-10-01:
//     invalid partner").
//   - ErrInvalidCap: a negative cap, or a cap for a value that is no
//     Category ("benefits: -1 for Security: invalid cap").
//   - ErrInvalidHolding: a holding with a zero Item or Earned date, earned
//     after the as-of date (it has not happened yet), or with a Lapsed date
//     on or before Earned ("benefits: holding 0: cloud-security lapsed
//     2024-12-31, not after earned 2025-01-01: invalid holding").
//   - ErrOverlap: two holdings of the same item (same ID) on the same day.
//     Each is valid on its own, so it is told apart from ErrInvalidHolding:
//     the caller ends or merges one of them.
//   - specialization.ErrNotOffered: an Earned day on which the item is not
//     offered; the item's *specialization.NotOfferedError names its dates.
//
// Allocate reports a bad holding as a *HoldingError with the holding's
// position, the holding and the field at fault; WhatIf reports its own
// holding as "benefits: what-if holding: ...", with the same sentinels and
// no position. A Lapsed or Retired date after the as-of date is accepted:
// as of that day the item is still held.
//
// # JSON
//
// Partner, Holding, Grant and Reason have lowerCamelCase keys named after
// their fields ("designationAnniversary", "benefitsPurchased"), every key
// always present, dates as "YYYY-MM-DD" and "" for a zero date. A Holding
// writes its item as its ID ("item": "cloud-security"), so Holding and
// Grant do not decode: the error wraps specialization.ErrNotDecodable, and
// a reader resolves the ID through a catalog. Partner and Reason read back
// what they write. Caps is an object keyed by category slug
// ({"azure":5,"security":3}), null for the nil Caps, and reads back as
// itself; a key that is no category or a negative cap is an error wrapping
// ErrInvalidCap, both ways.
//
// This package does no I/O, reads no clock and holds no mutable state; an
// Allocation is an immutable value, safe for concurrent use. It takes
// specialization.Specialization values from any source and imports neither
// the catalog nor the renewal package; designation anniversaries come from
// internal/anniversary, the library's one implementation of INT-2.
package benefits
