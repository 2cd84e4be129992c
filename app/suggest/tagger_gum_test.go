package suggest

import (
	"strconv"
	"strings"
	"testing"
)

// gumLines writes CoNLL-U token lines from "form UPOS XPOS head Entity" rows
// (Entity "_" for none), numbering the tokens.
func gumLines(rows ...string) string {
	var b strings.Builder
	for i, r := range rows {
		f := strings.Fields(r)
		misc := "_"
		if f[4] != "_" {
			misc = "Entity=" + f[4]
		}
		b.WriteString(strings.Join([]string{strconv.Itoa(i + 1), f[0], f[0], f[1], f[2], "_", f[3], "dep", "_", misc}, "\t") + "\n")
	}
	return b.String() + "\n"
}

// GUM marks every mention, named or not, nested; ReadGUM keeps the names in
// our conventions. (Sentences written for this test.)
func TestReadGUMKeepsNamesOnly(t *testing.T) {
	doc := "# newdoc id = GUM_news_test\n# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity\n" +
		// The Harbour Council of Tromso hired Finance Minister Alma Stenvik .
		"# text = The Harbour Council of Tromso hired Finance Minister Alma Stenvik.\n" + gumLines(
		"The DET DT 3 (1-organization-new-sssss-cf1-2,3-coref",
		"Harbour PROPN NNP 3 _",
		"Council PROPN NNP 6 _",
		"of ADP IN 5 _",
		"Tromso PROPN NNP 3 (2-place-new-sssss-cf2-1-sgl-Tromso)1)",
		"hired VERB VBD 0 _",
		"Finance PROPN NNP 8 (3-person-new-sssss-cf3-3,4-sgl",
		"Minister PROPN NNP 9 _",
		"Alma PROPN NNP 6 _",
		"Stenvik PROPN NNP 9 3)",
		". PUNCT . 6 _") +
		// Norwegians flew to the coast of Vardo for the Vardo Regatta .
		"# text = Norwegians flew to the coast of Vardo for the Vardo Regatta.\n" + gumLines(
		"Norwegians PROPN NNPS 2 (4-person-new-sssss-cf1-1-sgl)",
		"flew VERB VBD 0 _",
		"to ADP IN 5 _",
		"the DET DT 5 (5-place-new-sssss-cf2-2-sgl",
		"coast NOUN NN 2 _",
		"of ADP IN 7 _",
		"Vardo PROPN NNP 5 (6-place-new-sssss-cf3-1-coref)5)",
		"for ADP IN 11 _",
		"the DET DT 11 (7-event-new-sssss-cf4-2-sgl",
		"Vardo PROPN NNP 11 (6-place-new-sssss-cf3-1-coref)",
		"Regatta PROPN NNP 2 7)",
		". PUNCT . 2 _") +
		// The minister said Stenvik would stay .
		"# text = The minister said Stenvik would stay.\n" + gumLines(
		"The DET DT 2 (3-person-giv-sssss-cf1-2-coref",
		"minister NOUN NN 3 3)",
		"said VERB VBD 0 _",
		"Stenvik PROPN NNP 6 (3-person-giv-sssss-cf2-1-coref)",
		"would AUX MD 6 _",
		"stay VERB VB 3 _",
		". PUNCT . 3 _")
	docs, err := ReadGUM(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	got := strings.Join(spanTexts(docs[0]), " | ")
	// the outer organisation wins over the place inside it; the title leaves
	// the person; a people, a coast and a named event are no names (the
	// event keeps the place inside it unmarked); a place in an unnamed
	// mention is kept.
	want := "organisation:Harbour Council of Tromso | person:Alma Stenvik | place:Vardo | person:Stenvik"
	if got != want {
		t.Fatalf("spans\n got %s\nwant %s\ntext %q", got, want, docs[0].Text)
	}
}

// An Entity annotation left open at the end of a sentence or a stray closing
// bracket loses that mention only, never the document.
func TestReadGUMBrokenMentions(t *testing.T) {
	doc := "# newdoc id = GUM_news_broken\n" + gumLines(
		"Oslo PROPN NNP 2 (1-place-new-sssss-cf1-1-sgl",
		"grew VERB VBD 0 _",
		". PUNCT . 2 _") + gumLines(
		"Bergen PROPN NNP 2 (2-place-new-sssss-cf1-1-sgl)9)",
		"grew VERB VBD 0 _",
		". PUNCT . 2 _")
	docs, err := ReadGUM(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(spanTexts(docs[0]), " | "); got != "place:Bergen" {
		t.Fatalf("spans %q, want place:Bergen", got)
	}
}
