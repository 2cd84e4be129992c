package match

import "strings"

// A denial of what went before often names its speaker with an apposition or a relative
// clause between commas: "Kamala Ruiz, the union's treasurer, denies that.", "The owner,
// Arno Hale, calls that a lie.", "Piet Varga, who chairs the tenants, sees it differently."
// The subject is then the head before the first comma; what stands between the commas
// describes it. r14deny3 counted four of the dev stories' denials so, all missed.

// maxAppositionWords is the longest insertion read as an apposition (a title with a
// long institution's name: "a hydrologist at the University of ... and Technology").
const maxAppositionWords = 14

// appositionSubject is the head of subject when subject is a head, then one insertion
// between two commas, and nothing after the second comma ("Lena Marsh, the housing
// officer, "); ok false otherwise (no comma, an opener such as "In May, the council",
// two insertions, one too long).
func appositionSubject(subject string) (head string, ok bool) {
	s := strings.TrimSpace(subject)
	if !strings.HasSuffix(s, ",") || strings.Count(s, ",") != 2 || strings.ContainsAny(s, ";:") {
		return "", false
	}
	head, insertion, _ := strings.Cut(strings.TrimSuffix(s, ","), ",")
	if n := len(Words(insertion)); n == 0 || n > maxAppositionWords || len(Words(head)) == 0 {
		return "", false
	}
	return head, true
}
