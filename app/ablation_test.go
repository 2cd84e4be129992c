package app

import (
	"fmt"
	"os"
	"strings"

	"claimdesk/app/match"
)

// MATCH_GUARD_OFF switches guards of the match score off for a scorer run
// (TestStoriesEval, TestECBPlusEval, TestMatchPrecisionRecall), one comma-separated name
// each: role, participant, events (all event gates: CompareEvents(..., false)), otherevent,
// othermain, otherpeople, otherperson (r14prec: the people factor only when no person is
// shared), figure, held; r14role's described (a participant named by role
// meets no name: match/described.go); r14frame's phrasalsplit (with MATCH_LEVER=phrasal:
// no split reading). MATCH_LEVER=phrasal turns on the reading of verbs of several words
// (match.PhrasalReading, off as shipped); r14deny2's receipt (a warning denied by its
// receipt) and thatdenied (a pronoun denial of the sentence before). docs/verification-eval.md, "The guards on ECB+
// (r14gate)".

func init() {
	if os.Getenv("MATCH_LEVER") == "phrasal" {
		match.PhrasalReading = true
	} else if os.Getenv("MATCH_LEVER") != "" {
		panic(fmt.Sprintf("MATCH_LEVER: no lever %q", os.Getenv("MATCH_LEVER")))
	}
	for _, g := range strings.Split(os.Getenv("MATCH_GUARD_OFF"), ",") {
		switch strings.TrimSpace(g) {
		case "":
		case "role":
			match.Ablation.RoleConflict = true
		case "participant":
			match.Ablation.ParticipantGate = true
		case "otherevent":
			match.Ablation.OtherEvent = true
		case "othermain":
			match.Ablation.OtherMain = true
		case "otherpeople":
			match.Ablation.OtherPeople = true
		case "otherperson":
			match.Ablation.OtherPerson = true
		case "figure":
			match.Ablation.FigureClash = true
		case "held":
			match.Ablation.Held = true
		case "events":
			match.Ablation.Events = true
		case "phrasalsplit":
			match.Ablation.PhrasalSplit = true
		case "described":
			match.Ablation.Described = true
		case "known":
			match.Ablation.Known = true
		case "background":
			match.Ablation.Background = true
		case "part":
			match.Ablation.Part = true
		case "receipt":
			match.Ablation.Receipt = true
		case "unknownevent":
			match.Ablation.UnknownEvent = true
		case "clausedenied":
			match.Ablation.ClauseDenied = true
		case "thatdenied":
			match.Ablation.ThatDenied = true
		case "contraryafter":
			match.Ablation.ContraryAfter = true
		case "question": // r14count (match/counts.go)
			match.Ablation.Question = true
		case "others":
			match.Ablation.Others = true
		case "otherfigure":
			match.Ablation.OtherFigure = true
		default:
			panic(fmt.Sprintf("MATCH_GUARD_OFF: no guard %q", g))
		}
	}
}
