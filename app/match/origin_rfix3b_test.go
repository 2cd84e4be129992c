package match

import "testing"

// Readings of who a mention comes from that an analyst's walk through an invented dam
// story (frontend/e2e/fixtures/orrin) found wrong; each article here is written for its
// test, in other words than the walk's.

// "the company" names the firm an earlier sentence opens with even when a relative
// clause stands between the name and its verb ("Tallow Grid, which runs the line,
// denied ..."): the firm, not a vague "company" the claim counts as an origin apart.
func TestReadOriginFirmBeforeARelativeClause(t *testing.T) {
	cases := []rootCase{
		{"Tallow Grid, which runs the power line, said on Friday that the pylon was sound. In a statement, the company said the sparks came from a faulty lamp.",
			"the sparks came from a faulty lamp", "The Fenmoor Gazette", "Tallow Grid"},
		{"Brisk Ferries, which owns the vessel, rejected the report. The firm said the ramp had been checked in May.",
			"the ramp had been checked in May", "The Fenmoor Gazette", "Brisk Ferries"},
	}
	checkRoots(t, cases)
}

// A firm named only at a sentence's start ("Tallow Grid said ...") that the text then
// calls by what it is ("the company said") is a firm that speaks, not the outlet's own
// reporting; a statement "carried by", "distributed by" or "as reported by" a medium
// has that medium as its relay.
func TestReadOriginCarriedByAMedium(t *testing.T) {
	const relay = "FENMOOR — The pylon did not fall, the Harwick News agency reported.\n\n" +
		"Tallow Grid said in a statement carried by Harwick News that the sparks came from a faulty lamp. \"The line is safe,\" the company said."
	cases := []chainCase{
		{relay, "the sparks came from a faulty lamp", "Continental Wire", "Tallow Grid", "Harwick News"},
		{"LONDON, May 2 (Reuters) - Pellworth Dairy Group said in a statement distributed by Interfax that milk prices would rise.",
			"milk prices would rise", "Reuters", "Pellworth Dairy Group", "Interfax"},
		{"MOSCOW (AFP) - The harvest will be late, the agriculture ministry said, as reported by TASS.",
			"The harvest will be late", "Agence France-Presse", GovernmentName("Russia"), "TASS"},
		// goods carried by a ship relay nothing
		{"LONDON, May 2 (Reuters) - Pellworth Dairy Group said the cheese carried by Northgate Shipping had spoiled.",
			"the cheese carried by Northgate Shipping had spoiled", "Reuters", "Pellworth Dairy Group", ""},
	}
	checkChains(t, cases)
}

// A ministry named in full in an article that names no country keeps its name as the
// origin ("the Ministry of Harbours and Fisheries", "the Harbours Ministry"), not
// "Government (country not named)", and "the ministry" or "ministry spokesman X" after it
// is the same ministry; with a country in the article it is that government's, as before,
// and an office with no name stays the unnamed country's government.
func TestReadOriginNamedOfficeOfAnUnnamedCountry(t *testing.T) {
	const text = "The Ministry of Harbours and Fisheries said the quay would reopen on Friday. The ministry added that two cranes were damaged. Ministry spokesman Ivo Brenk said the dredgers would start on Monday."
	cases := []rootCase{
		{text, "the quay would reopen on Friday", "The Fenmoor Gazette", "Ministry of Harbours and Fisheries"},
		{text, "two cranes were damaged", "The Fenmoor Gazette", "Ministry of Harbours and Fisheries"},
		{text, "the dredgers would start on Monday", "The Fenmoor Gazette", "Ministry of Harbours and Fisheries"},
		{"The quay will reopen on Friday, the Harbours Ministry said.", "The quay will reopen on Friday", "The Fenmoor Gazette", "Harbours Ministry"},
		{"OSLO, May 2 (Reuters) - The Ministry of Harbours and Fisheries said the quay would reopen on Friday.",
			"the quay would reopen on Friday", "Reuters", GovernmentName("Norway")},
		{"The ministry said the quay would reopen on Friday.", "the quay would reopen on Friday", "The Fenmoor Gazette", UnnamedGovernment},
		{"The Ministry of Harbours and Fisheries said the quay was shut. The national weather office said the storm would pass.",
			"the storm would pass", "The Fenmoor Gazette", UnnamedGovernment},
	}
	checkRoots(t, cases)
}

// A named ministry of an unnamed country is still read as its country's government in
// another article of the claim that names the country (ResolveVague).
func TestResolveNamedOfficeInAnotherArticle(t *testing.T) {
	o := readRoot(t, "The Ministry of Harbours and Fisheries said the quay would reopen on Friday.", "the quay would reopen on Friday", "The Fenmoor Gazette")
	root, _, ok := ResolveVague("OSLO, May 2 (Reuters) - Norway's harbours ministry said the quay would reopen.", "Reuters", o)
	if !ok || root != GovernmentName("Norway") {
		t.Fatalf("%q (vague %q) resolved to %q, %v; want %q", o.Root, o.Vague, root, ok, GovernmentName("Norway"))
	}
}

// A title of a national office before a name ("State Councillor Li Wen", "Federal
// Councillor Anna Keller") speaks for that country's government, and so does the
// surname after it; a councillor by title alone ("Councillor Amir Shah") stays a local
// government's (TestReadOriginCouncillor).
func TestReadOriginNationalCouncillor(t *testing.T) {
	cases := []rootCase{
		{"BEIJING, May 2 (Reuters) - State Councillor Li Wen said the new reservoir would be full by 2028.",
			"the new reservoir would be full by 2028", "Reuters", GovernmentName("China")},
		{"BEIJING, May 2 (Reuters) - State Councillor Li Wen toured the dam on Monday. Li said the new reservoir would be full by 2028.",
			"the new reservoir would be full by 2028", "Reuters", GovernmentName("China")},
		{"BERN (AFP) - Federal Councillor Anna Keller said the rail tunnel would reopen in June.",
			"the rail tunnel would reopen in June", "Agence France-Presse", GovernmentName("Switzerland")},
	}
	checkRoots(t, cases)
}

// A medium the sources do not know, described by what it is after its name ("the Harwick
// News agency reported") is that medium, not a government office for the word "agency";
// an office so described ("the Civil Protection agency") stays an office.
func TestReadOriginAgencyNamedBeforeItsKind(t *testing.T) {
	cases := []rootCase{
		{"FENMOOR — Six streets were flooded overnight, the Harwick News agency reported.",
			"Six streets were flooded overnight", "Continental Wire", "Harwick News"},
		{"FENMOOR — Six streets were flooded overnight, the Civil Protection agency said.",
			"Six streets were flooded overnight", "Continental Wire", UnnamedGovernment},
	}
	checkRoots(t, cases)
}
