package app

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// goldClaim is a hand-labelled claim over the seeds, written from reading the texts:
// the claim's statement, the sentence marked as its mention (by a needle inside it),
// the sentences of other articles that state the same thing (positives), and the
// sentences that are arguably about it (touching it without stating it, or stating a
// part of it) and so count neither way. Every other proposal is a false positive.
type goldClaim struct {
	name       string
	statement  string
	mention    string
	positives  []string
	acceptable []string
}

var goldClaims = []goldClaim{
	{"troops", "North Korea sent troops to support Russia",
		"North Korea has sent troops to support Russia in Ukraine", // 000, a bullet
		[]string{
			"disclosed the deployment of North Korean troops",     // 002
			"North Korea has deployed around 11,000 elite troops", // 004
		},
		[]string{
			"since troops were first deployed to Russia",               // 004: casualties since deployment
			"Umerov added that North Korea had considered sending",     // 004: sending more troops
			"four known rotations of North Korean units",               // 004
			"Images released by the KCNA depicted North Korean forces", // 001: forces on the Russian side
		}},
	{"treaty", "Putin and Kim Jong-un signed a mutual defence treaty in June 2024",
		"following the mutual defense treaty signed on June 19, 2024", // 001
		[]string{
			"was signed during the meeting between Russian President Vladimir Putin", // 000 "in June of last year"
			"with the two leaders signing a treaty",                                  // 002
			"sinced a mutual defense treaty last June",                               // 004
		},
		[]string{
			"The bilateral treaty includes a mutual defense clause",  // 000
			"Since the signing of the treaty, military cooperation",  // 000
			"This agreement not only solidified a mutual defense",    // 000
			"comprehensive strategic partnership treaty between the", // 000: its anniversary
			"Lyubimova led a Russian culture ministry delegation",    // 004: its anniversary
			"since the treaty’s signing",                             // 004
		}},
	{"arrival", "Lyubimova arrived in Pyongyang on Saturday leading a culture ministry delegation",
		"Lyubimova, leading a delegation from the culture ministry, arrived in Pyongyang on Saturday", // 001
		[]string{
			"Lyubimova’s delegation touched down in Pyongyang on Saturday",     // 000
			"arrived in North Korea on Saturday with a 125-strong delegation",  // 002
			"Lyubimova led a Russian culture ministry delegation to Pyongyang", // 004 "arriving on June 28"
		},
		[]string{
			"Russian Culture Minister Olga Lyubimova visits North Korea.",       // 000 bullet: visits
			"has made a visit to North Korea, celebrating",                      // 000
			"Just ahead of Lyubimova’s arrival",                                 // 000
			"Among those in the delegation were performers",                     // 002
			"North Korean leader Kim Jong-un met with Russian Culture Minister", // 004: in Pyongyang
		}},
	{"meeting", "Kim Jong-un met Lyubimova at the ruling party's Central Committee headquarters, with Russian Ambassador Alexandr Matsegora attending",
		"The meeting took place on Sunday at the ruling party’s Central Committee headquarters", // 001
		[]string{
			"The meeting took place at the headquarters of the ruling Workers' Party", // 004
		},
		[]string{
			"North Korean leader Kim Jong-un met with Russian Culture Minister", // 004: the meeting
			"Kim’s daughter, known as Ju-ae, appeared beside him",               // 004: at the meeting
		}},
	{"guide", "Kim said the cultural sector should guide relations between the two countries",
		"Kim noted, “It is essential for the cultural sector", // 001
		[]string{
			"It is important for the cultural sector to guide the relations", // 004
		},
		[]string{
			"Kim also emphasized the role of cultural and artistic exchange", // 004
		}},
	{"heights", "Lyubimova said cultural cooperation between the two countries has reached unprecedented heights",
		"cooperation in the cultural sphere between our countries has reached unprecedented heights", // 002
		[]string{
			"asserting that bilateral cultural cooperation has reached unprecedented heights", // 001
			"added that cultural cooperation between the countries had reached its highest",   // 004
		},
		[]string{
			"Kim Jong-un and Olga Lyubimova discussed cultural cooperation", // 001
		}},
	{"daughter", "Kim's daughter Ju-ae appeared with him at the meeting with Lyubimova",
		"was observed alongside him during the meeting with Lyubimova", // 001
		[]string{
			"Kim’s daughter, known as Ju-ae, appeared beside him", // 004
		}, nil},
	{"exchanges", "Kim acknowledged broad exchanges and cooperation across sectors since the treaty",
		"Kim acknowledged the extensive and profound exchanges", // 001
		[]string{
			"Kim noted what he described as", // 004
		},
		[]string{
			"He said these developments", // 004: the sentence after
		}},
	{"choir", "Performers of the Pyatnitsky Choir and the Gzhel dance troupe came with the delegation",
		"Among those in the delegation were performers from the Pyatnitsky Choir", // 002
		[]string{
			"members of the renowned Pyatnitsky Choir and Gzhel", // 000
		},
		[]string{
			"The Pyatnitsky Choir, known for its historical performances", // 000
		}},
	{"anniversary", "The visit marks the first anniversary of the comprehensive strategic partnership treaty",
		"celebrating the first anniversary of the comprehensive strategic partnership treaty", // 000
		[]string{
			"Lyubimova's visit celebrated the first anniversary of their strategic partnership", // 001 bullet
			"to mark the first anniversary of the countries' comprehensive strategic",           // 004
		},
		[]string{
			"coinciding with the first anniversary",                        // 001
			"marking the first anniversary of their strategic partnership", // 001 FAQ
		}},
	// Claims of the 2024 article (003) that no other article makes: every proposal is wrong,
	// including the 2025 delegation's arrival (a different delegation, a year later).
	{"maluishev", "Vice Culture Minister Andrei Maluishev led a Russian delegation to Pyongyang for the 75th anniversary of a cultural agreement",
		"The delegation led by Russia's Vice Culture Minister Andrei Maluishev", nil, nil},
	{"workers", "Around 300 North Korean workers arrived at a train station near Vladivostok",
		"around 300 people presumed to be North Korean workers", nil, nil},
}

