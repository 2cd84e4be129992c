package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Characters that hide what a text says, read as the UI reads them
// (frontend/src/lib/invisibleChars.ts, findInvisible); both are held to the same cases by
// testdata/invisible-cases.json. Which characters, and why:
//   - direction controls (embeddings, overrides, isolates U+202A–U+202E, U+2066–U+2069):
//     always; they reorder whole runs of letters ("did <RLO>ton<PDF> happen").
//   - direction marks (LRM, RLM, ALM): only in text without right-to-left letters; Hebrew
//     and Arabic text needs them, in left-to-right text they reorder digits and
//     punctuation ("killed 1<RLM>,500 people" draws as "killed 1500, people").
//   - zero-width and other invisible format characters (U+200B, U+2060–U+2064, U+FEFF,
//     U+00AD, U+034F, U+180E, tags U+E0000–U+E007F): always, except tags inside an emoji
//     subdivision flag (U+1F3F4, tags, U+E007F).
//   - joiners (ZWJ, ZWNJ): only where no script uses them: not between two emoji, nor
//     between letters or marks of a script other than Latin, Greek and Cyrillic.

// Invisible is one character found: its byte offset in the text and the rune.
type Invisible struct {
	At   int
	Rune rune
}

// invisibleMarks are the visible marks shown in their place (the UI draws the same).
var invisibleMarks = map[rune]string{
	'\u202A': "▸", '\u202B': "◂", '\u202C': "▪", '\u202D': "▸", '\u202E': "◂",
	'\u2066': "▸", '\u2067': "◂", '\u2068': "▸", '\u2069': "▪",
	'\u200E': "›", '\u200F': "‹", '\u061C': "‹",
}

// invisibleMark stands for the rest; a tag character (two UTF-16 units in the UI, which
// keeps offsets by giving each unit a mark) shows as two.
const invisibleMark = "◇"

func isDirectionControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

func isDirectionMark(r rune) bool { return r == 0x200E || r == 0x200F || r == 0x061C }

func isTag(r rune) bool { return r >= 0xE0000 && r <= 0xE007F }

func isZeroWidth(r rune) bool {
	switch r {
	case 0x200B, 0xFEFF, 0x00AD, 0x034F, 0x180E:
		return true
	}
	return r >= 0x2060 && r <= 0x2064
}

func isJoiner(r rune) bool { return r == 0x200C || r == 0x200D }

// isCandidate is any character the rules look at.
func isCandidate(r rune) bool {
	return isDirectionControl(r) || isDirectionMark(r) || isZeroWidth(r) || isJoiner(r) || isTag(r)
}

var rtlScripts = []*unicode.RangeTable{unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko}

// hasRTLLetter: a letter, not any character of those scripts (the ALM itself is of the
// Arabic script).
func hasRTLLetter(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && unicode.IsLetter(r) && unicode.IsOneOf(rtlScripts, r) {
			return true
		}
	}
	return false
}

// emojiPictographs covers Unicode's Extended_Pictographic blocks (the UI's
// \p{Extended_Pictographic}); coarser in the symbol blocks, which only matters for a joiner
// between two dingbats.
var emojiPictographs = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x00A9, 0x00A9, 1}, {0x00AE, 0x00AE, 1}, {0x203C, 0x203C, 1}, {0x2049, 0x2049, 1},
		{0x2122, 0x2122, 1}, {0x2139, 0x2139, 1}, {0x2194, 0x21AA, 1}, {0x231A, 0x23FF, 1},
		{0x24C2, 0x24C2, 1}, {0x25AA, 0x25FE, 1}, {0x2600, 0x27BF, 1}, {0x2934, 0x2935, 1},
		{0x2B05, 0x2B55, 1}, {0x3030, 0x3030, 1}, {0x303D, 0x303D, 1}, {0x3297, 0x3299, 2},
	},
	R32: []unicode.Range32{
		{0x1F000, 0x1F0FF, 1}, {0x1F10D, 0x1F10F, 1}, {0x1F12F, 0x1F12F, 1}, {0x1F16C, 0x1F171, 1},
		{0x1F17E, 0x1F17F, 1}, {0x1F18E, 0x1F18E, 1}, {0x1F191, 0x1F19A, 1}, {0x1F1AD, 0x1F1E5, 1},
		{0x1F201, 0x1F3FA, 1}, {0x1F400, 0x1FAFF, 1}, {0x1FC00, 0x1FFFD, 1},
	},
}

