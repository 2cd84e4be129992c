package match

// Ablation switches guards of the score off one at a time, for measuring what each costs
// and what it saves (docs/verification-eval.md, "The guards on ECB+ (r14gate)"). Only
// tests set it (app's ablation_test.go, from MATCH_GUARD_OFF); the app never does, and the
// zero value is the score as shipped.
var Ablation struct {
	RoleConflict    bool // a role conflict no longer sets the score to 0
	ParticipantGate bool // an event class counts without a participant in common
	OtherEvent      bool // no NoSharedEventFactor for another kind of event
	OtherMain       bool // no OtherMainFactor
	OtherPeople     bool // no OtherPeopleFactor
	OtherPerson     bool // OtherPeopleFactor only when no person is shared (r14prec's reading off)
	FigureClash     bool // no 0.75 discount for disagreeing figures
	Held            bool // app: a sentence another claim holds is proposed and accepted
	Events          bool // all the event gates: CompareEvents as if events were false
	// r14frame's reading (PhrasalReading), measured apart (docs/verification-eval.md, "r14frame")
	PhrasalSplit bool // a verb of several words is read only with its words together
	// r14role: a participant named by role meets one named by name (described.go)
	Described bool
	// r14ws: a participant the workspace knows by alias or by whom they speak for (Features.Known)
	Known bool
	// r14other: the claim's event held only in the circumstance of another (other_statement.go)
	Background bool
	// r14other: a part of what the claim counts ("two of the three dead", other_statement.go)
	Part bool
	// r14deny2: a warning denied by its receipt ("denied that it had received any warning",
	// denied_received.go), and a pronoun denial of the sentence before ("The haulier denies
	// that.", denied_that.go; app/matching_anaphora.go)
	Receipt, ThatDenied bool
	// r14deny3: a statement's closing denial proposed as a mention of its own ("..., a
	// claim the owner rejected": denied_clause.go; app/matching_clause_denial.go)
	ClauseDenied bool
	// r14deny3: the denial of a claim whose event the lexicon does not know, read by the
	// claim's own words (denied_unknown.go)
	UnknownEvent bool
	// r14contra3: a disputing sentence and the contrary account after it (app/matching_anaphora.go)
	ContraryAfter bool
	// r14count (counts.go): a question lowered; a sentence about others the event touched
	// lowered; the claim's count with another value raised
	Question, Others, OtherFigure bool
}
