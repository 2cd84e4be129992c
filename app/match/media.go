package match

import "claimdesk/app/reading"

// The news media an article can name as the channel of a claim are reading.Sources other
// than governments: a government ("the Kremlin") is a speaker, which attribution resolves.

// FindAgencies lists the news media named in text (code points, text order).
func FindAgencies(text string) []reading.Reference {
	var out []reading.Reference
	for _, r := range reading.FindSources(text) {
		if r.Source.IsMedium() {
			out = append(out, r)
		}
	}
	return out
}

// AgencyByName returns the news medium named name (any alias, any case), or nil.
func AgencyByName(name string) *reading.Source {
	if s := reading.SourceByName(name); s != nil && s.IsMedium() {
		return s
	}
	return nil
}
