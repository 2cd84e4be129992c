package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// FuzzCSVRoundTrip writes random text cells (and a number) through CSVWriter, reads them
// back with encoding/csv and checks that every cell comes back as Cell(input), that no
// text cell starts with a formula character unless it was prefixed, and that Restore
// recovers the input. The same cells go through the JSONL writer and must decode to
// CleanText(input).
func FuzzCSVRoundTrip(f *testing.F) {
	for _, seed := range [][3]string{
		{"plain", "", "with, comma"},
		{`=HYPERLINK("http://evil.example","x")`, "+1", "-2"},
		{"@SUM(A1:A2)", "\tx", "\rx"},
		{"'=quoted", "''+twice", "'"},
		{"line\r\nbreak", "\"quoted\"", " leading space"},
		{"Lyubimová 𝓚 😀", "\xff\xfe bad utf-8", "\u2028sep"},
		{"a;b\\c", "", "\n"},
		{"see;=1+1;", "x,@SUM(A1)", "a\t-1;'+2"},
		{"\r\r\n", "0", "0"}, // found by the fuzzer: a CR before a CR LF
	} {
		f.Add(seed[0], seed[1], seed[2], int64(-7))
	}
	f.Fuzz(func(t *testing.T, a, b, c string, n int64) {
		in := []string{a, b, c}
		var buf bytes.Buffer
		w := NewCSV(&buf, false)
		if err := w.Header([]string{"a", "b", "c", "n", "list"}); err != nil {
			t.Fatal(err)
		}
		if err := w.Record([]Value{Text(a), Text(b), Text(c), Int(n), List(in)}); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		r := csv.NewReader(&buf)
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("encoding/csv cannot read our output: %v\n%q", err, buf.String())
		}
		if len(recs) != 2 || len(recs[1]) != 5 {
			t.Fatalf("records: %q", recs)
		}
		got := recs[1]
		for i, s := range in {
			if got[i] != Cell(s) {
				t.Errorf("cell %d: wrote %q, read back %q; want %q", i, s, got[i], Cell(s))
			}
			if p := formulaSegment(got[i]); p >= 0 {
				t.Errorf("cell %d has a formula start at byte %d (cell start or after , ; tab): %q", i, p, got[i])
			}
			orig := toLF(CleanText(s))
			if Restore(got[i]) != orig {
				t.Errorf("Restore(%q) = %q; want %q", got[i], Restore(got[i]), orig)
			}
			if extra := len(got[i]) - len(orig); extra < 0 || strings.Count(got[i], "'")-strings.Count(orig, "'") != extra {
				t.Errorf("cell %d changed beyond added single quotes: %q → %q", i, orig, got[i])
			}
		}
		if got[3] != Int(n).String() {
			t.Errorf("number %d written as %q", n, got[3])
		}
		cleaned := make([]string, len(in))
		for i, s := range in {
			cleaned[i] = toLF(CleanText(s))
		}
		if l := SplitList(Restore(got[4])); !reflect.DeepEqual(l, cleaned) && !(len(l) == 0 && strings.Join(cleaned, "") == "" && len(cleaned) == 0) {
			t.Errorf("list %q came back as %q", cleaned, l)
		}

		var jb bytes.Buffer
		jw := NewJSONL(&jb)
		jw.Header([]string{"a", "b", "c", "n", "list"})
		jw.Record([]Value{Text(a), Text(b), Text(c), Int(n), List(in)})
		jw.Flush()
		var m struct {
			A, B, C string
			N       int64
			List    []string
		}
		if err := json.Unmarshal(jb.Bytes(), &m); err != nil {
			t.Fatalf("JSONL line does not parse: %v\n%q", err, jb.String())
		}
		for i, s := range []string{m.A, m.B, m.C} {
			if want, _ := json.Marshal(in[i]); s != mustUnquote(t, want) {
				t.Errorf("JSON cell %d: %q; encoding/json gives %q", i, s, mustUnquote(t, want))
			}
		}
		if m.N != n || len(m.List) != 3 {
			t.Errorf("JSON: %+v", m)
		}
	})
}

func mustUnquote(t *testing.T, b []byte) string {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// formulaSegment returns where a part of s that a spreadsheet could take as a cell
// (the start, or just after , ; or tab) starts with a formula character, or -1.
func formulaSegment(s string) int {
	for p := 0; p < len(s); p++ {
		if (p == 0 || isFieldSeparator(s[p-1])) && isFormulaStart(s[p]) {
			return p
		}
	}
	return -1
}