// sentenceIn reports whether candidate [start, end) of article covers needle.
func covers(svc *Services, articleID int64, start, end int64, needle string) bool {
	a, err := svc.Articles.Get(articleID)
	if err != nil {
		return false
	}
	i := strings.Index(a.Body, needle)
	if i < 0 {
		return false
	}
	s := int64(len([]rune(a.Body[:i])))
	return s >= start && s < end
}

type scored struct {
	claim, quote string
	score        float64
	label        string // tp | fp | ok (acceptable)
}

// runGold marks each gold claim's mention and collects Propose's candidates (at a low
// threshold, so precision/recall can be read at several thresholds).
func runGold(t *testing.T, ws *Workspace, svc *Services) (all []scored, positives int, found map[string]float64) {
	t.Helper()
	c, err := ws.loadCorpus(ws.DB().Q)
	if err != nil {
		t.Fatal(err)
	}
	found = map[string]float64{} // "claim|needle" → best score
	for _, g := range goldClaims {
		a, s, e := articleWith(t, svc, "", g.mention)
		d, err := svc.Claims.AddMention(MentionInput{NewStatement: g.statement, ArticleID: a.ID, Start: s, End: e})
		if err != nil {
			t.Fatal(err)
		}
		cands, err := ws.propose(c, d.ID, 0.01)
		if err != nil {
			t.Fatal(err)
		}
		positives += len(g.positives)
		for _, cd := range cands {
			label := "fp"
			for _, p := range g.positives {
				if covers(svc, cd.ArticleID, cd.Start, cd.End, p) {
					label = "tp"
					if cd.Score > found[g.name+"|"+p] {
						found[g.name+"|"+p] = cd.Score
					}
				}
			}
			if label == "fp" {
				for _, p := range g.acceptable {
					if covers(svc, cd.ArticleID, cd.Start, cd.End, p) {
						label = "ok"
					}
				}
			}
			all = append(all, scored{g.name, cd.Quote, cd.Score, label})
		}
	}
	return all, positives, found
}

func precisionRecall(all []scored, positives int, found map[string]float64, th float64) (p, r float64, tp, fp int) {
	hit := 0
	for _, f := range found {
		if f >= th {
			hit++
		}
	}
	for _, s := range all {
		if s.score < th {
			continue
		}
		switch s.label {
		case "tp":
			tp++
		case "fp":
			fp++
		}
	}
	p = 1
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	return p, float64(hit) / float64(positives), tp, fp
}

