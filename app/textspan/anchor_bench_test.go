package textspan

import (
	"strings"
	"testing"
)

func BenchmarkAnchorLongCJKParagraph(b *testing.B) {
	body := strings.Repeat("北朝鮮の文化相は平壌で会談した", 700) // ~10,500 code points, one line
	text := New(body)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := text.Anchor(5000, 5010, ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnchorLatin(b *testing.B) {
	body := strings.Repeat("The minister met the delegation in Pyongyang. ", 230)
	text := New(body)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := text.Anchor(5000, 5010, ""); err != nil {
			b.Fatal(err)
		}
	}
}
