package app

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"claimdesk/app/geo"
	"claimdesk/app/reading"
	"claimdesk/app/stories"
)

// The verification scorer (issue 14; docs/verification-eval.md). Each gold story in
// testdata/stories is imported into its own real temp workspace through ImportService,
// then the analyst protocol runs through the real services:
//
//  1. for each gold claim, in gold order, the analyst marks its first gold mention
//     (ClaimService.AddMention with the quote's offsets; the statement is the quote);
//  2. then, for each of those claims in the same order, the analyst opens its proposals
//     (MatchService.Propose) and accepts them all (MatchService.Accept), as the UI's
//     "select all → Add as mentions" does: one round, nothing rejected.
//
// The figures compare what ended up in the app with the gold: pairwise P/R/F1 over
// same-claim mention pairs, hard negatives joined, independent-origin counts (exact
// share and mean absolute error), contradiction P/R and stance. Dev and closed stories are
// reported apart; error details are printed for dev stories only, so that the closed
// story stays a held-out test.

// evalFloors are the figures the scorer must keep reaching (a regression guard, set at
// what the app reached when they were last raised; raise them, never lower them).
type evalFloors struct {
	Precision, Recall, F1    float64
	HardNegativesJoined      int // at most
	OriginExact              float64
	OriginMAE                float64 // at most
	OriginExactGold          float64 // origin counts exact with the gold mentions (evalOriginsOfGold)
	ContraPrecision, ContraR float64
	StanceRight              float64 // share of the app's gold mentions with the gold stance
	StanceRightGold          float64 // the same with every gold mention in its claim (evalOriginsOfGold)
	OpposedFound             float64 // share of the gold denials and doubts found with that stance
	// with every gold mention of a claim in one claim (evalOriginsOfGold): the stance reading
	// and the contradiction finder apart from matching; 0 = no floor yet (the lead sets them)
	OpposedFoundGold                 float64
	ContraPrecisionGold, ContraRGold float64
	// share of the gold mentions the protocol missed that the first 10 weaker matches of
	// their claim hold (evalWeaker); 0 = no floor yet
	WeakerFound10 float64
}

