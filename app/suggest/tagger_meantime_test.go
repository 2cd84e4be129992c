package suggest

import (
	"fmt"
	"strings"
	"testing"
)

// catMention is one mention for catDoc: words from..to (inclusive) of a
// sentence, its syntactic type and its entity's type.
type catMention struct {
	syntax, typ    string
	sent, from, to int
}

// catDoc writes a document in the CAT tool's XML export, as MEANTIME is
// published: tokens with their sentence, mentions anchored on tokens, one
// entity per mention and the mention referring to it.
func catDoc(name string, sentences []string, ms []catMention) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<Document doc_name=%q>\n", name)
	ids := make([][]int, len(sentences))
	id := 0
	for s, text := range sentences {
		for n, w := range strings.Fields(text) {
			id++
			ids[s] = append(ids[s], id)
			fmt.Fprintf(&b, "<token t_id=\"%d\" sentence=\"%d\" number=\"%d\">%s</token>\n", id, s, n, w)
		}
	}
	b.WriteString("<Markables>\n")
	for i, m := range ms {
		fmt.Fprintf(&b, "<ENTITY_MENTION m_id=\"%d\" syntactic_type=%q>", i+1, m.syntax)
		for k := m.from; k <= m.to; k++ {
			fmt.Fprintf(&b, "<token_anchor t_id=\"%d\"/>", ids[m.sent][k])
		}
		b.WriteString("</ENTITY_MENTION>\n")
	}
	for i, m := range ms {
		fmt.Fprintf(&b, "<ENTITY m_id=\"%d\" ent_type=%q TAG_DESCRIPTOR=\"x\"/>\n", 1000+i, m.typ)
	}
	b.WriteString("</Markables>\n<Relations>\n")
	for i := range ms {
		fmt.Fprintf(&b, "<REFERS_TO r_id=\"%d\"><source m_id=\"%d\"/><target m_id=\"%d\"/></REFERS_TO>\n", 2000+i, i+1, 1000+i)
	}
	b.WriteString("</Relations>\n</Document>\n")
	return b.String()
}

// MEANTIME marks every mention, named or not, with the descriptions around a
// name; ReadMEANTIME keeps the names in our conventions, from the annotated
// sentences only. (Sentences and names made up for this test.)
func TestReadMEANTIMEKeepsNamesOnly(t *testing.T) {
	sentences := []string{
		"Fjordline Seastar 9 sails from Tromso harbour", // 0: the title
		"March 3 , 2011", // 1: the date line
		"Norwegian ferry operator Fjordline Ltd , which owns the ship , said Harbour Minister Alma Stenvik opened it .", // 2
		"The company 's Chief Executive of Fjordline Ltd met Kvist - Berg in Bergen , in Norway .",                      // 3
		"The US car maker Halvorsen Motors cheered .",                                                                   // 4
		"Stenvik smiled .",         // 5
		"Later Oskar Lind spoke .", // 6: beyond the annotated sentences
	}
	doc := catDoc("1_test", sentences, []catMention{
		{"NAM", "PRO", 0, 0, 2},     // Fjordline Seastar 9: a product
		{"NAM", "ORG", 0, 0, 0},     // Fjordline inside it: not a name of ours
		{"PRE.NAM", "LOC", 0, 5, 5}, // Tromso (harbour)
		{"NAM", "ORG", 2, 0, 10},    // Norwegian ferry operator Fjordline Ltd , which owns the ship
		{"NOM", "PRO", 2, 8, 9},     // the ship
		{"NAM", "PER", 2, 12, 15},   // Harbour Minister Alma Stenvik
		{"NOM", "ORG", 3, 0, 1},     // The company
		{"NAM", "PER", 3, 0, 7},     // The company 's Chief Executive of Fjordline Ltd: a role
		{"NAM", "ORG", 3, 6, 7},     // Fjordline Ltd
		{"NAM", "ORG", 3, 9, 11},    // Kvist - Berg
		{"NAM", "LOC", 3, 13, 16},   // Bergen , in Norway
		{"NAM", "LOC", 3, 16, 16},   // Norway
		{"NAM", "ORG", 4, 0, 5},     // The US car maker Halvorsen Motors
		{"PRE.NAM", "LOC", 4, 1, 1}, // US
		{"NAM", "PER", 5, 0, 0},     // Stenvik
		{"NAM", "PER", 6, 1, 2},     // Oskar Lind: in a sentence nobody annotated in full
	})
	// a file of the export whose mentions lost their syntactic types
	untyped := strings.ReplaceAll(catDoc("2_test", []string{"Ida Moen visited Oslo ."}, []catMention{
		{"NAM", "PER", 0, 0, 1},
		{"NAM", "LOC", 0, 3, 3},
	}), `syntactic_type="NAM"`, `syntactic_type=""`)
	docs, err := ReadMEANTIME(strings.NewReader(doc + untyped))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1 (the one without syntactic types left out)", len(docs))
	}
	got := spanTexts(docs[0])
	want := []string{
		"place:Tromso",
		"organisation:Fjordline Ltd", "person:Alma Stenvik",
		"organisation:Fjordline Ltd", "organisation:Kvist - Berg", "place:Bergen", "place:Norway",
		"place:US", "organisation:Halvorsen Motors",
		"person:Stenvik",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("names:\n got %q\nwant %q", got, want)
	}
	if strings.Contains(docs[0].Text, "Oskar") {
		t.Errorf("a sentence after the annotated ones was kept: %q", docs[0].Text)
	}
	if lines := strings.Count(strings.TrimSpace(docs[0].Text), "\n") + 1; lines != 6 {
		t.Errorf("got %d lines, want the 6 annotated sentences:\n%s", lines, docs[0].Text)
	}
}

func TestReadMEANTIMESaysWhatIsWrong(t *testing.T) {
	for _, in := range []string{"", "<Corpus><token>a</token></Corpus>", "<Document><token t_id=\"1\" sentence=\"0\">a</tok"} {
		if _, err := ReadMEANTIME(strings.NewReader(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}
