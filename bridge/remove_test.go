package bridge_test

import (
	"net/http"
	"strings"
	"testing"
)

// ArticleService.Remove through the browser door with the arguments a hostile or careless
// script sends: each is refused with {code, message} naming what is wrong, and no article
// goes. Then one real id repeated 50,000 times removes that one story.
func TestRemoveThroughTheBridgeWithBadIDs(t *testing.T) {
	h := startServer(t)
	before := countArticles(t, h)
	for _, c := range []struct{ body, code, says string }{
		{`[["abc"]]`, "invalid", ""},
		{`[[1.5]]`, "invalid", ""},
		{`[[1e30]]`, "invalid", ""},
		{`[[null]]`, "invalid", "positive"},
		{`[null]`, "invalid", "no article"},
		{`[[]]`, "invalid", "no article"},
		{`[[-3]]`, "invalid", "positive"},
		{`[[1, 999999]]`, "not_found", "999999"},
		{`[]`, "invalid", ""},
		{`[{"ids":[1]}]`, "invalid", ""},
	} {
		for _, method := range []string{"Remove", "PreviewRemove"} {
			resp := h.call(t, "ArticleService", method, c.body)
			if resp.StatusCode == http.StatusOK {
				t.Errorf("%s %s: 200", method, c.body)
				continue
			}
			p := errorPayload(t, resp)
			if string(p.Code) != c.code || !strings.Contains(p.Message, c.says) {
				t.Errorf("%s %s: %s %q, want %s saying %q", method, c.body, p.Code, p.Message, c.code, c.says)
			}
		}
	}
	if n := countArticles(t, h); n != before {
		t.Fatalf("refused calls changed the article count %d -> %d", before, n)
	}
	ids := strings.TrimSuffix(strings.Repeat("1,", 50000), ",")
	resp := h.call(t, "ArticleService", "Remove", "[["+ids+"]]")
	wantStatus(t, resp, http.StatusOK)
	if n := countArticles(t, h); n != before-1 {
		t.Errorf("one id repeated: %d articles left of %d, want one fewer", n, before)
	}
}