// Set on main before issue 14's matcher (the "before" of docs/verification-eval.md),
// each figure cut (not rounded) to three decimals.
// Contradiction precision has no floor yet: today's 1.000 is vacuous (no contradiction
// is found at all), and a floor of 1 would punish the first real finding. Nor has the
// share of right stances: the app reads none today, so its 0.98 is only the share of
// asserting mentions among those that got joined.
var evalFloorsBySplit = map[stories.Split]evalFloors{
	// Dev: raised after issue 14's matcher (event classes, roles, aliases; branch r14m): pairs,
	// hard negatives and contradictions went up. Origin accuracy (0.703 -> 0.629, MAE
	// 0.334 -> 0.371) and the share of right stances (0.999 -> 0.987) went down with it:
	// more mentions end in a claim, and the wrongly joined ones bring their own origin and
	// stance (docs/verification-eval.md). Those three were lowered, knowingly; raise them next.
	// Raised after the participant guards and the origin inheritance rules (branch r14p):
	// precision 0.675 -> 0.727, F1 0.645 -> 0.663 (0.6639), origins exact 0.629 -> 0.740 (MAE
	// 0.371 -> 0.297), contradiction precision 0.645 -> 0.740. Recall fell by one pair
	// (81 -> 80 of 131: 0.618 -> 0.610; "the visit came at the invitation of our
	// government", said by "the Russian side", no longer meets the TASS line) and the
	// share of right stances by the ratio (the one wrong stance among 74 joined gold
	// mentions instead of 79: 0.987 -> 0.986); both lowered knowingly, said in
	// docs/verification-eval.md.
	// Branch r14q: repeats later in an article are proposed at the same bar as any sentence
	// when they tell the claim's event (two stories: recall 0.610 -> 0.694, F1 0.663 ->
	// 0.700, seed precision 0.71 -> 0.81; pairwise and contradiction precision fell, 0.727
	// -> 0.705 and 0.740 -> 0.638). Then two new dev stories (malacca-ferry-fire,
	// trieste-dock-strike, written by another engineer; first sight F1 0.157 and 0.222)
	// joined the split, and the origin reading was worked on their errors: reset at the
	// four stories' figures (docs/verification-eval.md). Origins and stances with the gold
	// mentions measure the reading apart from matching.
	// Branch r14r (recall on the new stories: event classes of general news copy, clauses,
	// one number as a shared participant): precision 0.660 -> 0.690, recall 0.399 -> 0.473,
	// F1 0.497 -> 0.561, contradiction recall 0.275 -> 0.321. Origins exact fell 0.590 ->
	// 0.524 (MAE 0.509 -> 0.541) and contradiction precision 0.585 -> 0.583: the mentions
	// now joined bring origins the reading gets wrong (malacca: 9 of 15 right even with the
	// gold mentions). Those two lowered knowingly (docs/verification-eval.md).
	// Branch r14t ("jobs"/"posts" one noun class; disagreeing counts of one known unit in one
	// event no longer discounted): precision 0.690 -> 0.694, recall 0.474 -> 0.481, F1
	// 0.562 -> 0.568 (trieste two more right pairs); nothing else moved.
	// Then two more dev stories (lagos-rate-hike, teesta-barrage-flood; branch r14x, written
	// blind) joined the split; their first sight on unchanged matching code: F1 0.432 and
	// 0.157, origins 7/17 and 5/18, no denial found (0/11, 0/9). Reset at the six stories'
	// figures (docs/verification-eval.md, "lead, 6 December, late evening"). Then agencies'
	// initials read in datelines ("(NAN)", "(PTI)", "(BSS)"): lagos's NAN article now has its
	// outlet, and "The MPC of the CBN has raised the rate", unattributed, is read as NAN's own
	// report instead of the central bank's (with the gold mentions 9 -> 8 of 17): lowered
	// knowingly; an institution's own decision reported bare is the origin reader's to learn.
	// Branch r14w (stance and contradictions, scored also with the gold mentions): with the
	// gold mentions contradictions P 0.840 -> 0.985, R 0.589 -> 0.887, denials and doubts
	// 17 -> 30 of 36; after matching contradiction precision 0.560 -> 0.644. Pairwise
	// precision 0.696 -> 0.691 (F1 0.474 -> 0.473): times of day are no longer figures, so
	// "left port at 8.30 a.m." no longer conflicts with a death toll, which had kept it out
	// of that claim (three wrong pairs in malacca): the reading is right, the matcher's
	// event guard is what is missing; lowered knowingly.
	// Branch r14u (a denial joined to what it denies; a deal's topic and terms no event of
	// their own; intent is no event; news verb classes; ', its' and ', said' open clauses):
	// P 0.691 -> 0.778, R 0.360 -> 0.443, F1 0.473 -> 0.565, hard negatives 3 -> 2,
	// origins exact 0.469 -> 0.521, contradictions 0.644 / 0.192 -> 0.742 / 0.305.
	// Branch r14v (who a mention comes from: speakers, bodies, central banks, a paper's own
	// reporting, hearsay): origins exact with the gold mentions 0.708 -> 0.906, after
	// matching 0.521 -> 0.552 (MAE 0.573 -> 0.531).
	// Then PTI's "Siliguri (WB), Aug 11 (PTI)" dateline read (the state code in parentheses):
	// teesta's PTI article has its outlet, and one claim's count that was right by accident
	// (an unread outlet stood for a third origin) is now short by the West Bengal government,
	// which the reading does not know yet: with the gold mentions 0.906 -> 0.896.
	// Branch r14z (a dateline is no participant; the passive; possessives; states and
	// provinces): P 0.778 -> 0.780, R 0.443 -> 0.448, F1 0.565 -> 0.569 (teesta only);
	// branch r14l (learned weights, leave-one-story-out) changed no score.
	// Lead, 7 December: a sentence another claim holds (an accepted mention) is not proposed
	// (app/matching_held.go): P 0.780 -> 0.910, F1 0.569 -> 0.584, hard negatives 2 -> 0,
	// origins 0.552 -> 0.583 (MAE 0.542 -> 0.510), contradiction precision 0.742 -> 0.920,
	// stance 0.973 -> 0.985. Recall fell 0.448 -> 0.430 (malacca: a sentence a claim marked
	// earlier took wrongly is no longer offered to the claim it states): lowered knowingly.
	// Then two more dev stories (khor-fakkan-tanker, kaspi-pipeline-blast; branch s6dev,
	// written blind) joined the split; their first sight with that rule: F1 0.252 and 0.168,
	// origins 6/18 and 7/14 (with the gold mentions 12/18 and 7/14), denials and doubts
	// with the gold mentions 1/9 and 4/10, contradiction precision with the gold mentions
	// 0.429 and 0.444. Reset at the eight stories' figures.
	// Then r14s6a (stance and contradictions read on those two stories' errors; with the
	// gold mentions stance 0.947 -> 0.977, denials and doubts 35 -> 46 of 55, contradictions
	// 0.807 / 0.776 -> 0.984 / 0.886; after matching contradiction precision 0.881 -> 0.933;
	// its jurisdiction reading taken out by the lead) and r14s6b (origins read on them: with
	// the gold mentions 0.820 -> 0.906). Origins after matching fell 69 -> 68 of 128 (0.539
	// -> 0.531, MAE 0.633 -> 0.641): lagos M8 had been right by an accident the reading no
	// longer makes (docs/verification-eval.md, r14s6b); lowered knowingly. The lead's header
	// outlets (Kyodo's wordmark, WAM's ordinal dateline) took the MAE back to 0.633.
	// Then two more dev stories (solvik-bridge-collapse, qhochi-pampa-miners; branch r14s9,
	// written before their author read the matcher) joined the split; their first read on
	// main's code: F1 0.269 and 0.149, origins 5/16 and 11/16 (with the gold mentions 8/16
	// each), denials and doubts with the gold mentions 3/8 and 6/13. The ten stories on that
	// code: P 0.814 R 0.294 F1 0.431, origins 0.525 (MAE 0.619), with the gold mentions 0.825,
	// contradictions 0.808 / 0.216 (with the gold mentions 0.933 / 0.767), stance 0.975
	// (0.956), denials and doubts 0.158 (0.724). Then r14s9's fixes read from those two
	// stories' errors (bureau datelines and NTB/TT for origins, refusals and "ended without"
	// for stance, counted participle clauses for matching, ...; docs/verification-eval.md):
	// P 0.824 R 0.298 F1 0.438, origins 0.531 (MAE 0.600), with the gold mentions 0.881,
	// stance with the gold mentions 0.962, denials and doubts 0.776, contradictions with the
	// gold mentions 0.916 / 0.822. Reset at the ten stories' figures; no old dev story fell.
	// Then r14s10 ("a dozen" read as about 12, so "11 other bridges" agrees with "a dozen
	// bridges"): contradictions P 0.808 -> 0.818 (63 of 77), with the gold mentions 0.916 ->
	// 0.920 (240 of 261), no right contradiction lost; raised by that.
	// Then two more dev stories (palanka-chemical-fire, namangan-blackout; branch r14s11,
	// written before their author read the matcher) joined the split; their first read on
	// main's code: F1 0.135 and 0.279, origins 8/17 and 7/15 (with the gold mentions 9/17
	// and 10/15), denials and doubts with the gold mentions 5/16 and 3/13. Then r14s11's
	// fixes read from their errors (an agency no list knows signing a dateline; a statement
	// over two sentences; a title before a person's name; a union's initials after its kind
	// and a short name in parentheses; "the company" no union; blame read forward; ", not 12
	// million" no denial; "calls that a lie"; a cause "not yet established"): the ten older
	// stories did not move; the two new ones with the gold mentions origins 19 -> 24 of 32,
	// stance 91 -> 94 of 113, denials and doubts 8 -> 10 of 29, contradictions 0.662 / 0.405
	// -> 0.676 / 0.431; after matching origins 15 -> 14 (namangan: a count right by accident,
	// the unread UzA outlet standing for a second origin). Reset at the twelve stories'
	// figures (docs/verification-eval.md, r14s11). Then a sentence dated well before every
	// article of its claim is an earlier event ("The 2022 blackout cut power ..."): precision
	// 0.805 -> 0.807 (one wrong pair fewer), origins 99 -> 100 of 192 (MAE 0.609 -> 0.604);
	// the ten older stories did not move. Then r14contra (states that exclude each other,
	// without negation): contradictions with the gold mentions 0.866 / 0.711 (290 of 335
	// found) -> 0.870 / 0.723 (295 of 339); nothing else moved.
	// Then r14fc (false contradictions: forecast dates, reject/dismiss of an act, a party's
	// own part, coordinated subjects) and r14orig (origins from a new bench half written
	// before its rules): contradictions 0.812 -> 0.821 (one wrong fewer), with the gold
	// mentions 0.870 -> 0.873; origins with the gold mentions 0.859 -> 0.865 (lead, 7
	// December, afternoon). Then r14role (a participant named by a possessed role, "the
	// ferry's captain", meets the name another article gives that role): malacca F8 l14
	// joined, pairs 285 -> 286 of 353 -> 354 (recall 0.260 -> 0.261, F1 0.393 -> 0.394),
	// origins 100 -> 101 of 192, contradictions 69 -> 70 of 85, denials and doubts found
	// 13 -> 14; raised to those. The weaker-matches share falls 59/264 -> 58/263 because that
	// mention was among the missed ones the weaker matches held: lowered by it, knowingly.
	// Then r14known (the reporter's "as" background after a trailing attribution): origins
	// with the gold mentions 166 -> 167 of 192 (0.865 -> 0.870); raised to it.
	// Then r14other (another statement about the claim's event: an event that happened in
	// it, "died in the collapse"; some of those it counts, "two of the three dead"): pairs
	// 286 of 354 -> 290 of 346 (P 0.808 -> 0.838), origins 101 -> 104 of 192, contradictions
	// 70 of 85 -> 74 of 85, stance 364/377 -> 364/375; raised to those. The weaker-matches
	// share falls 58/263 -> 56/260: palanka F2's a1 and a14 were weaker matches and now
	// score over the threshold against h10, which F2 takes (it was F1's wrong join), after
	// F2's one round of proposals: lowered by it, knowingly.
	// Then r14walk3 (a body "the federation" or "the union" is the one of that kind the
	// article names further down): qhochi's EFE subject, read "federation of mining", is
	// now the Regional Federation of Mining Cooperatives, the body the Illampu's "miners'
	// federation" already rested on (gold: both Fercominorp, one origin). Its claim B2
	// after matching counts 2 origins instead of 3 (gold 4: Prensa Latina and AP, read as
	// the government, are the ones missing; the third was that split of one body), so the
	// MAE rose 0.599 -> 0.604; with the gold mentions B3 falls 4 -> 3 (gold 2) and B2
	// 3 -> 2 (gold 4): unchanged. Origins exact did not move. Raised by that 0.005 over r14other's ceiling (merged together by the lead), knowingly.
	// Then r14deny2 (a sentence that only denies the one before it, "The haulier denies
	// that.", proposed after it): pairs 290 of 346 -> 301 of 359 (recall 0.264 -> 0.274, F1
	// 0.402 -> 0.413), denials and doubts found 14 -> 18 of 105, contradictions 74 of 85 ->
	// 83 of 97 (recall 0.181 -> 0.203); raised to those. Contradiction precision fell 0.871 ->
	// 0.856: the three new wrong ones each follow an error already there (a denial after a
	// sentence wrongly joined to the claim; one against a mention whose stance is read
	// wrong): lowered by it, knowingly (docs/verification-eval.md, r14deny2).
	// Then r14count (a question states nothing; the claim's count of people told with
	// another value is proposed; "14 miners" and "19 men" are one count): pairs 290 of 346
	// -> 289 of 344 (P 0.838 -> 0.840, R 0.264 -> 0.263): the right pair lost is teesta's
	// w6, whose gold span opens with the question "Did a warning ever reach Dhaka?"; the
	// app proposed that question sentence alone, which now stays a weaker match. Recall
	// lowered by that pair, knowingly; contradictions with the gold mentions 295 of 338 ->
	// 299 of 341 (0.873 / 0.723 -> 0.877 / 0.733), raised to it.
	// Both merged (lead): pairs 300 of 357 (P 0.840 R 0.273 F1 0.413), denials and doubts
	// found 18 of 105, contradictions 83 of 97 (0.856 / 0.203), with the gold mentions 0.877 /
	// 0.733; set to those (cut to three decimals, F1 one below for the cut).
	// r14deny3 (a denial of what went before after an apposition, a sentence's closing
	// denial, a claim whose event the lexicon does not know): pairs 306 of 366 (P 0.840 ->
	// 0.836, R 0.279, F1 0.418), denials and doubts found 18 -> 23, origins 0.542 -> 0.557
	// (MAE 0.552), contradictions 89 of 106 (0.856 / 0.203 -> 0.840 / 0.218). Precision of
	// pairs and of contradictions lowered, knowingly: "Hemikor's general manager, Milan
	// Jeftic, calls that a lie." follows a quote the matcher joins to another claim (three
	// wrong pairs and three wrong contradictions, docs/verification-eval.md, r14deny3).
	// Then r14contra3 (a disputing sentence with an apposition; the contrary account after a
	// disputing sentence; a state that lasts): pairs 310 of 366 (P 0.847 R 0.283 F1 0.424),
	// origins 106 of 192 (MAE 0.562), contradictions 90 of 104 (0.865 / 0.221), denials and
	// doubts found 23 of 105; raised to those.
	// Both merged (lead): pairs 316 of 372 (P 0.849 R 0.288 F1 0.430), origins 106 of 192
	// (MAE 0.552), contradictions 94 of 109 (0.862 / 0.230), stance 376 of 387 (0.972),
	// denials and doubts found 26 of 105; set to those.
	stories.Dev: {Precision: 0.849, Recall: 0.288, F1: 0.429, HardNegativesJoined: 0,
		OriginExact: 0.552, OriginMAE: 0.553, OriginExactGold: 0.869, ContraPrecision: 0.862, ContraR: 0.230, StanceRight: 0.971, StanceRightGold: 0.938, OpposedFound: 0.247,
		OpposedFoundGold: 0.657, ContraPrecisionGold: 0.876, ContraRGold: 0.732,
		// Branch ux14 (weaker matches, floor 0.10): the first 10 of each claim hold 59 of the
		// 264 gold mentions the protocol missed (165 wrong sentences read with them); 58 of
		// 263 after r14role joined one of them; 56 of 260 after r14other; 56 of 257 after r14deny2;
		// 54 of 250 after r14contra3, whose proposals took three of them into their claims
		// (the share falls as the protocol finds them: lowered by it, knowingly).
		WeakerFound10: 0.215},
	// The closed split (tsogar-earthquake and szamos-spill, the latter written this round by
	// an engineer who did not build the matcher, never read by those who did) as the merged
	// app scores it. Issue 14's matcher (branch r14m) raised the closed F1 0.350 -> 0.497
	// (recall 0.233 -> 0.467, precision 0.700 -> 0.532, hard negatives 2 -> 4); its
	// precision guards and origin inheritance (r14p; dev F1 0.645 -> 0.664, origins 0.630 ->
	// 0.741, seed precision 0.46 -> 0.71) took it to 0.437 (recall 0.367, precision 0.541):
	// on unseen text the guards cost recall. Set at these figures as a regression guard for
	// the next matcher; see docs/verification-eval.md.
	// A third closed story (flight-317-crash, written blind this round) scored on its first
	// sight with that matcher: F1 0.259 (recall 0.170), origins 0.538; the three together
	// P 0.543 R 0.260 F1 0.352, origins 0.400 (MAE 0.673), contradictions 0.292 / 0.123,
	// denials and doubts 0.278. The floors are that first measurement. The suggester's
	// nationality words from app/geo (r17c) then joined one more right pair and one more
	// hard negative (P 0.542 -> 0.5417, 5 joined): lowered by that pair, knowingly.
	// Then r14q's rules (repeats, stance words, origin reading worked on the dev stories;
	// its author never saw the closed stories), measured by the lead on merged main, with
	// the same scorer run on the code before it for comparison: pairs P 0.542 -> 0.551,
	// R 0.265 -> 0.276, F1 0.356 -> 0.367; contradictions 0.292 / 0.123 -> 0.320 / 0.140;
	// denials and doubts 0.278 -> 0.333; origins with the gold mentions 0.527 -> 0.545; but
	// origins after matching fell, 0.400 -> 0.345 (MAE 0.673 -> 0.764; flight-317-crash
	// 14 -> 11 of 26 claims exact): the origin rules fitted on dev do not carry. Lowered to
	// that, knowingly (docs/verification-eval.md).
	// A fourth closed story (nhamatanda-jailbreak, written blind after r14q) on its first
	// sight: F1 0.123 (P 0.250 R 0.081), origins 7 of 18 exact; the four together
	// P 0.484 R 0.216 F1 0.299, origins 0.356 (MAE 0.795), with gold mentions 0.562,
	// contradictions 0.346 / 0.100, denials and doubts 0.231. The floors are that.
	// Then the tagger v4 (r17o: the closed figures did not move) and r14r's recall rules
	// (event classes of general news wording, clause-by-clause comparison, number words,
	// one number for one kind of thing; developed leave-one-story-out on the dev stories,
	// never on these): P 0.484 -> 0.503, R 0.216 -> 0.284, F1 0.299 -> 0.363, hard
	// negatives 5 -> 4, origins 0.356 -> 0.411 (MAE 0.795 -> 0.726), contradictions
	// 0.346 / 0.100 -> 0.438 / 0.156; nhamatanda-jailbreak, seen by no one, 0.123 -> 0.210.
	// The share of right stances among joined mentions fell 0.980 -> 0.975 (4 of 160
	// wrong instead of 3 of 150): lowered knowingly.
	// Merging r14w (lead, blind: aggregate figures only, no error read), the same scorer on
	// main before and after: with the gold mentions contradictions P 0.675 -> 0.763, R 0.578
	// -> 0.644, denials and doubts 13 -> 16 of 24, stance 0.920 -> 0.945; after matching
	// contradiction precision fell 0.467 -> 0.308 (14 right of 30 found -> 12 of 39) and
	// stance 0.969 -> 0.956: on the closed stories the new stance rules also fire on the
	// mentions the matcher joins wrongly. Lowered knowingly (docs/verification-eval.md).
	// Merging r14u (blind, aggregates only): dev F1 0.473 -> 0.565 moved the closed split
	// not at all (F1 0.363 -> 0.362, precision 0.503 -> 0.500, contradiction precision 0.308
	// -> 0.293, stance 0.956 -> 0.944, origin MAE 0.726 -> 0.740): the rules were read from
	// dev errors and do not reach unseen stories. Lowered knowingly.
	// Merging r14v (blind): origins with the gold mentions 0.589 -> 0.603 (MAE 0.452 ->
	// 0.466), after matching unchanged (0.411).
	// Then two more closed stories (heparox-syringe-recall, tulpar-launch-failure; branch
	// r14y, written blind; merged only after every rule of the session) scored on first
	// sight: F1 0.459 and 0.104, hard negatives 1 of 11 and 2 of 10, origins 7 of 16 and 5
	// of 16 (with the gold mentions 9 and 10 of 16). Reset at the six closed stories'
	// figures (docs/verification-eval.md).
	// Merging ratk2 (attack pass: digits inside names are no counts, denials of denials
	// assert, two Punjabs, ...; dev unchanged), blind: precision 0.479 -> 0.493, F1 0.336 ->
	// 0.337, hard negatives 7 -> 6, origins 0.400 -> 0.410 (MAE 0.876 -> 0.838),
	// contradictions 0.273 -> 0.295 (with the gold mentions 0.740 -> 0.771); recall 0.259 ->
	// 0.256 and stance 0.946 -> 0.944 fell by one pair and one mention: lowered knowingly.
	// Lead, 7 December, blind (aggregates only): a sentence another claim holds is not
	// proposed (app/matching_held.go; chosen on dev): P 0.493 -> 0.696, F1 0.337 -> 0.350,
	// hard negatives 6 -> 1, origins 0.410 -> 0.467 (MAE 0.838 -> 0.714), contradiction
	// precision 0.295 -> 0.514, stance 0.944 -> 0.969; recall 0.256 -> 0.234, lowered
	// knowingly. The first rule of issue 14 that carried to unseen stories in full.
	// Then two more closed stories (gardabani-derailment, fonseca-fishing-seizure; branch
	// s6closed, written blind, kept off main until every rule of the session was merged:
	// r14s6a, r14s6b, r17v, ratk3, the lead's) scored once on their first sight: F1 0.215
	// and 0.170, hard negatives 0 of 9 each, origins 6 of 16 and 2 of 17 (with the gold
	// mentions 12 of 16 and 8 of 17); on the session-start code (c74d950) 0.248 and 0.149,
	// 8 and 5 of 16 / 17 (12 and 7). The eight closed stories like for like, session start
	// -> now: P 0.457 -> 0.632, R 0.211 -> 0.192, F1 0.289 -> 0.295, hard negatives 6 -> 1
	// of 93, origins 0.406 -> 0.442 (with the gold mentions 0.594 -> 0.674), contradictions
	// 0.278 / 0.097 -> 0.490 / 0.106. Reset at these figures (docs/verification-eval.md).
	// Then two more closed stories (maradi-cholera, klaipeda-port-hack; branch s9closed,
	// written blind, never read by anyone who built a rule) scored by the lead once on the
	// session-start code (ea6c54f) and on main after r14s9 (fixes read from two new dev
	// stories): F1 0.112 and 0.244 on both; origins 2 and 7 of 14 -> 2 and 6 (with the gold
	// mentions 8 and 8 of 14 -> 8 and 6). The ten closed stories, session start -> after
	// r14s9: P 0.598 -> 0.603, R 0.174 -> 0.177, F1 0.270 -> 0.274 (flight-317-crash: three
	// more right pairs with the counted participle clauses), origins 0.428 -> 0.422 (with
	// the gold mentions 0.657 -> 0.639: klaipeda -2, nhamatanda -1), contradictions 0.443 /
	// 0.088 -> 0.452 / 0.092 (with the gold mentions 0.791 / 0.667 -> 0.793 / 0.676),
	// denials and doubts with the gold mentions 53 -> 54 of 91. r14s10's readings (bodies
	// named with "and", local government, "a dozen", initials): with the gold mentions
	// 0.639 -> 0.645 (tulpar +1); nothing else moved. The origin rules read from the new
	// dev stories lost three closed claims and r14s10 won one back: lowered knowingly
	// (docs/verification-eval.md). Reset at the ten stories' final figures.
	// Then two more closed stories (mostar-trebinje-blackout, ghat-hostage-release; branch
	// s11closed, written blind) scored by the lead once on the session-start code (6e45f26):
	// F1 0.351 and 0.235, origins with the gold mentions 8 of 19 and 8 of 15, one hard
	// negative joined (mostar). The twelve closed stories, session start -> after r14s11
	// (fixes read from two new dev stories) and r14att (fixes read from a bench of
	// attribution and stance constructions; its sealed half rose 0.600 -> 0.704 origins,
	// 0.912 -> 0.968 stance): pairs unchanged (P 0.614 R 0.181 F1 0.279), origins 0.390 ->
	// 0.385 (with the gold mentions 0.615 -> 0.620: szamos +2, flight -1), stance with the
	// gold mentions 0.901 -> 0.898 (klaipeda -1, mostar -1), contradictions with the gold
	// mentions 0.758 / 0.628 -> 0.757 / 0.625. Lowered knowingly: the new closed stories
	// bring their own figures down, and no rule of the session was chosen on them.
	// Then r14contra (contradictions without negation: contrary states, from a bench of
	// written pairs whose sealed half rose 36 -> 77 of 84): the closed contradictions
	// with the gold mentions 0.757 / 0.625 (240 of 317 found) -> 0.744 / 0.635 (244 of
	// 328: four right and seven wrong more; F1 0.685 either way), after matching 0.455 /
	// 0.091 -> 0.453 / 0.102. Lowered knowingly; nothing else moved (lead, 7 December).
	// Then this session's rounds, none of whose authors opened the closed split (r14fc, r14orig,
	// ux14, rfix3a, rfix3b), read by the lead on merged main: origins 0.385 -> 0.390 (MAE
	// 0.845 -> 0.840), with the gold mentions 0.620 -> 0.625; contradictions 0.453 -> 0.459,
	// with the gold mentions 0.744 -> 0.748; pairs unchanged. Raised to that; the weaker
	// matches' first read (ux14) is its floor: the first 10 of each claim hold 52 of the 307
	// gold mentions the protocol missed (213 wrong sentences read with them).
	// Then the next session's rounds (lead, 7 December, afternoon; none of their authors
	// opened the closed split, though several saw the full suite's floor failures as
	// pass/fail): the tagger's v12 rules (r17err: words for peoples and names inside events
	// no longer proposed) moved the entities the matcher reads, 199 of 324 right pairs ->
	// 197 of 323; after r17err2, r14prec, r14role, r14ws and uxwalk2a, 199 of 325 again but
	// P 0.614 -> 0.612, F1 0.2792 -> 0.2789; origins 0.390 -> 0.385 (one claim; MAE 0.840 ->
	// 0.845); r14deny's readings lifted stance with the gold mentions 0.898 -> 0.899 and
	// contradictions with the gold mentions 0.748 -> 0.751. Lowered knowingly where it fell,
	// raised where it rose.
	// Then this session's rounds (lead, 7 December, evening; read once on merged main after
	// every choice was made on dev material: r14deny2, r14count, r14orig5, r14hedge and the
	// tagger's r17own5, r17walk4, r17walk5): pairs 199 of 325 -> 203 of 331 (P 0.612 ->
	// 0.613, R 0.181 -> 0.184, F1 0.279 -> 0.283); contradictions 0.459 / 0.102 -> 0.483 /
	// 0.112 (43 of 89); denials and doubts found 0.145 (17 of 117); origins with the gold
	// mentions 0.625 -> 0.635; raised to those. Origins 77 -> 76 of 200 (0.385 -> 0.380, MAE
	// 0.845), stance of the app's mentions 0.963 -> 0.961 (367 of 382: more denials proposed,
	// not all read right) and the weaker matches 52 of 307 -> 51 of 305: lowered knowingly
	// (helpers saw these three fail as pass/fail lines; none opened a closed story).
	// Then the 8 December rounds (lead, read once on merged main after every choice was made
	// on dev material: r14deny3, r14contra3, r14orig6, r17err6, r17walk6; r14cand's word
	// groups were not merged): pairs 203 of 331 -> 208 of 338 (P 0.615, R 0.189, F1 0.289),
	// origins 76 -> 77 of 200 (0.385, MAE 0.840), contradictions 47 of 93 (0.505 / 0.122),
	// stance 371 of 385 (0.964), denials and doubts found 17 -> 20 of 117; raised to those.
	// The weaker matches 51 of 305 -> 50 of 303 (0.167 -> 0.165): lowered knowingly (the
	// share falls as the protocol proposes more of them; four helpers saw it fail as a
	// pass/fail line and none opened a closed story).
	stories.Closed: {Precision: 0.615, Recall: 0.188, F1: 0.288, HardNegativesJoined: 2,
		OriginExact: 0.385, OriginMAE: 0.841, OriginExactGold: 0.635, ContraPrecision: 0.505, ContraR: 0.122, StanceRight: 0.963, StanceRightGold: 0.899, OpposedFound: 0.170,
		OpposedFoundGold: 0.538, ContraPrecisionGold: 0.750, ContraRGold: 0.634, WeakerFound10: 0.165},
}

