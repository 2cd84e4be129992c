package app

import (
	"fmt"
	"sort"
	"strings"

	"claimdesk/app/reading"
	"claimdesk/db/store"
)

// GradeService suggests a credibility grade per claim from its independent confirmations
// and contradictions, and records the analyst's acceptance or override as an assessment.
type GradeService struct {
	ws *Workspace
}

// GradeSuggestion is a suggested Admiralty credibility grade with its reasons.
type GradeSuggestion struct {
	ClaimID     int64    `json:"claimId"`
	Credibility int64    `json:"credibility"`
	Label       string   `json:"label"`
	Reasons     []string `json:"reasons"`
	Articles    int      `json:"articles"`
	Origins     int      `json:"origins"`
	OriginNames []string `json:"originNames"`
	AsOf        string   `json:"asOf"`
}

// Suggest returns the suggested grade of a claim now.
func (s *GradeService) Suggest(claimID int64) (GradeSuggestion, error) {
	return s.SuggestAsOf(claimID, "")
}

// SuggestAsOf returns the grade that would have been suggested on a past date
// ("YYYY-MM-DD"; "" = now), from the mentions and origins recorded by then.
func (s *GradeService) SuggestAsOf(claimID int64, asOf string) (GradeSuggestion, error) {
	snap, err := loadSnapshot(s.ws.Context(), s.ws.DB().Q, asOf, claimScope(asOf, claimID))
	if err != nil {
		return GradeSuggestion{}, err
	}
	c := snap.byID[claimID]
	if c == nil {
		if _, err := s.ws.DB().Q.GetClaim(s.ws.Context(), claimID); err == nil {
			return GradeSuggestion{}, NotFound("claim %d did not exist on %s", claimID, asOf)
		}
		return GradeSuggestion{}, NotFound("claim %d does not exist", claimID)
	}
	g := snap.suggest(c)
	g.AsOf = asOf
	return g, nil
}

// Accept stores the current suggestion as an assessment (origin "suggested", the reasons
// as its rationale), when it is the grade the analyst was shown (credibility: what the
// button named, "Accept suggestion" or "Replace 3 with 4") and it replaces the grade the
// page showed as current (current: the 3 of "Replace 3 with 4"; 0 when the claim showed
// none). A suggestion or a current grade that moved since (another window graded a
// source or the claim) is refused with conflict naming it now, and nothing is stored:
// it would be a verdict the analyst never saw, or replace one they never saw.
// Assessments are appended: the claim's earlier grades stay in its history.
func (s *GradeService) Accept(claimID, credibility, current int64) (Assessment, error) {
	if err := checkCredibility(credibility); err != nil {
		return Assessment{}, err
	}
	if current != 0 && CredibilityLabel(current) == "" {
		return Assessment{}, Invalid("the current grade shown must be 1–6, or 0 for none; got %d", current)
	}
	var id int64
	label := fmt.Sprintf("accept suggested grade %d for claim %d", credibility, claimID)
	err := s.ws.change(label, func(c *changeSet) error {
		cl, err := c.q.GetClaim(c.ctx, claimID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("claim %d", claimID))
		}
		// read in the change's transaction: nothing can move it between the check and the save
		snap, err := loadSnapshot(c.ctx, c.q, "", claimScope("", claimID))
		if err != nil {
			return err
		}
		sc := snap.byID[claimID]
		if sc == nil {
			return NotFound("claim %d does not exist", claimID)
		}
		graded, err := c.q.ListAssessmentsForClaim(c.ctx, claimID)
		if err != nil {
			return err
		}
		if now := currentGrade(graded); now != current {
			return Conflict("The claim's grade is now %s, not the %s the page showed: it was graded since (in another window or program). Nothing was saved; read the claim again.",
				gradeText(now), gradeText(current))
		}
		sug := snap.suggest(sc)
		if sug.Credibility != credibility {
			return Conflict("The suggested grade is now %d %s, not the %d %s you accepted: the claim or its sources changed since it was shown. Nothing was saved; read the suggestion again.",
				sug.Credibility, sug.Label, credibility, CredibilityLabel(credibility))
		}
		rationale := "Suggested grade accepted: " + strings.Join(sug.Reasons, "; ")
		c.summary = fmt.Sprintf("accept suggested grade for “%s”: %d (%s)", clipLabel(cl.Statement), sug.Credibility, sug.Label)
		id, err = c.q.CreateAssessment(c.ctx, store.CreateAssessmentParams{
			ClaimID: claimID, Credibility: sug.Credibility, Rationale: rationale,
			Analyst: c.ws.Analyst, Origin: "suggested", AssessedAt: c.at,
		})
		if err != nil {
			return err
		}
		if err := c.created("assessments", id); err != nil {
			return err
		}
		return c.touchClaim(claimID)
	})
	if err != nil {
		return Assessment{}, err
	}
	list, err := s.ws.assessmentsForClaim(s.ws.DB().Q, claimID)
	if err != nil {
		return Assessment{}, err
	}
	for _, a := range list {
		if a.ID == id {
			return a, nil
		}
	}
	return Assessment{}, NotFound("assessment %d does not exist", id)
}

