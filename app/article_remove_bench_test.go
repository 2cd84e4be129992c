package app

import "testing"

// BenchmarkPreviewRemoveRepeatedIDs: the confirmation of a removal asked with one id
// 100,000 times (a script's list that repeats ids; the bridge takes a body this size)
// against the same article asked once, in the same run.
func BenchmarkPreviewRemoveRepeatedIDs(b *testing.B) {
	_, svc := MustOpenWorkspace(b, false)
	ids, err := svc.Articles.SampleIDs()
	if err != nil || len(ids) == 0 {
		b.Fatal(ids, err)
	}
	many := make([]int64, 100000)
	for i := range many {
		many[i] = ids[0]
	}
	for _, c := range []struct {
		name string
		ids  []int64
	}{{"once", ids[:1]}, {"100000x", many}} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := svc.Articles.PreviewRemove(c.ids); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