// ---- the protocol: how the analyst drives the app ----

// analystMarks marks one mention of a new claim, as selecting the text and "Mark claim" does.
func analystMarks(svc *Services, articleID int64, start, end int, quote string) (claimID int64, err error) {
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: articleID, Start: int64(start), End: int64(end), Quote: quote})
	return d.ID, err
}

// analystAcceptsAll takes every proposal the app makes for the claim, in one action.
// evalOnProposal, when set, sees each proposal the analyst accepts (ECBPLUS_DETAILS
// reads why a wrong one was proposed).
var evalOnProposal func(claimID int64, c MatchCandidate)

func analystAcceptsAll(svc *Services, claimID int64) (int, error) {
	cands, err := svc.Matching.Propose(claimID)
	if err != nil || len(cands) == 0 {
		return 0, err
	}
	refs := make([]CandidateRef, len(cands))
	for i, c := range cands {
		if evalOnProposal != nil {
			evalOnProposal(claimID, c)
		}
		refs[i] = CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score}
	}
	_, err = svc.Matching.Accept(claimID, refs)
	return len(cands), err
}

// ---- the readout: how the scorer reads the app's verdict ----
// These three functions are the only places that know which service answers; when the
// services count origins per mention, read stances and report stance contradictions,
// their bodies change and the scorer stays.