// currentGrade is a claim's current grade: its newest assessment's (the list is newest
// first, as the claim page reads it), 0 when it has none.
func currentGrade(newestFirst []store.ListAssessmentsForClaimRow) int64 {
	if len(newestFirst) == 0 {
		return 0
	}
	return newestFirst[0].Credibility
}

// gradeText says a current grade in a message: "3 Possibly true", or "none" (ungraded).
func gradeText(c int64) string {
	if c == 0 {
		return "none"
	}
	return fmt.Sprintf("%d %s", c, CredibilityLabel(c))
}

// Override stores the analyst's own grade instead of the suggestion; the reason is required
// and becomes the assessment's rationale.
func (s *GradeService) Override(claimID, credibility int64, reason string) (Assessment, error) {
	if strings.TrimSpace(reason) == "" {
		return Assessment{}, Invalid("overriding the suggested grade needs a reason")
	}
	if err := checkCredibility(credibility); err != nil {
		return Assessment{}, err
	}
	return (&AssessmentService{ws: s.ws}).Add(AssessmentInput{ClaimID: claimID, Credibility: credibility, Rationale: reason})
}

// suggest applies the grading rules to a claim. The rules, first match wins (O = the number
// of independent origins behind the accepted mentions, as ClaimService counts them: the
// distinct roots of their origin chains; a contradiction = two mentions whose figures or
// dates conflict in the same unit, or one asserts what the other denies; an
// uncertainty = mentions that count different things (troops vs casualties: maybe
// different claims), or a modal hedge such as "reportedly", "likely", "allegedly"):
//
//	no accepted mention                       → 6 Truth cannot be judged
//	a contradiction                           → 4 Doubtful
//	O ≥ 2, no uncertainty                     → 1 Confirmed by other sources
//	O ≥ 2, with uncertainty                   → 2 Probably true
//	O = 1, origin reliability A or B          → 2 Probably true
//	O = 1, reliability C                      → 3 Possibly true
//	O = 1, reliability D or E                 → 4 Doubtful
//	O = 1, reliability F (cannot be judged)   → 6 Truth cannot be judged
//
// Repetition is not confirmation: three articles that all cite KCNA are one origin.
func (snap *snapshot) suggest(c *snapClaim) GradeSuggestion {
	g := GradeSuggestion{ClaimID: c.id, Reasons: []string{}, OriginNames: []string{}}
	articles := map[int64]bool{}
	origins := map[string]snapOrigin{}
	for _, m := range c.mentions {
		articles[snap.story(m.articleID)] = true
		if m.root.key != "" {
			origins[m.root.key] = m.root
		}
	}
	g.Articles, g.Origins = len(articles), len(origins)
	var names []string
	best := "F"
	for _, o := range origins {
		names = append(names, o.name)
		if o.reliability < best {
			best = o.reliability
		}
	}
	sort.Strings(names)
	g.OriginNames = orEmpty(names)
	set := func(cred int64, reason string) {
		g.Credibility, g.Label = cred, CredibilityLabel(cred)
		g.Reasons = append(g.Reasons, reason)
	}
	plural := func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	if len(c.mentions) == 0 {
		set(6, "no article states this claim yet")
		return g
	}
	summary := fmt.Sprintf("%s, %s", plural(g.Articles, "article", "articles"), plural(g.Origins, "independent origin", "independent origins"))
	if len(names) > 0 { // no origin to name: no colon with nothing after it
		summary += ": " + strings.Join(names, ", ")
	}
	// Each fact once (app/grade_reasons.go): the stance disagreement as one line of
	// groups, a figure conflict or difference that several pairs repeat listed once. A
	// pair stands for every mention of its two reading groups (asof_compare.go): its
	// reason says how many more it stands for, and a revision is named where one is.
	withOthers := func(p mentionPair) string {
		if o := c.comparison.others(p); o != "" {
			return p.reason() + " (" + o + ")"
		}
		return p.reason()
	}
	var valueConflicts, unitTexts []string
	var stancePairs []mentionPair
	valuePairs := map[string][]mentionPair{} // figure and date conflicts, said by value (valueGroups)
	for _, p := range c.comparison.conflicts() {
		switch {
		case p.cmp.Kind == "unit":
			unitTexts = append(unitTexts, withOthers(snap.shown(c, c.comparison, p)))
		case p.cmp.Kind == "stance":
			stancePairs = append(stancePairs, p)
		default:
			p = snap.shown(c, c.comparison, p)
			r := withOthers(p)
			if snap.revised(p.a.articleID, p.b.articleID) {
				r += " (two versions of one article: the text was revised)"
			} else if p.cmp.Kind == "figure" || p.cmp.Kind == "date" {
				valuePairs[p.cmp.Kind] = append(valuePairs[p.cmp.Kind], p)
				continue
			}
			valueConflicts = append(valueConflicts, r)
		}
	}
	var contradictions []string
	if s := snap.stanceGroups(c, c.comparison, stancePairs); s != "" {
		contradictions = append(contradictions, s)
	}
	for _, kind := range []string{"figure", "date"} {
		switch ps := valuePairs[kind]; len(ps) {
		case 0:
		case 1: // one pair: its own sentence says it best
			contradictions = append(contradictions, withOthers(ps[0]))
		default:
			contradictions = append(contradictions, snap.valueGroups(c, c.comparison, ps))
		}
	}
	contradictions = append(contradictions, countedOnce(valueConflicts, "pairs")...)
	// The number is the claim page's (contradictionCount); the lines under it name each
	// fact once (the stance disagreement as one line, a conflict several pairs repeat once).
	nContra := c.comparison.contradictionCount()
	contradictions = capped(contradictions)
	unitDiffs := capped(countedOnce(unitTexts, "pairs"))
	var hedged []*snapMention
	for _, m := range c.mentions {
		if reading.Modal(m.hedge) || reading.Modal(m.value.Hedge) {
			hedged = append(hedged, m)
		}
	}
	modal := capped(snap.hedgeGroups(hedged))
	switch {
	case len(contradictions) > 0:
		set(4, summary)
		g.Reasons = append(g.Reasons, withDetails(plural(nContra, "contradiction", "contradictions")+" between mentions", contradictions))
	case g.Origins >= 2 && len(unitDiffs) == 0 && len(modal) == 0:
		set(1, summary)
		g.Reasons = append(g.Reasons, "confirmed by two or more independent origins, with no contradiction")
	case g.Origins >= 2:
		set(2, summary)
		g.Reasons = append(g.Reasons, withDetails("two or more independent origins, with some uncertainty", append(unitDiffs, modal...)))
	default:
		var cred int64
		var why string
		switch best {
		case "A", "B":
			cred, why = 2, fmt.Sprintf("a single origin, graded %s (%s)", best, ReliabilityLabel(best))
		case "C":
			cred, why = 3, fmt.Sprintf("a single origin, graded C (%s)", ReliabilityLabel(best))
		case "D", "E":
			cred, why = 4, fmt.Sprintf("a single origin, graded %s (%s)", best, ReliabilityLabel(best))
		default:
			cred, why = 6, "a single origin whose reliability cannot be judged (F)"
		}
		set(cred, summary)
		g.Reasons = append(g.Reasons, why)
		if g.Articles > 1 {
			g.Reasons = append(g.Reasons, "repetition by several articles of one origin is not confirmation")
		}
		g.Reasons = append(g.Reasons, unitDiffs...)
		g.Reasons = append(g.Reasons, modal...)
	}
	if note := c.comparison.note(); note != "" {
		g.Reasons = append(g.Reasons, note)
	}
	return g
}

// withDetails is one reason that names what it rests on ("…, with some uncertainty: X;
// Y"): a heading ending in a colon, with its details as separate reasons, read as a
// sentence cut off wherever the reasons are shown or copied one by one.
func withDetails(reason string, details []string) string {
	if len(details) == 0 {
		return reason
	}
	return reason + ": " + strings.Join(details, "; ")
}

func firstText(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
