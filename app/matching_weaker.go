package app

// Weaker matches: the sentences a claim's proposals hold back because they score under the
// bar, shown apart so that an analyst reading proposals one by one can look further down.
// The all-accept protocol of docs/verification-eval.md misses most paraphrases this way
// (they score above 0 but under DefaultMatchThreshold); the analyst decides on each, as on
// a proposal (MatchService.Accept, Reject).

// weakerFloor is the lowest score a weaker match may have. Chosen on the twelve dev
// stories (docs/verification-eval.md, "Weaker matches"): after the all-accept protocol,
// read down to 0.01 the weaker matches hold 78 of the 264 missed gold mentions among 789
// sentences; down to 0.10, 59 among 224. Under 0.10 one sentence in 18 is right (4 of 72
// between 0.08 and 0.10, 7 of 161 between 0.05 and 0.08), over it one in 4 (14 of 52
// between 0.10 and 0.12): the floor is where reading stops paying.
const weakerFloor = 0.10

// The page of weaker matches the claim page shows first (and adds on each "Show more") is
// 10 (frontend/src/api/matching.ts, WEAKER_PAGE): on the dev stories, with this floor, every
// missed gold mention the weaker matches hold is within the first 6 of its claim's, and a
// claim has at most 16 weaker matches at all (median 3); a large workspace has more,
// hence the paging.

// weakerPageMax bounds how many weaker matches one call returns.
const weakerPageMax = 500

// MatchProposals are one claim's proposals and, apart, its weaker matches.
type MatchProposals struct {
	// Threshold is the bar the proposals pass: DefaultMatchThreshold, or
	// StatementMatchThreshold for a claim matched by its statement alone.
	Threshold float64 `json:"threshold"`
	// Floor is the lowest score of a weaker match (0 when none were asked for).
	Floor float64 `json:"floor"`
	// Candidates are what MatchService.Propose returns: best first, at or above Threshold.
	Candidates []MatchCandidate `json:"candidates"`
	// Weaker are the best of the sentences scoring at least Floor but under Threshold, best
	// first (as many as were asked for); WeakerTotal counts them all.
	Weaker      []MatchCandidate `json:"weaker"`
	WeakerTotal int              `json:"weakerTotal"`
}

// Proposals returns claim id's proposals (Propose's) and the first weaker of its weaker
// matches: sentences that score under the bar but at least weakerFloor, with the same
// evidence and under the same rules (a rejected sentence, the claim's own mentions and
// another claim's are never among them). Asking again for more (10, then 20, ...) pages:
// the longer list begins with the shorter one.
func (s *MatchService) Proposals(claimID int64, weaker int) (MatchProposals, error) {
	if weaker < 0 || weaker > weakerPageMax {
		return MatchProposals{}, Invalid("the number of weaker matches must be between 0 and %d; got %d", weakerPageMax, weaker)
	}
	c, err := s.ws.claimCorpus(s.ws.DB().Q, claimID)
	if err != nil {
		return MatchProposals{}, err
	}
	return s.ws.proposals(c, claimID, DefaultMatchThreshold, weaker)
}
