package app

import (
	"testing"
)

// A word of a script written without spaces, typed or pasted decomposed: "が" as "か" and
// U+3099 (the combining voiced mark), as text copied from some PDFs and from macOS file
// names arrives. Articles are stored composed (NFC), so the search, an article picker and
// the claims filter, which find such words by their bytes, found nothing. Our own words.
func TestDecomposedWordOfAScriptWithoutSpacesIsFound(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	if _, err := svc.Import.ImportPasted(PastedArticle{Title: "フェリーが止まった", Outlet: "Minato Shimbun", Body: "港のフェリーが止まったと船長は述べた。\n"}); err != nil {
		t.Fatal(err)
	}
	claim, err := svc.Claims.Create(ClaimInput{Statement: "港のフェリーが止まった"})
	if err != nil {
		t.Fatal(err)
	}
	typed := "か\u3099止まった" // "が止まった", decomposed
	hits, err := svc.Search.Search(typed, 20)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, h := range hits {
		kinds[h.Kind]++
	}
	if kinds["article"] != 1 || kinds["claim"] != 1 {
		t.Errorf("search %q: %+v; want the article and the claim", typed, hits)
	}
	if found, err := svc.Articles.Find(typed, 10); err != nil || len(found) != 1 {
		t.Errorf("article picker %q: %+v %v; want the article", typed, found, err)
	}
	if p, err := svc.Claims.ListPage(ClaimFilter{Text: typed}, 0, 10); err != nil || p.Total != 1 || p.Items[0].ID != claim.ID {
		t.Errorf("claims filter %q: %+v %v; want claim %d", typed, p, err, claim.ID)
	}
}