// appOriginCount is the claim's independent origins as the claim page shows them.
func appOriginCount(svc *Services, claimID int64) (int, error) {
	d, err := svc.Claims.Get(claimID)
	return int(d.Origins), err
}

// appStance is the stance the app gives a mention toward its claim (Mention.Stance, read
// by match.ReadStance when the mention is made, or the analyst's).
func appStance(m Mention) string {
	return m.Stance
}

// appContradiction is one contradicting pair of a claim's mentions, as span ids, with the
// app's explanation.
type appContradiction struct {
	A, B int64
	Why  string
}

// appContradictions are the claim's contradicting mention pairs: the figure, date and
// stance conflicts of ConflictService. A "unit" conflict (a count of troops against one of
// casualties, a percentage against a count) is not one: the app says the two are probably
// different claims and leaves it to the analyst, and the suggested grade does not count it
// as a contradiction (grades.go). ConflictService lists one pair per two readings (mentions
// that read the same are counted, not listed); each is expanded here to every pair of
// mentions it stands for, as the app compared them (the claim's snapshot, as ForClaim reads
// it).
func appContradictions(svc *Services, claimID int64) ([]appContradiction, error) {
	ws := svc.Conflicts.ws
	snap, err := loadSnapshot(ws.Context(), ws.DB().Q, "", claimScope("", claimID))
	if err != nil {
		return nil, err
	}
	c := snap.byID[claimID]
	if c == nil {
		return nil, NotFound("claim %d does not exist", claimID)
	}
	var out []appContradiction
	for _, p := range c.comparison.conflicts() {
		if p.cmp.Kind == "unit" {
			continue
		}
		why := p.cmp.Kind + ": " + p.reason()
		for _, ij := range expandConflict(c.comparison, p) {
			out = append(out, appContradiction{A: c.mentions[ij[0]].spanID, B: c.mentions[ij[1]].spanID, Why: why})
		}
	}
	return out, nil
}

