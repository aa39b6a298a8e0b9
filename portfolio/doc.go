// Package portfolio wires the catalog, renewal and benefits packages
// together for one partner: its holdings, designations and benefits
// purchase become one Status as of a day, an Agenda of everything due
// between two days, and WhatIf answers about earning one more entry.
//
// The lower packages never import each other; this package is the glue
// every service would otherwise write itself. Entries come from the
// catalog.Catalog the caller gives New (catalog.Default() usually), so a
// custom catalog works too. Every answer uses the terms in force on the day
// asked (RULES EDN-2): names, validations, caps, retirements and
// carry-overs.
//
// # A nightly job
//
//	pl := portfolio.New(catalog.Default())
//	today := date.Of(time.Now().In(zone)) // the one read of the clock, in the caller
//	for _, c := range customers { // the caller's records, each with a Partner
//		st, err := pl.Status(c.Partner, today)
//		if err != nil {
//			log.Printf("%s: %v", c.ID, err) // names the holding by position and entry
//			continue
//		}
//		for _, h := range st.Holdings {
//			store(c.ID, h.Index, h.Next()) // Renewed moved on, evidence cleared once renewed
//			if h.State != c.LastState[h.Index] {
//				alert(c.ID, h.Item.Name(), h.State) // lapsed, retired, merged, behind …
//			}
//		}
//	}
//
// A reminder scheduler is a loop over Agenda(p, today, today): the events
// due that day, each with its Text in English or Simplified Chinese.
// Withdrawn lists what a renewal took off the agenda, for a calendar that
// published it before.
//
// # Rules applied here, once
//
//   - The designation year containing a day: from the designation
//     anniversary on or before it (RULES INT-2 from Partner.FirstDesignated)
//     to the next one (INT-8).
//   - A lapsed renewal ends the benefit holding the day after its deadline;
//     a retirement ends it on the retirement day (EDN-3); benefits keeps the
//     slot until the next designation anniversary (INT-8).
//   - A retired entry that carries its holders over continues in its
//     replacement (EDN-6); two holdings moved into one keep one
//     (renewal.Policy.KeepOne).
//   - The reminder filter of INT-7, in Agenda only.
//
// # Agenda order
//
// Events come by date; on one day, designation anniversaries first, then
// holding by holding in Partner.Holdings order, each holding's by kind in
// the order of the EventKind constants (retirement, window opens,
// reminder, anniversary, deadline), reminders by offset. A reminder on the
// day of a window opening, anniversary or deadline is listed as well as
// that event: a scheduler that sends one message a day can fold them.
//
// # JSON
//
// Every exported type encodes with encoding/json in one convention: keys
// are the Go field names in lowerCamelCase ("firstDesignated",
// "heldUntil"), every key is always present, dates are "YYYY-MM-DD" ("" for
// no date), enums and designation sets are slugs. Holding and Partner, the
// input a service stores, name entries by ID and round-trip. The answers
// (HoldingStatus, Status, Event, Prospect) write every entry they hold as
// its ID ("item": "kubernetes") and cannot be decoded: an ID becomes an
// entry only through a catalog, so decoding them fails with an error
// wrapping specialization.ErrNotDecodable instead of giving empty entries.
// A Planner writes its Policy and Caps, not its Catalog; a Status not its
// Allocation, whose grants are in each HoldingStatus.
//
// This package does no I/O, reads no clock and holds no mutable state; a
// Planner is safe for concurrent use.
package portfolio
