package suggest

import (
	"strings"
	"testing"
)

// spanTexts lists a document's spans as "type:text".
func spanTexts(d TrainDoc) []string {
	r := []rune(d.Text)
	var out []string
	for _, s := range d.Spans {
		out = append(out, s.Type+":"+string(r[s.Start:s.End]))
	}
	return out
}

// The GMB extract's conventions are brought in line with ours: the title
// leaves a person's span, a nationality adjective is no place, dates are no
// names, and geo/gpe/org map to place/organisation. (Sentences written for
// this test.)
func TestReadGMBMapsConventions(t *testing.T) {
	csv := `Sentence #,Word,POS,Tag
Sentence: 1,Prime,NNP,B-per
,Minister,NNP,I-per
,Alma,NNP,I-per
,Stenvik,NNP,I-per
,met,VBD,O
,Norwegian,JJ,B-gpe
,envoys,NNS,O
,in,IN,O
,Tromso,NNP,B-geo
,on,IN,O
,Monday,NNP,B-tim
,.,.,O
Sentence: 2,"""",Q,O
,The,DT,O
,Harbour,NNP,B-org
,Council,NNP,I-org
,of,IN,O
,Norway,NNP,B-gpe
,agreed,VBD,O
,.,.,O
`
	docs, err := ReadGMB(strings.NewReader(csv), 20, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1 (two sentences, 20 per document)", len(docs))
	}
	got := strings.Join(spanTexts(docs[0]), " | ")
	want := "person:Alma Stenvik | place:Tromso | organisation:Harbour Council | place:Norway"
	if got != want {
		t.Fatalf("spans\n got %s\nwant %s\ntext %q", got, want, docs[0].Text)
	}
	if !strings.Contains(docs[0].Text, "\" The Harbour") {
		t.Fatalf("quoted CSV cell lost: %q", docs[0].Text)
	}
	// a limit of twelve rows reads the first sentence only
	docs, err = ReadGMB(strings.NewReader(csv), 20, 12)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(spanTexts(docs[0]), " | "); got != "person:Alma Stenvik | place:Tromso" {
		t.Fatalf("first sentence only: %s", got)
	}
}

// The extract is published in Windows-1252 and its copies spell those bytes
// as they are or as U+FFFD: both read the same, one U+FFFD per byte.
// (Sentence written for this test.)
func TestReadGMBNonASCII(t *testing.T) {
	rows := "Sentence #,Word,POS,Tag\r\n" +
		"Sentence: 1,Ren\xe9e,NNP,B-per\r\n,Fav\xe9,NNP,I-per\r\n,visited,VBD,O\r\n" +
		",Sa\xf4ne,NNP,B-geo\r\n,\x92s,POS,O\r\n,caf\xe9s,NNS,O\r\n,\x85,:,O\r\n"
	for _, in := range []string{rows, strings.NewReplacer("\xe9", "\uFFFD", "\xf4", "\uFFFD", "\x92", "\uFFFD", "\x85", "\uFFFD").Replace(rows)} {
		docs, err := ReadGMB(strings.NewReader(in), 20, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 1 {
			t.Fatalf("%d documents, want 1", len(docs))
		}
		if got := strings.Join(spanTexts(docs[0]), " | "); got != "person:Ren\uFFFDe Fav\uFFFD | place:Sa\uFFFDne" {
			t.Fatalf("spans %s (text %q)", got, docs[0].Text)
		}
		if !strings.Contains(docs[0].Text, "\uFFFDs caf\uFFFDs \uFFFD") {
			t.Fatalf("text %q", docs[0].Text)
		}
	}
}

// A Universal NER file starts a document at each "# newdoc" and reads the
// token and tag columns. (Sentences written for this test.)
func TestReadUNERDocuments(t *testing.T) {
	iob := "# newdoc id = a1\n# sent_id = a1-1\n# text = Lena Berg visited Oslo.\n" +
		"1\tLena\tB-PER\t-\t-\n2\tBerg\tI-PER\t-\t-\n3\tvisited\tO\t-\t-\n4\tOslo\tB-LOC\t-\t-\n5\t.\tO\t-\t-\n\n" +
		"# newdoc id = a2\n# sent_id = a2-1\n" +
		"1\tThe\tO\t-\t-\n2\tNordhavn\tB-ORG\t-\t-\n3\tGroup\tI-ORG\t-\t-\n4\tgrew\tO\t-\t-\n\n"
	docs, err := ReadUNER(strings.NewReader(iob))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	if got := strings.Join(spanTexts(docs[0]), " | "); got != "person:Lena Berg | place:Oslo" {
		t.Fatalf("first document: %s", got)
	}
	if got := strings.Join(spanTexts(docs[1]), " | "); got != "organisation:Nordhavn Group" {
		t.Fatalf("second document: %s", got)
	}
}

// A club name in the list is marked on its tokens, longest first, in
// capitals too; a lower-case word is never the start of one.
func TestClubTags(t *testing.T) {
	text := "Real Madrid 2 Atalanta 1\nREAL MADRID lost\nreal fans"
	runes := []rune(text)
	toks := tagTokens(runes)
	lower := make([]string, len(toks))
	for i, tk := range toks {
		lower[i] = strings.ToLower(tk.text)
	}
	tags := clubTags(toks, lower)
	var got []string
	for i, tk := range toks {
		if tags[i] != 0 {
			got = append(got, string(tags[i])+":"+tk.text)
		}
	}
	want := "B:Real I:Madrid B:Atalanta B:REAL I:MADRID"
	if strings.Join(got, " ") != want {
		t.Fatalf("club tags %v, want %s", got, want)
	}
}

// CrossNER's finer types become ours, and the rest is no name. (Sentence
// written for this test.)
func TestReadCrossNERTypes(t *testing.T) {
	lines := "Senator\tO\nIda\tB-politician\nMarsh\tI-politician\nof\tO\nthe\tO\nGreen\tB-politicalparty\nLeague\tI-politicalparty\n" +
		"won\tO\nthe\tO\n2031\tB-election\nVarnish\tI-election\nelection\tI-election\nin\tO\nKeld\tB-location\n,\tO\n" +
		"Varnland\tB-country\n,\tO\nciting\tO\nNorth\tB-writer\nand\tO\nthe\tO\nKeld\tB-university\nInstitute\tI-university\n.\tO\n\n"
	docs, err := ReadCrossNER(strings.NewReader(lines))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(spanTexts(docs[0]), " | ")
	want := "person:Ida Marsh | organisation:Green League | place:Keld | place:Varnland | person:North | organisation:Keld Institute"
	if got != want {
		t.Fatalf("spans\n got %s\nwant %s", got, want)
	}
}