// goldStance is a gold mention's stance toward the statement the analyst's claim was
// started with (the claim's first gold mention's quote), which is all the app is given:
// when that first mention denies the gold claim, the statement is the denial, so a mention
// that asserts the gold claim denies the statement and one that denies it asserts it. Doubt
// and "unconfirmed" stay as they are.
func goldStance(st stories.Story, m stories.Mention) string {
	first, _ := st.FirstMention(m.Claim)
	if first.Stance != "denies" {
		return m.Stance
	}
	switch m.Stance {
	case "asserts":
		return "denies"
	case "denies":
		return "asserts"
	}
	return m.Stance
}

// ---- scoring ----

// evalCounts is a true-positive / predicted / gold tally.
type evalCounts struct{ TP, Pred, Gold int }

func (c *evalCounts) add(o evalCounts) { c.TP += o.TP; c.Pred += o.Pred; c.Gold += o.Gold }

// precision of nothing predicted is 1 (nothing wrong was said); recall of nothing to find is 1.
func (c evalCounts) P() float64 { return evalShare(c.TP, c.Pred) }
func (c evalCounts) R() float64 { return evalShare(c.TP, c.Gold) }
func (c evalCounts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func evalShare(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// evalScore is one story's (or one split's) figures.
type evalScore struct {
	Name                   string
	Stories                int
	Pairs                  evalCounts
	HardNegJoined, HardNeg int
	OriginExact, Claims    int
	OriginAbsErr           int
	StanceRight, Stances   int
	Opposed                evalCounts // denials and doubts found with their stance (TP) of all (Gold)
	Contra                 evalCounts
	// origins with the gold mentions (evalOriginsOfGold): origin reading apart from matching
	GoldOriginExact, GoldClaims, GoldOriginAbsErr int
	// stances with the gold mentions: stance reading apart from matching
	GoldStanceRight, GoldStances int
	// denials and doubts read as such with the gold mentions (TP of Gold)
	GoldOpposed evalCounts
	// contradictions with the gold mentions: stance reading and the contradiction finder
	// apart from matching (every gold mention of a claim in one claim)
	GoldContra evalCounts
	// the weaker matches an analyst would read after the protocol (evalWeaker)
	Weaker  evalWeakerCounts
	details []string
	// missed gold mentions by cause (evalWhyMissed), kept only under STORIES_DETAILS (dev)
	// or STORIES_CAUSES (every split, counts alone: no text of a closed story is printed)
	missedCauses map[string]int
	// what became of the gold denials and doubts (evalOpposedCauses), kept as missedCauses is
	opposedCauses map[string]int
}

func (s *evalScore) add(o evalScore) {
	s.Stories += o.Stories
	for k, n := range o.missedCauses {
		if s.missedCauses == nil {
			s.missedCauses = map[string]int{}
		}
		s.missedCauses[k] += n
	}
	for k, n := range o.opposedCauses {
		if s.opposedCauses == nil {
			s.opposedCauses = map[string]int{}
		}
		s.opposedCauses[k] += n
	}
	s.Pairs.add(o.Pairs)
	s.HardNegJoined += o.HardNegJoined
	s.HardNeg += o.HardNeg
	s.OriginExact += o.OriginExact
	s.Claims += o.Claims
	s.OriginAbsErr += o.OriginAbsErr
	s.Contra.add(o.Contra)
	s.StanceRight += o.StanceRight
	s.Stances += o.Stances
	s.Opposed.add(o.Opposed)
	s.GoldOriginExact += o.GoldOriginExact
	s.GoldClaims += o.GoldClaims
	s.GoldOriginAbsErr += o.GoldOriginAbsErr
	s.GoldStanceRight += o.GoldStanceRight
	s.GoldStances += o.GoldStances
	s.GoldOpposed.add(o.GoldOpposed)
	s.GoldContra.add(o.GoldContra)
	s.Weaker.add(o.Weaker)
}

func (s evalScore) originAcc() float64 { return evalShare(s.OriginExact, s.Claims) }
func (s evalScore) originMAE() float64 {
	if s.Claims == 0 {
		return 0
	}
	return float64(s.OriginAbsErr) / float64(s.Claims)
}

func (s evalScore) goldOriginAcc() float64 { return evalShare(s.GoldOriginExact, s.GoldClaims) }
func (s evalScore) goldOriginMAE() float64 {
	if s.GoldClaims == 0 {
		return 0
	}
	return float64(s.GoldOriginAbsErr) / float64(s.GoldClaims)
}

func (s evalScore) String() string {
	return fmt.Sprintf("pairs P=%.3f R=%.3f F1=%.3f (%d right of %d joined, %d gold) | hard negatives joined %d/%d | "+
		"origins exact %.3f (%d/%d) MAE %.3f, with gold mentions %.3f (%d/%d) MAE %.3f | contradictions P=%.3f R=%.3f (%d right of %d found, %d gold) | "+
		"stance right %.3f (%d/%d), denials and doubts found %.3f (%d/%d), stance with gold mentions %.3f (%d/%d), "+
		"denials and doubts with gold mentions %.3f (%d/%d) | contradictions with gold mentions P=%.3f R=%.3f (%d right of %d found, %d gold)",
		s.Pairs.P(), s.Pairs.R(), s.Pairs.F1(), s.Pairs.TP, s.Pairs.Pred, s.Pairs.Gold, s.HardNegJoined, s.HardNeg,
		s.originAcc(), s.OriginExact, s.Claims, s.originMAE(), s.goldOriginAcc(), s.GoldOriginExact, s.GoldClaims, s.goldOriginMAE(), s.Contra.P(), s.Contra.R(), s.Contra.TP, s.Contra.Pred, s.Contra.Gold,
		evalShare(s.StanceRight, s.Stances), s.StanceRight, s.Stances, s.Opposed.R(), s.Opposed.TP, s.Opposed.Gold,
		evalShare(s.GoldStanceRight, s.GoldStances), s.GoldStanceRight, s.GoldStances,
		s.GoldOpposed.R(), s.GoldOpposed.TP, s.GoldOpposed.Gold,
		s.GoldContra.P(), s.GoldContra.R(), s.GoldContra.TP, s.GoldContra.Pred, s.GoldContra.Gold)
}

// evalPair is an unordered pair of items: gold mention ids, or "span <id>" for a mention the
// app made that overlaps no gold mention (any pair with it is wrong).
type evalPair [2]string

func evalPairOf(a, b string) evalPair {
	if a > b {
		a, b = b, a
	}
	return evalPair{a, b}
}

// TestStoriesEval runs the protocol on every gold story, prints the figures and keeps
// the floors. `make test-stories` (part of `make test`) runs it with -v; with
// STORIES_DETAILS=1 it also lists each dev story's errors (missed and wrong pairs,
// hard negatives joined, origin counts, contradictions). STORIES_CAUSES=1 counts, for
// each split, why the gold mentions the analyst never got were missed (never a candidate,
// under the threshold, held by another claim): counts only, so the closed split can say
// where its recall is lost without showing a sentence of it.
func TestStoriesEval(t *testing.T) {
	// STORIES_SPLIT=dev scores the dev stories alone and never reads the closed one
	// (for whoever tunes the rules on dev). STORIES_ONLY=dev/<name>,dev/<name> scores the
	// named stories alone and reads no other (a new story's first read on code that never
	// saw it); the floors hold for whole splits, so they are not checked then.
	all, splits, err := evalLoadStories(filepath.Join("..", "testdata", "stories"), os.Getenv("STORIES_SPLIT"), os.Getenv("STORIES_ONLY"))
	if err != nil {
		t.Fatal(err)
	}
	checkFloors := os.Getenv("STORIES_ONLY") == ""
	if len(all) == 0 {
		t.Fatal("no gold stories found")
	}
	totals := map[stories.Split]*evalScore{}
	for _, st := range all {
		sc := evalStory(t, st)
		// A closed story's own line is printed only when the closed split is asked for by
		// name (the lead's read): the full suite, run by whoever builds rules, prints the
		// split's aggregate alone, so a floor failure shows no story's figures.
		if st.Split != stories.Closed || os.Getenv("STORIES_SPLIT") == string(stories.Closed) {
			t.Logf("STORIES %-32s %s", string(st.Split)+"/"+st.Name, sc)
		}
		if st.Split == stories.Dev && os.Getenv("STORIES_DETAILS") != "" {
			for _, d := range sc.details {
				t.Logf("    %s", d)
			}
		}
		if totals[st.Split] == nil {
			totals[st.Split] = &evalScore{Name: string(st.Split)}
		}
		totals[st.Split].add(sc)
	}
	for _, split := range splits {
		tot := totals[split]
		if tot == nil {
			t.Errorf("no %s stories", split)
			continue
		}
		t.Logf("STORIES %-32s %s", fmt.Sprintf("%s (%d stories)", split, tot.Stories), tot)
		t.Logf("STORIES %-32s %s", fmt.Sprintf("%s (%d stories)", split, tot.Stories), tot.Weaker)
		if tot.missedCauses != nil {
			t.Logf("STORIES %-32s missed gold mentions by cause: %v", fmt.Sprintf("%s (%d stories)", split, tot.Stories), tot.missedCauses)
		}
		for _, k := range slices.Sorted(maps.Keys(tot.opposedCauses)) {
			t.Logf("STORIES %-32s denials and doubts: %3d %s", fmt.Sprintf("%s (%d stories)", split, tot.Stories), tot.opposedCauses[k], k)
		}
		if checkFloors {
			evalCheckFloors(t, split, *tot)
		}
	}
}

// evalLoadStories reads the stories to score: with only ("dev/<name>,dev/<name>") those
// folders and nothing else, with split "dev" the dev stories, else every story. It returns
// the splits that have stories to report.
func evalLoadStories(root, split, only string) ([]stories.Story, []stories.Split, error) {
	if only == "" {
		splits := []stories.Split{stories.Dev, stories.Closed}
		if split == string(stories.Dev) {
			splits = splits[:1]
		}
		all, err := stories.LoadSplits(root, splits...)
		return all, splits, err
	}
	var all []stories.Story
	var splits []stories.Split
	for _, name := range strings.Split(only, ",") {
		name = strings.TrimSpace(name)
		sp, folder, ok := strings.Cut(name, "/")
		if !ok || folder == "" || strings.ContainsAny(folder, `/\`) || folder == ".." ||
			(sp != string(stories.Dev) && sp != string(stories.Closed)) {
			return nil, nil, fmt.Errorf("STORIES_ONLY: %q is not <dev|closed>/<story folder>", name)
		}
		if split == string(stories.Dev) && sp != string(stories.Dev) {
			return nil, nil, fmt.Errorf("STORIES_ONLY: %q is not a dev story, and STORIES_SPLIT=dev reads dev stories only", name)
		}
		st, err := stories.LoadStory(filepath.Join(root, sp, folder), stories.Split(sp))
		if err != nil {
			return nil, nil, err
		}
		all = append(all, st)
		if !slices.Contains(splits, st.Split) {
			splits = append(splits, st.Split)
		}
	}
	return all, splits, nil
}

func evalCheckFloors(t *testing.T, split stories.Split, s evalScore) {
	f := evalFloorsBySplit[split]
	const eps = 1e-9
	below := func(name string, got, floor float64) {
		if got < floor-eps {
			t.Errorf("%s: %s %.3f fell below its floor %.3f", split, name, got, floor)
		}
	}
	below("pairwise precision", s.Pairs.P(), f.Precision)
	below("pairwise recall", s.Pairs.R(), f.Recall)
	below("pairwise F1", s.Pairs.F1(), f.F1)
	below("origin-count accuracy", s.originAcc(), f.OriginExact)
	below("origin-count accuracy with the gold mentions", s.goldOriginAcc(), f.OriginExactGold)
	below("contradiction precision", s.Contra.P(), f.ContraPrecision)
	below("contradiction recall", s.Contra.R(), f.ContraR)
	below("stance accuracy", evalShare(s.StanceRight, s.Stances), f.StanceRight)
	below("stance accuracy with the gold mentions", evalShare(s.GoldStanceRight, s.GoldStances), f.StanceRightGold)
	below("denials and doubts found", s.Opposed.R(), f.OpposedFound)
	below("denials and doubts found with the gold mentions", s.GoldOpposed.R(), f.OpposedFoundGold)
	below("contradiction precision with the gold mentions", s.GoldContra.P(), f.ContraPrecisionGold)
	below("contradiction recall with the gold mentions", s.GoldContra.R(), f.ContraRGold)
	below("missed gold mentions among the first 10 weaker matches", evalShare(s.Weaker.Found10, s.Weaker.Missed), f.WeakerFound10)
	if s.HardNegJoined > f.HardNegativesJoined {
		t.Errorf("%s: %d hard negatives joined, more than the %d allowed", split, s.HardNegJoined, f.HardNegativesJoined)
	}
	if s.originMAE() > f.OriginMAE+eps {
		t.Errorf("%s: origin-count MAE %.3f rose above its ceiling %.3f", split, s.originMAE(), f.OriginMAE)
	}
}

// evalStory imports one story into a fresh workspace, runs the protocol and scores it.
func evalStory(t *testing.T, st stories.Story) evalScore {
	t.Helper()
	fail := func(format string, args ...any) { t.Fatalf("%s: "+format, append([]any{st.Name}, args...)...) }
	svc, articleID, toBody := evalImport(t, st)

	// 1. the analyst marks the first mention of each gold claim
	claimOf := evalMarkFirst(t, svc, st, articleID, toBody) // gold claim → app claim
	proposals := evalRecordProposals(t, st)
	// 2. and accepts every proposal for each claim
	for _, c := range st.Claims {
		if _, err := analystAcceptsAll(svc, claimOf[c.ID]); err != nil {
			fail("accepting the proposals of %s: %v", c.ID, err)
		}
	}

	// what the app ended with: each app mention as a gold mention id (the one it overlaps
	// most in the same article; the earliest on a tie) or as itself
	item := func(articleFile string, spanID, start, end int64) string {
		best, bestOverlap := "", 0
		for _, m := range st.Mentions {
			if m.Article != articleFile {
				continue
			}
			s, e := toBody(m)
			ov := min(int(end), e) - max(int(start), s)
			if ov > bestOverlap {
				best, bestOverlap = m.ID, ov
			}
		}
		if best == "" {
			return fmt.Sprintf("span %d", spanID)
		}
		return best
	}
	fileOf := map[int64]string{}
	for f, id := range articleID {
		fileOf[id] = f
	}
	spanItem := map[int64]string{}
	opposedFound := map[string]bool{} // gold denials and doubts the app has, with that stance
	joined := map[evalPair]bool{}
	claimItems := map[string][]string{} // gold claim -> the items its app claim holds
	sc := evalScore{Name: st.Name, Stories: 1}
	for _, c := range st.Claims {
		d, err := svc.Claims.Get(claimOf[c.ID])
		if err != nil {
			fail("claim %s: %v", c.ID, err)
		}
		var items []string
		for _, m := range d.Mentions {
			if m.State != "accepted" {
				continue
			}
			it := item(fileOf[m.ArticleID], m.SpanID, m.Start, m.End)
			spanItem[m.SpanID] = it
			if g, ok := st.Mention(it); ok { // stance of the app's mentions that are gold mentions
				sc.Stances++
				if got := appStance(m); got == goldStance(st, g) {
					sc.StanceRight++
					if got != "asserts" {
						opposedFound[it] = true
					}
				} else {
					sc.details = append(sc.details, fmt.Sprintf("stance of %s: app %s, gold %s", evalDescribe(st, it), got, goldStance(st, g)))
				}
			}
			if !evalContains(items, it) {
				items = append(items, it)
			}
		}
		evalJoin(joined, items)
		claimItems[c.ID] = items
	}

	sc.details = append(sc.details, evalWrongProposals(st, claimOf, proposals, func(c MatchCandidate) string {
		return item(fileOf[c.ArticleID], 0, c.Start, c.End)
	})...)

	// pairwise over same-claim mention pairs
	goldPairs := evalGoldPairs(st)
	sc.Pairs = evalTally(joined, goldPairs)
	sc.details = append(sc.details, evalDiff(st, "pair", joined, goldPairs)...)

	for _, m := range st.Mentions {
		if goldStance(st, m) != "asserts" {
			sc.Opposed.Gold++
		}
	}
	sc.Opposed.TP = len(opposedFound)

	// hard negatives
	for _, hn := range st.HardNegatives {
		sc.HardNeg++
		if joined[evalPairOf(hn.A, hn.B)] {
			sc.HardNegJoined++
			sc.details = append(sc.details, fmt.Sprintf("hard negative joined: %s ~ %s (%s)", hn.A, hn.B, hn.Why))
		}
	}

	// independent origins per gold claim, read on the claim the analyst made for it
	gold := map[string]int{}
	for _, o := range st.Origins {
		gold[o.Claim] = o.Count
	}
	for _, c := range st.Claims {
		n, err := appOriginCount(svc, claimOf[c.ID])
		if err != nil {
			fail("origins of %s: %v", c.ID, err)
		}
		sc.Claims++
		diff := n - gold[c.ID]
		if diff == 0 {
			sc.OriginExact++
		} else {
			sc.OriginAbsErr += max(diff, -diff)
			sc.details = append(sc.details, fmt.Sprintf("origins of %s: app %d, gold %d", c.ID, n, gold[c.ID]))
			// each mention's root as the app reads it, against the gold root
			if d, err := svc.Claims.Get(claimOf[c.ID]); err == nil {
				for _, m := range d.Mentions {
					if m.State != "accepted" {
						continue
					}
					it, want := spanItem[m.SpanID], "(not a gold mention)"
					if g, ok := st.Mention(it); ok {
						want = st.Root(g)
					}
					sc.details = append(sc.details, fmt.Sprintf("    %s: app %q, gold %q", evalDescribe(st, it), m.OriginName, want))
				}
			}
		}
	}

	// contradictions
	found, foundWhy := map[evalPair]bool{}, map[evalPair]string{}
	for _, c := range st.Claims {
		pairs, err := appContradictions(svc, claimOf[c.ID])
		if err != nil {
			fail("contradictions of %s: %v", c.ID, err)
		}
		for _, p := range pairs {
			a, b := spanItem[p.A], spanItem[p.B]
			if a == "" || b == "" || a == b {
				continue // not an accepted mention, or two spans of one gold mention
			}
			if !found[evalPairOf(a, b)] {
				foundWhy[evalPairOf(a, b)] = p.Why
			}
			found[evalPairOf(a, b)] = true
		}
	}
	goldContra := map[evalPair]bool{}
	for _, c := range st.Contradictions {
		goldContra[evalPairOf(c.A, c.B)] = true
	}
	sc.Contra = evalTally(found, goldContra)
	for _, d := range evalDiff(st, "contradiction", found, goldContra) {
		if strings.HasPrefix(d, "wrong ") {
			for p, why := range foundWhy { // the app's reason for a wrong one
				if !goldContra[p] && d == fmt.Sprintf("wrong contradiction %s ~ %s", evalDescribe(st, p[0]), evalDescribe(st, p[1])) {
					d += " [app " + why + "]"
				}
			}
		}
		sc.details = append(sc.details, d)
	}
	if (st.Split == stories.Dev && os.Getenv("STORIES_DETAILS") != "") || os.Getenv("STORIES_CAUSES") != "" {
		// which app claim holds each gold mention (its gold claim's when it is there)
		inClaim := map[string]string{}
		for _, c := range st.Claims {
			d, err := svc.Claims.Get(claimOf[c.ID])
			if err != nil {
				continue
			}
			for _, m := range d.Mentions {
				if it := spanItem[m.SpanID]; m.State == "accepted" && it != "" && inClaim[it] != c.ID {
					if g, ok := st.Mention(it); ok && (inClaim[it] == "" || g.Claim == c.ID) {
						inClaim[it] = c.ID
					}
				}
			}
		}
		counts, lines := evalWhyMissed(svc, st, claimOf, articleID, toBody, inClaim)
		sc.missedCauses = counts
		sc.details = append(sc.details, fmt.Sprintf("missed gold mentions by cause: %v", counts))
		sc.details = append(sc.details, lines...)
		counts, lines = evalOpposedCauses(svc, st, claimOf, articleID, toBody, inClaim, opposedFound)
		sc.opposedCauses = counts
		sc.details = append(sc.details, lines...)
	}
	weaker, lines, err := evalWeaker(svc, st, claimOf, claimItems, func(articleID, start, end int64) string {
		return item(fileOf[articleID], 0, start, end)
	})
	if err != nil {
		fail("%v", err)
	}
	sc.Weaker = weaker
	sc.details = append(sc.details, lines...)
	evalOriginsOfGold(t, st, &sc)
	return sc
}

// evalMarkFirst is step 1 of the protocol: the analyst marks the first gold mention of each
// gold claim, in gold order; it returns each gold claim's app claim.
func evalMarkFirst(t *testing.T, svc *Services, st stories.Story, articleID map[string]int64, toBody func(stories.Mention) (int, int)) map[string]int64 {
	t.Helper()
	claimOf := map[string]int64{}
	for _, c := range st.Claims {
		m, _ := st.FirstMention(c.ID)
		start, end := toBody(m)
		id, err := analystMarks(svc, articleID[m.Article], start, end, m.Quote)
		if err != nil {
			t.Fatalf("%s: marking %s (%s): %v", st.Name, m.ID, c.ID, err)
		}
		claimOf[c.ID] = id
	}
	return claimOf
}

// evalGoldPairs are the pairs of mentions of one gold claim.
func evalGoldPairs(st stories.Story) map[evalPair]bool {
	out := map[evalPair]bool{}
	for i, a := range st.Mentions {
		for _, b := range st.Mentions[i+1:] {
			if a.Claim == b.Claim {
				out[evalPairOf(a.ID, b.ID)] = true
			}
		}
	}
	return out
}

// evalJoin adds every pair of the items of one app claim to joined.
func evalJoin(joined map[evalPair]bool, items []string) {
	for i, a := range items {
		for _, b := range items[i+1:] {
			joined[evalPairOf(a, b)] = true
		}
	}
}

// evalImport imports a story's four files into a fresh workspace as the analyst would
// (metadata as import reads it) and returns the services, each file's article and the
// move of a gold mention's file offsets to offsets into the stored body.
func evalImport(t *testing.T, st stories.Story) (*Services, map[string]int64, func(stories.Mention) (int, int)) {
	t.Helper()
	_, svc := MustOpenWorkspace(t, true)
	fail := func(format string, args ...any) { t.Fatalf("%s: "+format, append([]any{st.Name}, args...)...) }
	paths := make([]string, len(st.Articles))
	for i, a := range st.Articles {
		paths[i] = filepath.Join(st.Dir, a.File)
	}
	sum, err := svc.Import.ImportPaths(paths, ImportOptions{})
	if err != nil {
		fail("import: %v", err)
	}
	articleID := map[string]int64{} // file → article
	bodyStart := map[string]int{}   // file → code-point offset of the stored body in the file
	for i, it := range sum.Items {
		if it.Status != "imported" {
			fail("import of %s: %s %s", it.Name, it.Status, it.Reason)
		}
		file := st.Articles[i].File
		if filepath.Base(it.Name) != file {
			fail("import outcome %d is %s, want %s", i, it.Name, file)
		}
		a, err := svc.Articles.Get(it.ArticleID)
		if err != nil {
			fail("article %s: %v", file, err)
		}
		text := st.Texts[file]
		at := strings.Index(text, a.Body)
		if at < 0 {
			fail("%s: the stored body is not a part of the file (normalised on import?)", file)
		}
		articleID[file] = it.ArticleID
		bodyStart[file] = utf8.RuneCountInString(text[:at])
	}
	toBody := func(m stories.Mention) (int, int) {
		off := bodyStart[m.Article]
		if m.Start < off {
			fail("mention %s lies in the title of %s, which cannot be marked", m.ID, m.Article)
		}
		return m.Start - off, m.End - off
	}
	return svc, articleID, toBody
}

// evalOriginsOfGold measures origin and stance reading apart from matching: in a fresh workspace the
// analyst marks every gold mention of each gold claim into one claim (the first starts
// it, the others join it; no speaker or channel given, so the app reads each attribution),
// and the claim's independent origins, as the app counts them, are compared with the gold
// count; each mention's stance, as the app reads it toward that claim (whose statement is
// the first gold mention's quote), against the gold stance. A wrong count or stance here
// is the reading's, not the matcher's.
func evalOriginsOfGold(t *testing.T, st stories.Story, sc *evalScore) {
	t.Helper()
	fail := func(format string, args ...any) { t.Fatalf("%s: "+format, append([]any{st.Name}, args...)...) }
	svc, articleID, toBody := evalImport(t, st)
	gold := map[string]int{}
	for _, o := range st.Origins {
		gold[o.Claim] = o.Count
	}
	// an outlet the import does not know is named by its article's title on the claim page
	titleOutlet := map[string]string{}
	for _, a := range st.Articles {
		if art, err := svc.Articles.Get(articleID[a.File]); err == nil {
			titleOutlet[art.Title] = a.Outlet
		}
	}
	var roots evalCounts // gold mentions whose root the app reads as the gold does
	defer func() {
		sc.details = append(sc.details, fmt.Sprintf("mention roots with the gold mentions: %d of %d right", roots.TP, roots.Gold))
	}()
	goldOfSpan := map[int64]string{}     // app span → gold mention id
	contraFound := map[evalPair]string{} // contradictions the app reports, as gold mention pairs, with why
	appClaims := []int64{}
	for _, c := range st.Claims {
		var claimID *int64
		for _, m := range st.Mentions {
			if m.Claim != c.ID {
				continue
			}
			start, end := toBody(m)
			d, err := svc.Claims.AddMention(MentionInput{ClaimID: claimID, ArticleID: articleID[m.Article], Start: int64(start), End: int64(end), Quote: m.Quote})
			if err != nil {
				fail("marking gold mention %s of %s: %v", m.ID, c.ID, err)
			}
			if claimID == nil {
				id := d.ID
				claimID = &id
			}
		}
		if claimID == nil {
			continue
		}
		appClaims = append(appClaims, *claimID)
		d, err := svc.Claims.Get(*claimID)
		if err != nil {
			fail("claim %s: %v", c.ID, err)
		}
		for _, am := range d.Mentions {
			for _, m := range st.Mentions {
				if s, e := toBody(m); m.Claim == c.ID && articleID[m.Article] == am.ArticleID && int64(s) == am.Start && int64(e) == am.End {
					goldOfSpan[am.SpanID] = m.ID
					sc.GoldStances++
					want := goldStance(st, m)
					if want != "asserts" {
						sc.GoldOpposed.Gold++
					}
					if appStance(am) == want {
						sc.GoldStanceRight++
						if want != "asserts" {
							sc.GoldOpposed.TP++
						}
					} else {
						sc.details = append(sc.details, fmt.Sprintf("stance with the gold mentions of %s: app %s, gold %s", evalDescribe(st, m.ID), appStance(am), want))
					}
				}
			}
		}
		// each gold mention's root as the app reads it, whatever the claim's count: a
		// count can be right by two wrong roots that cancel, or wrong by one
		for _, am := range d.Mentions {
			for _, m := range st.Mentions {
				if s, e := toBody(m); m.Claim == c.ID && articleID[m.Article] == am.ArticleID && int64(s) == am.Start && int64(e) == am.End {
					roots.Gold++
					if a, g := evalRootKey(am.OriginName, titleOutlet), evalRootKey(st.Root(m), titleOutlet); a == g || strings.HasSuffix(a, " "+g) {
						roots.TP++
					} else {
						sc.details = append(sc.details, fmt.Sprintf("root with the gold mentions of %s: app %q, gold %q", evalDescribe(st, m.ID), am.OriginName, st.Root(m)))
					}
				}
			}
		}
		n, err := appOriginCount(svc, *claimID)
		if err != nil {
			fail("origins of %s: %v", c.ID, err)
		}
		sc.GoldClaims++
		if n == gold[c.ID] {
			sc.GoldOriginExact++
			continue
		}
		sc.GoldOriginAbsErr += max(n-gold[c.ID], gold[c.ID]-n)
		sc.details = append(sc.details, fmt.Sprintf("origins of %s with its gold mentions: app %d, gold %d", c.ID, n, gold[c.ID]))
		for _, am := range d.Mentions {
			for _, m := range st.Mentions {
				if s, e := toBody(m); m.Claim == c.ID && articleID[m.Article] == am.ArticleID && int64(s) == am.Start && int64(e) == am.End {
					sc.details = append(sc.details, fmt.Sprintf("    %s: app %q, gold %q", evalDescribe(st, m.ID), am.OriginName, st.Root(m)))
				}
			}
		}
	}
	for _, id := range appClaims {
		pairs, err := appContradictions(svc, id)
		if err != nil {
			fail("contradictions of claim %d with its gold mentions: %v", id, err)
		}
		for _, p := range pairs {
			if a, b := goldOfSpan[p.A], goldOfSpan[p.B]; a != "" && b != "" && a != b {
				if _, seen := contraFound[evalPairOf(a, b)]; !seen {
					contraFound[evalPairOf(a, b)] = p.Why
				}
			}
		}
	}
	// each error with why: the gold's reason for a missed pair, the app's for a wrong one
	goldContra := map[evalPair]string{}
	for _, c := range st.Contradictions {
		goldContra[evalPairOf(c.A, c.B)] = c.Kind + ": " + c.Why
	}
	found, goldSet := map[evalPair]bool{}, map[evalPair]bool{}
	for p := range contraFound {
		found[p] = true
	}
	for p := range goldContra {
		goldSet[p] = true
	}
	sc.GoldContra = evalTally(found, goldSet)
	for _, p := range evalSortedPairs(goldSet) {
		if !found[p] {
			sc.details = append(sc.details, fmt.Sprintf("missed contradiction with the gold mentions %s ~ %s [gold %s]",
				evalDescribe(st, p[0]), evalDescribe(st, p[1]), goldContra[p]))
		}
	}
	for _, p := range evalSortedPairs(found) {
		if !goldSet[p] {
			sc.details = append(sc.details, fmt.Sprintf("wrong contradiction with the gold mentions %s ~ %s [app %s]",
				evalDescribe(st, p[0]), evalDescribe(st, p[1]), contraFound[p]))
		}
	}
}

// evalDiff lists the gold pairs the app missed and the pairs it found that are not gold.
func evalDiff(st stories.Story, what string, found, gold map[evalPair]bool) []string {
	var out []string
	for _, p := range evalSortedPairs(gold) {
		if !found[p] {
			out = append(out, fmt.Sprintf("missed %s %s ~ %s", what, evalDescribe(st, p[0]), evalDescribe(st, p[1])))
		}
	}
	for _, p := range evalSortedPairs(found) {
		if !gold[p] {
			out = append(out, fmt.Sprintf("wrong %s %s ~ %s", what, evalDescribe(st, p[0]), evalDescribe(st, p[1])))
		}
	}
	return out
}

func evalTally(pred, gold map[evalPair]bool) evalCounts {
	c := evalCounts{Pred: len(pred), Gold: len(gold)}
	for p := range pred {
		if gold[p] {
			c.TP++
		}
	}
	return c
}

func evalSortedPairs(m map[evalPair]bool) []evalPair {
	out := make([]evalPair, 0, len(m))
	for p := range m {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// evalDescribe names a gold mention by id, claim and the start of its quote.
func evalDescribe(st stories.Story, id string) string {
	m, ok := st.Mention(id)
	if !ok {
		return id
	}
	q := []rune(m.Quote)
	if len(q) > 40 {
		q = append(q[:40], '…')
	}
	return fmt.Sprintf("%s(%s %q)", m.ID, m.Claim, string(q))
}

func evalContains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// evalRootKey names a root origin so that the app's names and the gold's meet: a
// government by its country ("Government of Italy" = "Italian government"), a medium by
// its canonical name ("APA" = "Austria Presse Agentur"), an article's title by its outlet
// (a company's legal form before its name, "PT Samudra Lintas Nusantara", is compared by
// the caller: the app's name may end with the gold's).
func evalRootKey(name string, titleOutlet map[string]string) string {
	if o, ok := titleOutlet[name]; ok {
		name = o
	}
	if c, ok := strings.CutPrefix(name, "Government of "); ok {
		c, _, _ = strings.Cut(c, " (") // the app's "Punjab (Pakistan)" is a gold "Punjab government"
		return "gov:" + c
	}
	if adj, ok := strings.CutSuffix(name, " government"); ok {
		if c := geo.CountryOfDemonym(adj); c != "" {
			return "gov:" + c
		}
		if d := geo.DivisionNamed(adj); len(d) > 0 {
			return "gov:" + d[0].Name // a gold "West Bengal government" is the app's "Government of West Bengal"
		}
		if d := geo.DivisionNamedIn(strings.TrimSuffix(adj, " state"), ""); len(d) == 1 {
			return "gov:" + d[0].Name // a gold "Georgia state government" is the app's "Government of Georgia (United States)"
		}
	}
	if src := reading.SourceByName(name); src != nil {
		if src.Kind == reading.SourceGovernment {
			return "gov:" + src.Country
		}
		return src.Name
	}
	return strings.ToLower(name)
}
