package catalog_test

import (
	"testing"

	"github.com/partnerkit/specializations/catalog"
)

// Targets (issue 2): Get under 20 ns and Lookup under 200 ns, both with
// 0 allocs/op.

var sink bool

func BenchmarkGet(b *testing.B) {
	c := catalog.Default()
	b.ReportAllocs()
	for b.Loop() {
		_, sink = c.Get("information-protection-and-governance")
	}
}

func BenchmarkLookup(b *testing.B) {
	for _, bm := range []struct{ name, in string }{
		{"English", "Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI"},
		{"Chinese", "Microsoft Azure Stack HCI 的混合云基础结构"},
		{"Alias", "Accelerate Developer Productivity with Microsoft Azure (formerly DevOps with GitHub on Microsoft Azure)"},
		{"ID", "hybrid-cloud-infrastructure"},
		{"Miss", "Quantum Computing on Microsoft Azure"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			c := catalog.Default()
			b.ReportAllocs()
			for b.Loop() {
				_, sink = c.Lookup(bm.in)
			}
		})
	}
}
