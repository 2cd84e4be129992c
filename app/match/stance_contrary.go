package match

// A sentence that only disputes what went before it ("Farmers near the mill say
// otherwise.") and is followed by an account contrary to the claim's statement ("It was
// still burning at noon.") denies the claim, by that account (r14contra3). The account
// itself keeps the stance its words read (asserts, mostly): its contradiction with the
// claim's mentions is then of kind contrary, with the reason in words, on the claim page.
// Reading it as denying too was tried (dev contradictions 90 of 104 -> 90 of 103) and
// dropped: the claim page's contrary pairs became stance pairs without their reason, and
// the full suite's closed floors of stance fell.

// contraryCue is the words of mention that say a state contrary to statement's, as "X
// against Y" ("" when none).
func contraryCue(statement, mention string) string {
	st := ReadStates(statement)
	if len(st.States) == 0 {
		return ""
	}
	sa, sb, contra, _ := Contrary(st, ReadStates(mention))
	if !contra {
		return ""
	}
	return sb.Words + " against " + sa.Words
}

// disputedByWhatFollows is the cue of a mention that only disputes what went before it
// ("Farmers near the mill say otherwise.", DeniesWhatWentBefore) when the sentence after
// it in text says a state contrary to statement ("It was still burning at noon."): the
// dispute is the claim denied, by the account it introduces ("" otherwise). The sentences
// are split only for such a mention.
func disputedByWhatFollows(statement string, rs []rune, start, end int) string {
	if !DeniesWhatWentBefore(string(rs[start:end])) {
		return ""
	}
	for _, sn := range Sentences(string(rs)) {
		if sn.Start >= end {
			return contraryCue(statement, string(rs[sn.Start:sn.End]))
		}
	}
	return ""
}
