// Package reading is Claimdesk's one reading of figures, dates and sources. The suggester,
// matching, the conflict check, the claim page, exports and import metadata all read text
// through it, so the same phrase gets the same value everywhere. Pure Go: no database, no UI.
//
// The API:
//
//   - Parse(text, published) reads the first figure or date of text; Find reads them all;
//     ParseIn reads an analyst's raw value in the light of the quote it came from. A Value
//     is a figure (a range Low..High, nil = open end, with unit, hedge and precision
//     exact|approx|bound|range|vague) or a date (an inclusive day interval Start..End with
//     precision day|week|month|season|year|decade). Relative dates resolve against
//     published (YYYY-MM-DD…); without it they stay unresolved, never guessed.
//   - Compare, Judge and Compatible say whether two values agree, conflict or cannot be
//     compared; Text renders a value.
//   - Sources is the one table of agencies, outlets and governments; SourceByName looks one
//     up by any alias; FindSources and FindReferences find them in a text, with the vague
//     references reporters use ("state media", "the agency", "officials in Seoul").
//   - ReadDateline reads a wire dateline ("TOKYO, Oct. 2, 2024 —", "MOSCOW (Reuters) -").
//
// Every range chosen here (what "thousands" or "around 11,000" or "last winter" means) is
// written once, in docs/reading.md; the tables in testdata hold the phrases that pin them.
package reading
