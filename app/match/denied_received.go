package match

import "strings"

// A warning or a notice is denied most often by the one it was given to, told the other
// way round and by a noun: "Inspectors warned the operator" / "The operator denied that it
// had received any such warning" / "We received no report from the inspectorate" / "No
// notice was ever received". The act of the claim (warning, informing: telling someone)
// is then read from a receipt and a message noun, which the claim's words do not meet
// ("received", "report"), and the one it was given to is the subject, not the object it
// is in the claim, so the gate of the same statement denied (deniedStatement) passed none
// of them (r14deny2: the uxwalk3 walk's three denials of the Drevna warning).

// tellingClasses are the event classes of letting someone know (lexicon.go): a receipt
// of any message noun tells them, whichever verb the claim used.
var tellingClasses = map[string]bool{"v:warn": true, "v:notify": true}

// messageNouns are what is given when someone is warned or told.
var messageNouns = wordSet(`warning warnings notice notices notification notifications report reports alert
alerts message messages letter letters word`)

// receiptWords say a message came to someone ("received", "got", "reached").
var receiptWords = wordSet(`receive received receives receiving got get gets getting reach reached reaches`)

// receiptStems are receiptWords as the terms hold them (Stem): the cheap test that a text
// may tell a receipt, made before it is split into words (Compare runs for every pair).
var receiptStems = func() []string {
	var out []string
	for w := range receiptWords {
		if s := Stem(w); !strings.HasPrefix(s, "v:") {
			out = append(out, s)
		}
	}
	return out
}()

// deniedReceipt reports whether one of ref and cand tells that someone was warned or told
// (its first event is a telling class, with no denial of it) and the other that no such
// message came ("denied that it had received any warning", "received no notice from",
// "no report ... was received", "never got a warning"), with a participant of the telling
// named on the denying side: who told, who was told or what about, by the same word.
func (ix *Index) deniedReceipt(ref, cand Features) bool {
	for _, pair := range [2][2]Features{{ref, cand}, {cand, ref}} {
		says, against := pair[0], pair[1]
		if !tellingClasses[says.Main] || !against.mayOppose || !mayReceive(against) || !noReceipt(Words(against.Text)) {
			continue
		}
		if noReceipt(Words(says.Text)) || denial(says.Text, map[string]bool{says.Main: true}).cue != "" {
			return false // both deny, or the telling side denies its own telling
		}
		return namesParticipantOf(says, against, says.Main) && aboutTheSame(says, against, says.Main)
	}
	return false
}

// mayReceive reports whether f's terms hold a word of receipt.
func mayReceive(f Features) bool {
	for _, s := range receiptStems {
		if _, ok := f.Terms[s]; ok {
			return true
		}
	}
	return false
}

// noReceipt reports whether words say that a message did not come: a receipt word with a
// negation in the three words before it or the two after ("did not receive", "had never
// got", "received no"), or a denial verb in the six before it ("denied that it had
// received", "denies receiving"), and a message noun in the five words after it; or a
// negation right before a message noun that a receipt word follows within six words ("no
// report about the bolts was ever received", "no such notice reached them").
func noReceipt(words []string) bool {
	for i, w := range words {
		if !receiptWords[w] {
			continue
		}
		negated := false
		for j := max(0, i-3); j < min(len(words), i+3); j++ {
			if j != i && (negations[words[j]] || words[j] == "t") {
				negated = true
			}
		}
		denied := false
		for j := max(0, i-6); j < i; j++ {
			if denialWords[words[j]] {
				denied = true
			}
		}
		if negated == denied { // neither, or a denial of a negated receipt
			continue
		}
		for j := i + 1; j < min(len(words), i+6); j++ {
			if messageNouns[words[j]] {
				return true
			}
		}
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i] != "no" {
			continue
		}
		for j := i + 1; j < min(len(words), i+3); j++ {
			if !messageNouns[words[j]] {
				continue
			}
			for k := j + 1; k < min(len(words), j+7); k++ {
				if receiptWords[words[k]] {
					return true
				}
			}
		}
	}
	return false
}

// namesParticipantOf reports whether against names, by the same word, one who takes part
// in says's event t: its actors, objects, goals or patients ("Inspectors warned the
// operator" / "no report from the inspectorate"; a name on one side read as a person's
// key, "p:corvane", is the word "corvane" on the other), or a country or entity of says.
func namesParticipantOf(says, against Features, t string) bool {
	r := says.Roles[t]
	for _, m := range []map[string]string{r.Actors, r.Objects, r.Goals, r.Patients} {
		for k := range m {
			if strings.HasPrefix(k, "c:") || strings.HasPrefix(k, "n:") {
				if _, ok := against.Terms[k]; ok {
					return true
				}
				continue
			}
			if _, ok := against.Terms[Stem(strings.TrimPrefix(k, "p:"))]; ok {
				return true
			}
		}
	}
	for k := range says.Entities {
		if _, ok := against.Entities[k]; ok {
			return true
		}
	}
	return false
}