// joinable says what a joiner may sit between: "emoji" (with skin tones and the emoji-style
// selector), "script" (a letter or mark of a script that shapes joins), or "".
func joinable(r rune, ok bool) string {
	switch {
	case !ok:
		return ""
	case r == 0xFE0F || (r >= 0x1F3FB && r <= 0x1F3FF) || unicode.Is(emojiPictographs, r):
		return "emoji"
	case (unicode.IsLetter(r) || unicode.IsMark(r)) && !unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic):
		return "script"
	}
	return ""
}

func runeBefore(s string, i int) (rune, bool) {
	if i <= 0 {
		return 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r, true
}

func runeAt(s string, i int) (rune, bool) {
	if i >= len(s) {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r, true
}

// joinerBelongs: a joiner at byte i between two emoji or two letters of a joining script.
func joinerBelongs(s string, i, size int) bool {
	before := joinable(runeBefore(s, i))
	return before != "" && before == joinable(runeAt(s, i+size))
}

// tagBelongs: a tag at byte i inside "black flag, tags…, cancel tag" (a subdivision flag).
func tagBelongs(s string, i int) bool {
	j := i
	for {
		r, ok := runeBefore(s, j)
		if !ok || !isTag(r) {
			break
		}
		j -= utf8.RuneLen(r)
	}
	if r, ok := runeBefore(s, j); !ok || r != 0x1F3F4 {
		return false
	}
	for k := i; k < len(s); {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isTag(r) {
			return false
		}
		if r == 0xE007F {
			return true
		}
		k += size
	}
	return false
}

// FindInvisible lists the characters in s that hide what it says, in order.
func FindInvisible(s string) []Invisible {
	var found []Invisible
	rtl := -1 // unknown until a direction mark asks
	for i, r := range s {
		if !isCandidate(r) {
			continue
		}
		hide := true
		switch {
		case isDirectionMark(r):
			if rtl < 0 {
				rtl = 0
				if hasRTLLetter(s) {
					rtl = 1
				}
			}
			hide = rtl == 0
		case isJoiner(r):
			hide = !joinerBelongs(s, i, utf8.RuneLen(r))
		case isTag(r):
			hide = !tagBelongs(s, i)
		}
		if hide {
			found = append(found, Invisible{At: i, Rune: r})
		}
	}
	return found
}

// markOf is the visible mark shown for a character FindInvisible found.
func markOf(r rune) string {
	if m, ok := invisibleMarks[r]; ok {
		return m
	}
	if isTag(r) {
		return invisibleMark + invisibleMark
	}
	return invisibleMark
}

// needsShowing reports whether Shown would change s; most text holds none of these.
func needsShowing(s string) bool {
	for _, r := range s {
		if isCandidate(r) || (unicode.IsControl(r) && r != '\n' && r != '\t') {
			return true
		}
	}
	return false
}

// Shown is text as a memo or the CLI shows it: the characters FindInvisible finds as the
// marks the UI draws (▸ ◂ ▪ for direction controls, › ‹ for direction marks, ◇ for the
// rest), other control characters (an escape sequence that would move a terminal's cursor,
// a NUL) as their Unicode control pictures (␛, ␀), and a CR as a line break; tabs and line
// breaks stay.
func Shown(s string) string {
	if !needsShowing(s) {
		return s
	}
	found := FindInvisible(s)
	var b strings.Builder
	b.Grow(len(s))
	next := 0
	for i, r := range s {
		if next < len(found) && found[next].At == i {
			b.WriteString(markOf(r))
			next++
			continue
		}
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r':
			b.WriteRune('\n')
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('␡')
		case unicode.IsControl(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