// TestMatchPrecisionRecall measures Propose on the hand-labelled pairs and prints
// precision and recall at several thresholds; the default threshold must reach 0.70/1.00.
func TestMatchPrecisionRecall(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	all, positives, found := runGold(t, ws, svc)
	var b strings.Builder
	fmt.Fprintf(&b, "matching on the seeds: %d claims, %d positive pairs\n", len(goldClaims), positives)
	fmt.Fprintf(&b, "threshold  precision  recall  proposals(tp/fp)\n")
	ths := []float64{0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.50}
	if !slices.Contains(ths, DefaultMatchThreshold) {
		ths = append(ths, DefaultMatchThreshold)
		sort.Float64s(ths)
	}
	for _, th := range ths {
		p, r, tp, fp := precisionRecall(all, positives, found, th)
		mark := ""
		if th == DefaultMatchThreshold {
			mark = "  <- default"
		}
		fmt.Fprintf(&b, "%9.2f  %9.2f  %6.2f  %d/%d%s\n", th, p, r, tp, fp, mark)
	}
	t.Log("\n" + b.String())
	if testing.Verbose() {
		sort.Slice(all, func(i, j int) bool { return all[i].score > all[j].score })
		for _, s := range all {
			if s.score >= 0.15 {
				t.Logf("%.3f %s %-11s %.90s", s.score, s.label, s.claim, s.quote)
			}
		}
		for _, g := range goldClaims {
			for _, p := range g.positives {
				if found[g.name+"|"+p] < DefaultMatchThreshold {
					t.Logf("missed %s: %q (best %.3f)", g.name, p, found[g.name+"|"+p])
				}
			}
		}
	}
	// Was 0.7/0.7 (the old matcher: 0.77/1.00 at 0.29). Issue 14's matcher, fitted on the
	// gold stories, gave 0.46/0.94 here at its threshold 0.25: the seeds are five articles
	// about one visit, where many sentences report arrivals of other delegations, and the
	// event classes that find paraphrases on the stories also brought those closer
	// (lowered on branch r14m). Raised on branch r14p to 0.71/1.00 at 0.27: a shared event
	// now needs a shared participant, people are compared before countries, and an article
	// published months away is discounted (docs/verification-eval.md). Raised on branch
	// r14q to 0.80/1.00 (measured 0.81/1.00): a repeat later in an article must tell the
	// claim's event, which keeps out three wrong same-article proposals here.
	p, r, _, _ := precisionRecall(all, positives, found, DefaultMatchThreshold)
	if p < 0.80 || r < 1 {
		t.Fatalf("at the default threshold %.2f: precision %.2f, recall %.2f; want ≥ 0.80 and 1", DefaultMatchThreshold, p, r)
	}
}

// articleIndex maps a seed's number ("000") to its article, by a sentence only it has.
func seedArticles(t *testing.T, svc *Services) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for seed, needle := range map[string]string{
		"000": "Lyubimova’s delegation touched down",
		"001": "Seoul, June 30 (NationPress)",
		"002": "(Reuters) -Russian Culture Minister",
		"003": "Andrei Maluishev arrives in Pyongyang",
		"004": "Rustem Umerov said",
	} {
		a, _, _ := articleWith(t, svc, "", needle)
		out[seed] = a.ID
	}
	return out
}

func proposedIn(cands []MatchCandidate, articleID int64, needle string) bool {
	for _, c := range cands {
		if c.ArticleID == articleID && strings.Contains(c.Quote, needle) {
			return true
		}
	}
	return false
}

