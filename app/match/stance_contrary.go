package match

// A mention that says a state contrary to its claim's statement denies the claim, though
// it carries no word of denial: "The system was working." toward "the sprinkler system had
// been switched off", "It was still burning at lunchtime." toward "the fire was put out
// early on Tuesday" (Contrary: one concept, two values, one subject, one time). Read as
// asserting, such a mention made a false contradiction with the disputing sentence before
// it ("X calls that a lie.", which denies), and the stance the dev stories' gold gives it
// is denies (r14contra3).

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
