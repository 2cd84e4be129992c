package match

import "unicode"

// wordTok is a word of a text with its code-point offsets.
type wordTok struct {
	text       string
	start, end int
}

// tokens splits text into runs of letters/digits (with inner , . % kept in numbers).
func tokens(text string) []wordTok {
	rs := []rune(text)
	var out []wordTok
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) {
			r := rs[j]
			if isWordRune(r) {
				j++
				continue
			}
			// 11,000 and 2.5 stay one token; a trailing % belongs to the number
			if (r == ',' || r == '.') && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) && j > i && unicode.IsDigit(rs[j-1]) {
				j++
				continue
			}
			if r == '%' && j > i && unicode.IsDigit(rs[j-1]) {
				j++
			}
			break
		}
		out = append(out, wordTok{string(rs[i:j]), i, j})
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