// From the statement alone (a claim with no mentions yet), the troop claim is found in
// 000, 002 and 004 with their different figures, and the treaty signing in 000, 001,
// 002 and 004.
func TestProposeFromStatementFindsTheSeedClaims(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	seeds := seedArticles(t, svc)
	troops, err := svc.Claims.Create(ClaimInput{Statement: "North Korea sent troops to support Russia"})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := svc.Matching.Propose(troops.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct{ seed, needle string }{
		{"000", "North Korea has sent troops to support Russia in Ukraine"}, // no figure
		{"000", "reportedly sending thousands of troops"},                   // "thousands"
		{"002", "disclosed the deployment of North Korean troops"},          // no figure
		{"004", "North Korea has deployed around 11,000 elite troops"},      // "around 11,000"
	} {
		if !proposedIn(cands, seeds[want.seed], want.needle) {
			t.Errorf("troops: %s %q not proposed", want.seed, want.needle)
		}
	}
	for _, c := range cands {
		if c.ArticleID == seeds["003"] {
			t.Errorf("troops: 003 (2024, no troops) proposed: %q %.3f", c.Quote, c.Score)
		}
		if strings.Contains(c.Quote, "around 11,000 elite troops") && (len(c.SharedEntities) == 0 || c.Score <= 0 || c.Score > 1) {
			t.Errorf("evidence: %+v", c)
		}
	}
	treaty, _ := svc.Claims.Create(ClaimInput{Statement: "Putin and Kim Jong-un signed a mutual defence treaty in June 2024"})
	cands, err = svc.Matching.Propose(treaty.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct{ seed, needle string }{
		{"000", "was signed during the meeting between Russian President Vladimir Putin"},
		{"001", "following the mutual defense treaty signed on June 19, 2024"},
		{"002", "with the two leaders signing a treaty"},
		{"004", "sinced a mutual defense treaty last June"},
	} {
		if !proposedIn(cands, seeds[want.seed], want.needle) {
			t.Errorf("treaty: %s %q not proposed", want.seed, want.needle)
		}
	}
	// figures as evidence: "thousands" and "around 11,000" troops agree
	withMention, _ := svc.Claims.Create(ClaimInput{Statement: "North Korea deployed thousands of troops to Russia"})
	cands, _ = svc.Matching.Propose(withMention.ID)
	found := false
	for _, c := range cands {
		for _, f := range c.Figures {
			if f.Claim == "thousands" && f.Candidate == "around 11,000" {
				found = true
				if !f.Compatible {
					t.Errorf("thousands vs around 11,000 troops must be compatible: %+v", f)
				}
			}
		}
	}
	if !found {
		t.Errorf("no figure evidence thousands ~ 11,000 in %+v", cands)
	}
}

func TestMatchAcceptRejectUndo(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	seeds := seedArticles(t, svc)
	a0, s0, e0 := articleWith(t, svc, "", "North Korea has sent troops to support Russia in Ukraine")
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "North Korea sent troops to support Russia", ArticleID: a0.ID, Start: s0, End: e0})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := svc.Matching.Propose(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cands {
		if c.ArticleID == a0.ID {
			t.Fatalf("an article with an accepted mention is proposed again: %+v", c)
		}
	}
	var in4, in2 []CandidateRef
	for _, c := range cands {
		ref := CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score}
		if c.ArticleID == seeds["004"] && strings.Contains(c.Quote, "11,000 elite troops") {
			in4 = append(in4, ref)
		}
		if c.ArticleID == seeds["002"] {
			in2 = append(in2, ref)
		}
	}
	if len(in4) != 1 || len(in2) == 0 {
		t.Fatalf("want the 004 and 002 sentences proposed: %+v", cands)
	}
	before := countRows(t, ws, "spans", "claim_mentions")
	// accept 004's sentence and reject 002's, each in one action
	d, err = svc.Matching.Accept(d.ID, in4)
	if err != nil {
		t.Fatal(err)
	}
	if d.Articles != 2 {
		t.Fatalf("accepted: %d articles", d.Articles)
	}
	m := mentionIn(t, d, seeds["004"])
	if m.State != "accepted" || !strings.Contains(m.Quote, "11,000 elite troops") {
		t.Fatalf("mention: %+v", m)
	}
	// the Undo button names the action in words, singular or plural as it is
	if hs, _ := svc.History.State(); hs.UndoLabel != "add 1 mention from other articles to “"+clipLabel("North Korea sent troops to support Russia")+"”" {
		t.Errorf("undo label after accepting one: %q", hs.UndoLabel)
	}
	if _, err := svc.Matching.Reject(d.ID, in2); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("reject %d proposed sentences for “%s”", len(in2), clipLabel("North Korea sent troops to support Russia"))
	if len(in2) == 1 {
		want = "reject 1 proposed sentence for “" + clipLabel("North Korea sent troops to support Russia") + "”"
	}
	if hs, _ := svc.History.State(); hs.UndoLabel != want {
		t.Errorf("undo label after rejecting: %q; want %q", hs.UndoLabel, want)
	}
	after := countRows(t, ws, "spans", "claim_mentions")
	if after["spans"] != before["spans"]+1+len(in2) || after["claim_mentions"] != before["claim_mentions"]+1+len(in2) {
		t.Fatalf("rows: %v → %v", before, after)
	}
	cands, _ = svc.Matching.Propose(d.ID)
	for _, c := range cands {
		if c.ArticleID == seeds["004"] || (c.ArticleID == seeds["002"] && c.Start == in2[0].Start) {
			t.Fatalf("decided sentence proposed again: %+v", c)
		}
	}
	// the rejected sentence stays out of the claim's counts
	d, _ = svc.Claims.Get(d.ID)
	if d.Articles != 2 {
		t.Fatalf("rejected mentions must not count: %d articles", d.Articles)
	}
	// rejecting an accepted mention is refused; accepting twice changes nothing
	_, err = svc.Matching.Reject(d.ID, in4)
	wantCode(t, err, CodeConflict, "already a mention")
	if _, err := svc.Matching.Accept(d.ID, in4); err != nil {
		t.Fatal(err)
	}
	if n := countRows(t, ws, "spans")["spans"]; n != after["spans"] {
		t.Fatalf("accepting twice added spans: %d → %d", after["spans"], n)
	}
	// a rejected sentence can still be accepted: the same span turns accepted
	d, err = svc.Matching.Accept(d.ID, in2[:1])
	if err != nil {
		t.Fatal(err)
	}
	if mentionIn(t, d, seeds["002"]).State != "accepted" || countRows(t, ws, "spans")["spans"] != after["spans"] {
		t.Fatalf("accept after reject: %+v", d.Mentions)
	}
	// undo the accept of the rejected sentence, then the reject: 000 and 004 remain
	for i := 0; i < 2; i++ {
		if _, err := svc.History.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	d, _ = svc.Claims.Get(d.ID)
	if len(d.Mentions) != 2 || d.Articles != 2 {
		t.Fatalf("after undoing the reject: %+v", d.Mentions)
	}
	// then the first accept: only the analyst's own mention in 000
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	d, _ = svc.Claims.Get(d.ID)
	if len(d.Mentions) != 1 || countRows(t, ws, "spans")["spans"] != before["spans"] {
		t.Fatalf("after undoing the accept: %+v", d.Mentions)
	}
	mustCheck(t, ws)
}

func TestMatchRefusals(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	_, err := svc.Matching.Propose(999)
	wantCode(t, err, CodeNotFound, "claim 999")
	a, s, e := articleWith(t, svc, "", "North Korea has sent troops")
	d, _ := svc.Claims.Create(ClaimInput{Statement: "troops"})
	_, err = svc.Matching.Accept(999, []CandidateRef{{ArticleID: a.ID, Start: s, End: e}})
	wantCode(t, err, CodeNotFound, "claim 999")
	_, err = svc.Matching.Accept(d.ID, nil)
	wantCode(t, err, CodeInvalid, "no candidates")
	_, err = svc.Matching.Reject(d.ID, []CandidateRef{{ArticleID: 999, Start: 0, End: 4}})
	wantCode(t, err, CodeNotFound, "article 999")
	_, err = svc.Matching.Accept(d.ID, []CandidateRef{{ArticleID: a.ID, Start: s, End: e, Quote: "something else"}})
	wantCode(t, err, CodeInvalid, "")
	_, err = svc.Matching.Accept(d.ID, []CandidateRef{{ArticleID: a.ID, Start: s, End: e, Score: 2}})
	wantCode(t, err, CodeInvalid, "score")
	_, err = svc.Matching.ProposeAll(1.5)
	wantCode(t, err, CodeInvalid, "minScore")
	all, err := svc.Matching.ProposeAll(0)
	if err != nil || len(all) != 1 || all[0].ClaimID != d.ID {
		t.Fatalf("ProposeAll: %+v %v", all, err)
	}
}
