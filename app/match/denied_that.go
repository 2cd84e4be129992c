package match

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A denial often names what it denies by a pronoun, in a sentence of its own right after
// the statement: "Police say the lorry weighed 60 tonnes. The haulier denies that." ("Dhaka
// disputes that.", "She does not accept that.", "He calls that a lie.", "The union sees it
// differently.", "Residents say otherwise."). It shares no word with the claim, so no
// comparison of words proposes it; it is the statement before it, denied. r14deny2 counted
// 13 of the dev stories' 105 gold denials and doubts so.

// thatDeniedCue is a denial whose object is a pronoun for what was said, closing its
// sentence: a verb of denial, "does not accept / believe", "calls that a lie", "says the
// opposite / otherwise", "sees it differently".
var thatDeniedCue = regexp.MustCompile(`(?i)^(.{0,160}?)\b(?:(?:flatly |strongly |firmly |also )?(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dispute|contests|contested|contest|dismisses|dismissed|dismiss|refutes|refuted|refute) (?:that|it|this|those|these|them)|(?:does|do|did) not (?:accept|believe) (?:that|it|this)|(?:doesn't|don't|didn't|doesn’t|don’t|didn’t) (?:accept|believe) (?:that|it|this)|(?:calls?|called) (?:that|it|this) (?:a )?(?:lie|false|nonsense|untrue|fabrication|fiction)|(?:says?|said|maintains?|insists?) (?:the )?(?:opposite|otherwise)|(?:sees?|saw) (?:it|things|this|that|the matter) differently)$`)

// DeniesWhatWentBefore reports whether text, a sentence, only denies what the sentence
// before it says: a denial of a pronoun that closes it, after a subject of at most eight
// words ("People on the east bank of the river say otherwise.") that is no negation ("No
// one disputes that." agrees) and holds no clause break but one apposition between two
// commas after its head ("Tomas Ferro, who chairs the growers' union, sees it differently.":
// denied_that_apposition.go; r14deny3 and r14contra3 found such disputing sentences missed).
func DeniesWhatWentBefore(text string) bool {
	if !thatDeniedLast[closingWord(text)] {
		return false // the cheap check first: every sentence of a proposal comes here
	}
	t := strings.TrimRight(strings.TrimSpace(text), ".!\"”’' ")
	m := thatDeniedCue.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	head := m[1]
	if strings.ContainsAny(head, ",;:") {
		var ok bool
		if head, ok = appositionSubject(head); !ok { // "Lena Marsh, the housing officer, denies that."
			return false
		}
	}
	subject := Words(head)
	if len(subject) > 8 {
		return false
	}
	for _, w := range subject {
		if negations[w] || w == "nobody" || w == "few" || w == "t" {
			return false
		}
	}
	return true
}

// thatDeniedLast are the words thatDeniedCue can end on.
var thatDeniedLast = wordSet(`that it this those these them lie false nonsense untrue fabrication fiction opposite otherwise differently`)

// closingWord is text's last word in lower case ("" when none), as lastWord reads it for
// the words above (which have no marks), but read from text's end alone: it is asked of
// every sentence a proposal scores, and lastWord reads the whole sentence.
func closingWord(text string) string {
	end := strings.LastIndexFunc(text, unicode.IsLetter)
	if end < 0 {
		return ""
	}
	start := strings.LastIndexFunc(text[:end], func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	_, size := utf8.DecodeRuneInString(text[end:])
	return strings.ToLower(text[start : end+size])
}
