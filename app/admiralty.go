package app

import (
	"net/url"
	"strconv"
	"strings"
)

// Admiralty (NATO) grading: information credibility 1–6 on claims, source reliability
// A–F on sources. A report's grade puts the two together, e.g. "B2".

// credibilityLabels are the Admiralty information-credibility grades.
var credibilityLabels = map[int64]string{
	1: "Confirmed by other sources",
	2: "Probably true",
	3: "Possibly true",
	4: "Doubtful",
	5: "Improbable",
	6: "Truth cannot be judged",
}

// reliabilityLabels are the Admiralty source-reliability grades.
var reliabilityLabels = map[string]string{
	"A": "Completely reliable",
	"B": "Usually reliable",
	"C": "Fairly reliable",
	"D": "Not usually reliable",
	"E": "Unreliable",
	"F": "Reliability cannot be judged",
}

// sourceKinds is the sources.kind vocabulary, as the schema's CHECK constraint defines it.
var sourceKinds = set("outlet", "agency", "state_media", "government", "official", "organisation", "social_media", "other")

// evidenceStances is the evidence.stance vocabulary.
var evidenceStances = set("supports", "refutes", "context")

// CredibilityLabel names an information-credibility grade ("" when ungraded or unknown).
func CredibilityLabel(c int64) string { return credibilityLabels[c] }

// ReliabilityLabel names a source-reliability grade ("" when unknown).
func ReliabilityLabel(r string) string { return reliabilityLabels[r] }

// Grade is a report's Admiralty grade: the source's reliability letter and the claim's
// credibility digit. An unknown source is "F" (reliability cannot be judged); an
// ungraded claim is "-", not "6": 6 is an analyst's judgement ("truth cannot be
// judged"), and a claim nobody has assessed yet must not read as one.
func Grade(reliability string, credibility *int64) string {
	if _, ok := reliabilityLabels[reliability]; !ok {
		reliability = "F"
	}
	if credibility == nil || credibilityLabels[*credibility] == "" {
		return reliability + UngradedMark
	}
	return reliability + strconv.FormatInt(*credibility, 10)
}

// UngradedMark stands for the credibility digit of a claim that has no assessment.
const UngradedMark = "-"

func checkCredibility(c int64) error {
	if credibilityLabels[c] == "" {
		return Invalid("credibility must be 1–6 (Admiralty scale: 1 Confirmed by other sources, 2 Probably true, 3 Possibly true, 4 Doubtful, 5 Improbable, 6 Truth cannot be judged); got %d", c)
	}
	return nil
}

// normReliability upper-cases a reliability letter and checks it ("" is F, cannot be judged).
func normReliability(r string) (string, error) {
	r = strings.ToUpper(strings.TrimSpace(r))
	if r == "" {
		return "F", nil
	}
	if reliabilityLabels[r] == "" {
		return "", Invalid("reliability must be A–F (Admiralty scale: A Completely reliable, B Usually reliable, C Fairly reliable, D Not usually reliable, E Unreliable, F Reliability cannot be judged); got %q", r)
	}
	return r, nil
}

// checkURL accepts "" or an absolute http(s) URL.
func checkURL(what, raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", Invalid("%s must be an http:// or https:// address; got %q", what, raw)
	}
	return raw, nil
}
