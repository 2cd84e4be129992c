package ingest

import "testing"

func TestMetadataCues(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		outlet      string
		publishedAt string
		byline      string
		cites       []string
	}{
		{
			name:   "wire dateline with city",
			text:   "Title\n\nSEOUL (Reuters) - North Korea said, according to KCNA.\n",
			outlet: "Reuters", cites: []string{"Korean Central News Agency"},
		},
		{
			name:   "Yonhap dateline with year gives the date",
			text:   "Title\n\nSEOUL, June 30, 2025 (Yonhap) -- Text citing the Korean Central News Agency.\n",
			outlet: "Yonhap", publishedAt: "2025-06-30", cites: []string{"Korean Central News Agency"},
		},
		{
			name:   "dateline without year: no date",
			text:   "Title\n\nSeoul, June 30 (NationPress) Kim met Lyubimova.\n",
			outlet: "NationPress", publishedAt: "",
			cites: []string{},
		},
		{
			name:   "ambiguous footer date resolved by the dateline",
			text:   "Title\n\nSeoul, June 5 (NationPress) Text.\n\nMore text.\nNationPress\n05/06/2025\n",
			outlet: "NationPress", publishedAt: "2025-06-05", cites: []string{},
		},
		{
			name:   "ambiguous date that the dateline contradicts stays unknown",
			text:   "Title\n\nSeoul, July 1 (NationPress) Text.\nNationPress\n05/06/2025\n",
			outlet: "NationPress", publishedAt: "", cites: []string{},
		},
		{
			name:   "a dateline without a year takes it from a date the story states",
			text:   "Ferry Runs Aground\n\nBUSAN, Aug. 3 (Yonhap) -- A ferry built on March 2, 2023 ran aground.\n",
			outlet: "Yonhap", publishedAt: "2023-08-03", cites: []string{},
		},
		{
			name:   "a wire dateline with its year",
			text:   "Rail Strike\n\nTOKYO, Oct. 2, 2024 — Trains stopped, Kyodo said.\n",
			outlet: "", publishedAt: "2024-10-02", cites: []string{"Kyodo"},
		},
		{
			name:   "a headline's slug is no dateline: the outlet is the dateline's below it",
			text:   "(LEAD) Ferry Runs Aground off Jeju\n\n2026-04-02 09:15\n\nJEJU, April 2 (Yonhap) -- A ferry ran aground.\n",
			outlet: "Yonhap", publishedAt: "2026-04-02T09:15", cites: []string{},
		},
		{
			name:   "a day-first dateline between slashes",
			text:   "River Rises\n\nBucharest, 13 May 2026 /Agerpres/ - A river rose overnight.\n",
			outlet: "Agerpres", publishedAt: "2026-05-13", cites: []string{},
		},
		{
			name:   "a bare outlet before the dash, and a dotted date read day first",
			text:   "Ferry Delayed\n\n07.03.2026 10:05\n\nOSAKA, March 7 Kyodo - A ferry was delayed.\n",
			outlet: "Kyodo", publishedAt: "2026-03-07T10:05", cites: []string{},
		},
		{
			name:   "two cities joined by a slash",
			text:   "Rail Strike Ends\n\n06.10.2026 14:21\n\nVienna/Salzburg (APA) - The railway strike ended.\n",
			outlet: "Austria Presse Agentur", publishedAt: "2026-10-06T14:21", cites: []string{},
		},
		{
			name:   "an outlet in a TASS dateline",
			text:   "Grain Deal\n\nMOSCOW, June 30. /TASS/. A deal was signed on June 28, 2025.\n",
			outlet: "TASS", publishedAt: "2025-06-30", cites: []string{},
		},
		{
			name:   "ambiguous date without a cue stays unknown",
			text:   "Title\n05/06/2025\nBody text.\n",
			outlet: "", publishedAt: "", cites: []string{},
		},
		{
			name:   "unknown outlet in a dateline is not guessed",
			text:   "Title\n\nSEOUL (Daily Planet) - Text.\n",
			outlet: "", cites: []string{},
		},
		{
			name:   "parenthesised agency mid-sentence is not a dateline",
			text:   "Title\n\nKim (KCNA) said nothing.\n",
			outlet: "", cites: []string{"Korean Central News Agency"},
		},
		{
			name:        "byline and outlet on a By line",
			text:        "Title\nBy Jane Doe, Reuters\nJune 30, 2025\n\nText.\n",
			outlet:      "Reuters",
			publishedAt: "2025-06-30",
			byline:      "Jane Doe",
			cites:       []string{},
		},
		{
			name:   "reporting sign-off with names is a byline, not an outlet",
			text:   "Title\n\nText.\n\n(Reporting by Hyonhee Shin in Seoul; Editing by Sandra Maler)\n",
			byline: "Hyonhee Shin", cites: []string{},
		},
		{
			name:        "caption date in the header is not the publication date",
			text:        "Title\nFILE PHOTO: Lyubimova in Moscow, Russia July 9, 2024. REUTERS/Evgenia Novozhenina\n\n(Reuters) - Text.\n",
			outlet:      "Reuters",
			publishedAt: "",
			cites:       []string{},
		},
		{
			name:   "date in the middle of the body is ignored",
			text:   "Title\n1\n2\n3\n4\n5\n6\n7\n8\nJune 30, 2025\n9\n10\n11\n12\n13\n14\n",
			outlet: "", publishedAt: "", cites: []string{},
		},
		{
			name:        "date line in the footer",
			text:        "Title\n\nText.\n\nPublished: 1 July 2025\n",
			publishedAt: "2025-07-01", cites: []string{},
		},
		{
			name:  "cites in order of first appearance, aliases collapsed, deduplicated",
			text:  "Title\n\nTASS said, citing KCNA. Xinhua and the Korean Central News Agency agreed; Tass repeated it. AP and AFP too.\n",
			cites: []string{"TASS", "Korean Central News Agency", "Xinhua", "Associated Press", "Agence France-Presse"},
		},
		{
			name:  "attributions that are not media are not cites",
			text:  "Title\n\nAccording to U.K. defense intelligence, casualties rose, Umerov said.\n",
			cites: []string{},
		},
		{
			name:  "photo credits and words containing aliases are not cites",
			text:  "Title\n\nREUTERS/Kim Hong-Ji. AP Photo/Ahn. APEC leaders met at the Kyodokan hall.\n",
			cites: []string{},
		},
		{
			name:   "a headline with By is not a byline",
			text:   "Kim Visited By Russian Minister\n\nStand By Me was played, following reporting by the BBC.\n",
			byline: "", cites: []string{"BBC"},
		},
		{
			name:   "byline on its own line",
			text:   "Title\n• By Jane Doe\n\nText.\n",
			byline: "Jane Doe", cites: []string{},
		},
		{
			name:  "all-capitals alias",
			text:  "Title\n\nSaid YONHAP.\n",
			cites: []string{"Yonhap"},
		},
		{
			name:   "an agency's wordmark and date above the story are its header, not its dateline",
			text:   "Ferry Delayed\n\nKYODO NEWS - Apr 15, 2026 - 12:41\n\nTOKYO, April 15 Kyodo - A ferry was delayed by fog.\n",
			outlet: "Kyodo", publishedAt: "2026-04-15T12:41", cites: []string{},
		},
		{
			name:   "a medium's name before a bar and the date",
			text:   "Night of Fire\n\nRadio Tbilisi | 19 September 2026, 21:10\nBy Nino Kapanadze\n\nGORI — The fire burned all night.\n",
			outlet: "Radio Tbilisi", publishedAt: "2026-09-19T21:10", byline: "Nino Kapanadze", cites: []string{},
		},
		{
			name:   "a person's name before a bar is no outlet",
			text:   "Night of Fire\n\nJane Doe | 19 September 2026\n\nThe fire burned all night.\n",
			outlet: "", publishedAt: "2026-09-19", cites: []string{},
		},
		{
			name:   "an agency no list knows signs its dateline in parentheses after a city and a date",
			text:   "Grid Restored\n\nVeldra, 3 March (Norvak). The grid came back overnight.\n",
			outlet: "Norvak", cites: []string{},
		},
		{
			name:   "an agency no list knows signs its dateline between slashes",
			text:   "Grid Restored\n\nVELDRA, March 3. /Norvak/. The grid came back overnight.\n",
			outlet: "Norvak", cites: []string{},
		},
		{
			name:   "a slug in parentheses after a city and a date is no outlet",
			text:   "Grid Restored\n\nVELDRA, March 3 (UPDATE 2) - The grid came back overnight.\n",
			outlet: "", cites: []string{},
		},
		{
			name:   "a name in parentheses without a city and a date is no outlet",
			text:   "Grid Restored\n\nMinister Arlen (Veldra Party) said the grid came back.\n",
			outlet: "", cites: []string{},
		},
		{
			name:   "a dateline with an ordinal day",
			text:   "Port Reopens\n\nABU DHABI, 14th April, 2026 (WAM) -- The port reopened.\n",
			outlet: "WAM", publishedAt: "2026-04-14", cites: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParsePlainText(tt.text)
			assertEqual(t, "Outlet", a.Outlet, tt.outlet)
			assertEqual(t, "PublishedAt", a.PublishedAt, tt.publishedAt)
			assertEqual(t, "Byline", a.Byline, tt.byline)
			assertEqual(t, "Cites", a.Cites, tt.cites)
		})
	}
}
