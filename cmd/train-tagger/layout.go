package main

import (
	"fmt"
	"math/rand"
	"strings"

	"claimdesk/app/suggest"
)

// Layout documents, written for Claimdesk: the forms of news copy where
// names stand without a sentence around them (results lines, tables, lists
// of finishers, datelines, bylines, headlines in capitals). The public
// corpora are mostly running prose, so the tagger would otherwise never see
// a club name followed by a score. The names below are invented or common
// given names, surnames, places and made-up firms.

var (
	givenNames = strings.Fields(`Anna Marta Jonas Pavel Lena Tomas Sofia Ahmed Fatima Kenji Yuki Olga Ivan Carlos Lucia Pedro Ines
		Mateo Chloe Lucas Emma Noah Amara Kwame Ngozi Aisha Omar Ravi Priya Arjun Mei Wei Jun Hana Minho Sven Ingrid Lars Astrid
		Piotr Agnieszka Dmitri Elena Giorgos Eleni Mehmet Ayse Diego Valentina Bruno Camille Hugo Louise Jan Eva Mark Laura
		Daniel Sarah Michael Julia Peter Nina Thomas Clara Rafael Beatriz Tariq Leila Samuel Grace Joseph Ruth Viktor Irina`)
	surnames = strings.Fields(`Novak Kowalski Petrov Ivanova Garcia Fernandez Silva Costa Moreau Laurent Schmidt Weber Fischer Becker
		Rossi Bianchi Ricci Jansen Visser Nielsen Hansen Larsen Johansson Lindqvist Virtanen Horvath Nagy Popescu Dimitrov
		Yilmaz Demir Haddad Mansour Okafor Mensah Kamau Otieno Nakamura Tanaka Sato Kim Park Chen Wang Liu Nguyen Tran Sharma
		Patel Gupta Khan Hussain Rahman Smith Jones Taylor Brown Wilson Evans Walker Murphy Kelly OConnor Byrne Dubois
		Moretti Kovac Horak Varga Bauer Keller Brandt Sorensen Berg Holm Lund Castillo Mendoza Rojas Vargas Alvarez`)
	places = strings.Fields(`Paris London Berlin Madrid Rome Lisbon Vienna Prague Warsaw Budapest Athens Oslo Stockholm Helsinki
		Dublin Brussels Amsterdam Zurich Geneva Milan Munich Hamburg Lyon Marseille Porto Seville Valencia Naples Turin Krakow
		Tokyo Osaka Seoul Beijing Shanghai Delhi Mumbai Karachi Dhaka Jakarta Manila Bangkok Hanoi Sydney Melbourne Auckland
		Cairo Lagos Nairobi Accra Dakar Johannesburg Casablanca Tunis Istanbul Ankara Tehran Baghdad Riyadh Doha Dubai
		Moscow Kyiv Minsk Riga Vilnius Tallinn Toronto Montreal Chicago Boston Denver Houston Miami Seattle Lima Bogota Santiago Quito`)
	countries = strings.Fields(`France Germany Spain Italy Portugal Austria Poland Hungary Greece Norway Sweden Finland Ireland Belgium
		Netherlands Switzerland Japan China India Pakistan Indonesia Thailand Vietnam Australia Egypt Nigeria Kenya Ghana Senegal
		Morocco Tunisia Turkey Iran Iraq Qatar Russia Ukraine Latvia Canada Brazil Argentina Chile Peru Colombia Mexico Jamaica`)
	clubSuffix  = []string{"United", "City", "FC", "Athletic", "Rovers", "Wanderers", "Albion", "Town", "Sporting", "Dynamo", "Olympic", "Rangers"}
	firmWords   = strings.Fields(`Norvale Quintex Arbora Solent Veridian Halcyon Brightwater Castellan Ostrava Pemberton Lumina Kestrel Tavros Meridian Corvex Alder`)
	firmSuffix  = []string{"Group", "Holdings", "Bank", "Motors", "Airlines", "Energy", "Pharma", "Telecom", "Corp", "Inc", "AG", "SA", "plc", "Insurance"}
	agencies    = []string{"Reuters", "AFP", "AP", "dpa", "Xinhua", "Kyodo", "Yonhap", "EFE", "ANSA", "TASS", "PTI", "Anadolu"}
	months      = []string{"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"}
	sportsHeads = []string{"SOCCER", "FOOTBALL", "RUGBY", "BASKETBALL", "ICE HOCKEY", "HANDBALL", "VOLLEYBALL", "CRICKET"}
	weekdays    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// layoutWriter accumulates text and spans.
type layoutWriter struct {
	b     strings.Builder
	pos   int
	spans []suggest.GoldSpan
}

func (w *layoutWriter) text(s string) {
	w.b.WriteString(s)
	w.pos += len([]rune(s))
}

func (w *layoutWriter) ent(s, typ string) {
	w.spans = append(w.spans, suggest.GoldSpan{Start: w.pos, End: w.pos + len([]rune(s)), Type: typ})
	w.text(s)
}

type gen struct{ r *rand.Rand }

func (g gen) pick(xs []string) string { return xs[g.r.Intn(len(xs))] }
func (g gen) person() string {
	if g.r.Intn(4) == 0 { // results and scorecards write an initial: "A. Novak"
		return g.pick(givenNames)[:1] + ". " + g.pick(surnames)
	}
	return g.pick(givenNames) + " " + g.pick(surnames)
}
func (g gen) club() string {
	switch g.r.Intn(3) {
	case 0:
		return g.pick(places) // a club named after its city
	case 1:
		return g.pick(places) + " " + g.pick(clubSuffix)
	}
	return g.pick(clubSuffix[:4]) + " " + g.pick(places)
}
func (g gen) firm() string { return g.pick(firmWords) + " " + g.pick(firmSuffix) }
func (g gen) upper(s string, on bool) string {
	if on {
		return strings.ToUpper(s)
	}
	return s
}

func layoutCorpus(n int, seed int64) []suggest.TrainDoc {
	g := gen{rand.New(rand.NewSource(seed))}
	docs := make([]suggest.TrainDoc, 0, n)
	for i := 0; i < n; i++ {
		w := &layoutWriter{}
		switch i % 16 {
		case 15:
			g.sportsProse(w)
		case 14:
			g.companyNews(w)
		case 13:
			g.regionReport(w)
		case 12:
			g.titleHeadline(w)
		case 11:
			g.leagueStandings(w)
		case 8:
			g.capsResults(w)
		case 9:
			g.matchReport(w)
		case 10:
			g.regionTable(w)
		case 0:
			g.results(w)
		case 1:
			g.table(w)
		case 2:
			g.finishers(w)
		case 3:
			g.dateline(w)
		case 4:
			g.tennis(w)
		case 5:
			g.business(w)
		case 6:
			g.scorers(w)
		case 7:
			g.byline(w)
		}
		docs = append(docs, suggest.TrainDoc{Text: w.b.String(), Spans: w.spans})
	}
	return docs
}

func (g gen) heading(w *layoutWriter) {
	w.text(g.pick(sportsHeads) + " - ")
	if g.r.Intn(2) == 0 {
		w.ent(strings.ToUpper(g.pick(countries)), suggest.TypePlace)
		w.text(" LEAGUE RESULTS\n")
	} else {
		w.text("RESULTS AND STANDINGS\n")
	}
	if g.r.Intn(2) == 0 {
		w.ent(strings.ToUpper(g.pick(places)), suggest.TypePlace)
		w.text(fmt.Sprintf(" %d-%02d-%02d\n", 1990+g.r.Intn(35), 1+g.r.Intn(12), 1+g.r.Intn(28)))
	}
}

func (g gen) results(w *layoutWriter) {
	g.heading(w)
	w.text("Results of matches played on " + g.pick(weekdays) + ":\n")
	for k := 0; k < 3+g.r.Intn(6); k++ {
		w.ent(g.club(), suggest.TypeOrganisation)
		w.text(fmt.Sprintf(" %d ", g.r.Intn(5)))
		w.ent(g.club(), suggest.TypeOrganisation)
		w.text(fmt.Sprintf(" %d", g.r.Intn(5)))
		if g.r.Intn(3) == 0 {
			w.text(fmt.Sprintf(" ( halftime %d-%d )", g.r.Intn(3), g.r.Intn(3)))
		}
		w.text("\n")
	}
}

func (g gen) table(w *layoutWriter) {
	g.heading(w)
	w.text("Standings ( tabulate under played , won , drawn , lost , goals for , against , points ):\n")
	for k := 0; k < 4+g.r.Intn(8); k++ {
		w.ent(g.club(), suggest.TypeOrganisation)
		p := 5 + g.r.Intn(30)
		won := g.r.Intn(p + 1)
		d := g.r.Intn(p - won + 1)
		w.text(fmt.Sprintf(" %d %d %d %d %d %d %d\n", p, won, d, p-won-d, g.r.Intn(60), g.r.Intn(60), won*3+d))
	}
}

func (g gen) finishers(w *layoutWriter) {
	w.text(g.pick([]string{"ATHLETICS", "CYCLING", "SKIING", "SWIMMING", "GOLF", "MOTOR RACING"}) + " - LEADING RESULTS\n")
	w.ent(strings.ToUpper(g.pick(places)), suggest.TypePlace)
	w.text(fmt.Sprintf(" %d-%02d-%02d\n", 1990+g.r.Intn(35), 1+g.r.Intn(12), 1+g.r.Intn(28)))
	for k := 1; k <= 3+g.r.Intn(8); k++ {
		if g.r.Intn(2) == 0 {
			w.text(fmt.Sprintf("%d. ", k))
		}
		w.ent(g.person(), suggest.TypePerson)
		w.text(" ( ")
		if g.r.Intn(3) == 0 {
			w.ent(g.firm(), suggest.TypeOrganisation)
		} else {
			w.ent(g.pick(countries), suggest.TypePlace)
		}
		w.text(fmt.Sprintf(" ) %d:%02d.%02d\n", g.r.Intn(3), g.r.Intn(60), g.r.Intn(100)))
	}
}

func (g gen) dateline(w *layoutWriter) {
	caps := g.r.Intn(2) == 0
	w.ent(g.upper(g.pick(places), caps), suggest.TypePlace)
	w.text(fmt.Sprintf(", %s %d ( ", g.pick(months), 1+g.r.Intn(28)))
	w.ent(g.pick(agencies), suggest.TypeOrganisation)
	w.text(" ) - ")
	w.ent(g.person(), suggest.TypePerson)
	w.text(", the head of ")
	w.ent(g.firm(), suggest.TypeOrganisation)
	w.text(", said on " + g.pick(weekdays) + " that talks in ")
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(" would resume next week.\n")
}

func (g gen) tennis(w *layoutWriter) {
	w.text("TENNIS - RESULTS AT THE ")
	w.ent(strings.ToUpper(g.pick(places)), suggest.TypePlace)
	w.text(" OPEN\n")
	for k := 0; k < 3+g.r.Intn(5); k++ {
		w.ent(g.person(), suggest.TypePerson)
		w.text(" ( ")
		w.ent(g.pick(countries), suggest.TypePlace)
		w.text(" ) beat ")
		if g.r.Intn(2) == 0 {
			w.text(fmt.Sprintf("%d - ", 1+g.r.Intn(16)))
		}
		w.ent(g.person(), suggest.TypePerson)
		w.text(" ( ")
		w.ent(g.pick(countries), suggest.TypePlace)
		w.text(fmt.Sprintf(" ) %d-%d %d-%d\n", 6, g.r.Intn(5), 7, 5))
	}
}

func (g gen) business(w *layoutWriter) {
	w.ent(strings.ToUpper(g.firm()), suggest.TypeOrganisation)
	w.text(fmt.Sprintf(" SAYS PROFIT UP %d PCT\n", 1+g.r.Intn(40)))
	w.ent(g.firm(), suggest.TypeOrganisation)
	w.text(fmt.Sprintf(" shares rose %d.%d percent in ", g.r.Intn(9), g.r.Intn(10)))
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(" after chief executive ")
	w.ent(g.person(), suggest.TypePerson)
	w.text(" said sales in ")
	w.ent(g.pick(countries), suggest.TypePlace)
	w.text(" had doubled.\n")
	w.text("-- ")
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(" newsroom +44 20 7542 " + fmt.Sprint(1000+g.r.Intn(9000)) + "\n")
}

func (g gen) scorers(w *layoutWriter) {
	w.ent(strings.ToUpper(g.club()), suggest.TypeOrganisation)
	w.text(" BEAT ")
	w.ent(strings.ToUpper(g.club()), suggest.TypeOrganisation)
	w.text("\n")
	w.ent(g.club(), suggest.TypeOrganisation)
	w.text(fmt.Sprintf(" %d ", 1+g.r.Intn(4)))
	w.ent(g.club(), suggest.TypeOrganisation)
	w.text(fmt.Sprintf(" %d\n", g.r.Intn(2)))
	w.text("Scorers: ")
	for k := 0; k < 1+g.r.Intn(4); k++ {
		if k > 0 {
			w.text(", ")
		}
		w.ent(g.pick(surnames), suggest.TypePerson)
		w.text(fmt.Sprintf(" ( %d )", 1+g.r.Intn(90)))
	}
	w.text(fmt.Sprintf("\nAttendance: %d\n", 1000+g.r.Intn(60000)))
}

func (g gen) byline(w *layoutWriter) {
	w.text("By ")
	w.ent(g.person(), suggest.TypePerson)
	w.text("\n")
	w.ent(strings.ToUpper(g.pick(places)), suggest.TypePlace)
	w.text(" (")
	w.ent(g.pick(agencies), suggest.TypeOrganisation)
	w.text(") - ")
	w.ent(g.pick(countries), suggest.TypePlace)
	w.text("'s foreign minister ")
	w.ent(g.person(), suggest.TypePerson)
	w.text(" met ")
	w.ent(g.pick(surnames), suggest.TypePerson)
	w.text(" in ")
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(".\n")
}

// regions: counties, states and provinces that teams are named after.
var regions = strings.Fields(`Kent Essex Sussex Devon Cornwall Yorkshire Lancashire Bavaria Saxony Tyrol Flanders Brabant Ontario Quebec
	Texas Ohio Oregon Georgia Victoria Queensland Tasmania Canterbury Otago Punjab Sindh Gauteng Natal Munster Leinster Ulster
	Surrey Somerset Durham Middlesex Hampshire Derbyshire Leicestershire Worcestershire Warwickshire Gloucestershire
	Nottinghamshire Northamptonshire Glamorgan Wellington Auckland Karnataka Mumbai Sindh Colorado Florida Minnesota Arizona`)

func (g gen) team() string {
	if g.r.Intn(3) == 0 {
		return g.pick(regions)
	}
	return g.club()
}

func (g gen) capsResults(w *layoutWriter) {
	w.text(g.pick(sportsHeads) + " - RESULTS\n")
	w.ent(strings.ToUpper(g.pick(places)), suggest.TypePlace)
	w.text(fmt.Sprintf(" %d-%02d-%02d\n", 1990+g.r.Intn(35), 1+g.r.Intn(12), 1+g.r.Intn(28)))
	for k := 0; k < 3+g.r.Intn(6); k++ {
		w.ent(strings.ToUpper(g.team()), suggest.TypeOrganisation)
		if g.r.Intn(2) == 0 {
			w.text(" AT ")
		} else {
			w.text(fmt.Sprintf(" %d ", g.r.Intn(12)))
		}
		w.ent(strings.ToUpper(g.team()), suggest.TypeOrganisation)
		w.text(fmt.Sprintf(" %d\n", g.r.Intn(12)))
	}
}

func (g gen) matchReport(w *layoutWriter) {
	home, away := g.team(), g.team()
	w.ent(home, suggest.TypeOrganisation)
	w.text(" beat ")
	w.ent(away, suggest.TypeOrganisation)
	w.text(fmt.Sprintf(" %d-%d in ", 1+g.r.Intn(4), g.r.Intn(2)))
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(" on " + g.pick(weekdays) + ", with ")
	w.ent(g.person(), suggest.TypePerson)
	w.text(" scoring twice for the visitors from ")
	w.ent(g.pick(countries), suggest.TypePlace)
	w.text(".\n")
	w.ent(g.pick(surnames), suggest.TypePerson)
	w.text(", who joined from ")
	w.ent(g.team(), suggest.TypeOrganisation)
	w.text(" last season, said the win in front of ")
	w.text(fmt.Sprint(1000 + g.r.Intn(50000)))
	w.text(" fans mattered.\n")
}

func (g gen) regionTable(w *layoutWriter) {
	w.text("CRICKET - " + g.pick([]string{"CHAMPIONSHIP", "LEAGUE", "CUP"}) + " SCORES\n")
	for k := 0; k < 2+g.r.Intn(4); k++ {
		w.text("At ")
		w.ent(g.pick(places), suggest.TypePlace)
		w.text(": ")
		w.ent(g.pick(regions), suggest.TypeOrganisation)
		w.text(fmt.Sprintf(" %d and %d-%d ( ", 100+g.r.Intn(300), g.r.Intn(300), g.r.Intn(10)))
		w.ent(g.person(), suggest.TypePerson)
		w.text(fmt.Sprintf(" %d ) v ", g.r.Intn(150)))
		w.ent(g.pick(regions), suggest.TypeOrganisation)
		w.text(fmt.Sprintf(" %d\n", 100+g.r.Intn(300)))
	}
}

// multiWordCities: cities whose clubs carry the city's two-word name.
var multiWordCities = strings.Fields(`San_Jose Los_Angeles New_Orleans St_Louis Kansas_City Las_Vegas Salt_Lake
	San_Antonio Rio_de_Janeiro Buenos_Aires Sao_Paulo Mexico_City Cape_Town Tel_Aviv Hong_Kong Kuala_Lumpur`)

// city names a club in a league table: its own city, a state, or a two-word city.
func (g gen) cityTeam() string {
	switch g.r.Intn(4) {
	case 0:
		return g.pick(regions)
	case 1:
		return strings.ReplaceAll(g.pick(multiWordCities), "_", " ")
	}
	return g.pick(places)
}

// leagueStandings: a North American style table, where a club is written as
// its city ("CHICAGO 71 64 .526 10") under a dateline that is a place, with
// division headings that name nothing and a schedule of "CITY AT CITY".
func (g gen) leagueStandings(w *layoutWriter) {
	caps := g.r.Intn(3) > 0
	sport := g.pick([]string{"BASEBALL", "ICE HOCKEY", "BASKETBALL", "FOOTBALL"})
	w.text(sport + " - LEAGUE STANDINGS AFTER " + strings.ToUpper(g.pick(weekdays)) + " 'S GAMES\n")
	w.ent(strings.ToUpper(g.cityTeam()), suggest.TypePlace)
	w.text(fmt.Sprintf(" %d-%02d-%02d\n", 1990+g.r.Intn(35), 1+g.r.Intn(12), 1+g.r.Intn(28)))
	w.text("Standings after games played on " + g.pick(weekdays) + " ( tabulate under won , lost , winning percentage and games behind ) :\n")
	for div := 0; div < 1+g.r.Intn(3); div++ {
		w.text(g.upper(g.pick([]string{"Eastern", "Western", "Central", "Northern", "Southern", "Atlantic", "Pacific"})+" Division", caps) + "\n")
		w.text("W L PCT GB\n")
		for k := 0; k < 3+g.r.Intn(4); k++ {
			w.ent(g.upper(g.cityTeam(), caps), suggest.TypeOrganisation)
			won, lost := 40+g.r.Intn(50), 40+g.r.Intn(50)
			gb := "-"
			if k > 0 {
				gb = fmt.Sprintf("%d", 1+g.r.Intn(25))
				if g.r.Intn(2) == 0 {
					gb += " 1/2"
				}
			}
			w.text(fmt.Sprintf(" %d %d .%03d %s\n", won, lost, won*1000/(won+lost), gb))
		}
	}
	w.text(g.upper(g.pick(weekdays)+" , "+g.pick(months)+fmt.Sprintf(" %d SCHEDULE", 1+g.r.Intn(28)), caps) + "\n")
	for k := 0; k < 2+g.r.Intn(5); k++ {
		w.ent(g.upper(g.cityTeam(), caps), suggest.TypeOrganisation)
		w.text(g.upper(" at ", caps))
		w.ent(g.upper(g.cityTeam(), caps), suggest.TypeOrganisation)
		w.text("\n")
	}
}

// Headline vocabulary: general words that title-case headings capitalise
// without naming anything.
var (
	headAdjectives = strings.Fields(`Economic Political Diplomatic Strategic Regional Financial Digital Public Global
		Rising Falling Historic Urgent Renewed Growing Deepening Fragile Broader Closer Joint Bilateral Educational
		Scientific Industrial Agricultural Environmental Social Energy Health Security Trade Housing Climate Labour`)
	headNouns = strings.Fields(`Cooperation Partnership Talks Concerns Investment Measures Policy Tensions Prices
		Markets Outlook Reforms Growth Agreements Links Priorities Challenges Plans Efforts Programmes Spending
		Projects Networks Standards Rules Costs Risks Gains Losses Hopes Fears Visits Commitments`)
	headVerbs = strings.Fields(`Expanding Building Boosting Renewing Reviewing Rethinking Deepening Tightening Easing Weighing`)
)

// titleHeadline: a heading in title case, its words capitalised because it
// is a heading, with sometimes a name in it, then prose that uses the same
// words in lower case.
func (g gen) titleHeadline(w *layoutWriter) {
	adj, noun := g.pick(headAdjectives), g.pick(headNouns)
	switch g.r.Intn(3) {
	case 0:
		w.text(g.pick(headVerbs) + " " + adj + " " + noun + " and " + g.pick(headAdjectives) + " " + g.pick(headNouns) + "\n")
	case 1:
		w.text(adj + " " + noun + " Top Agenda as ")
		w.ent(g.pick(surnames), suggest.TypePerson)
		w.text(" Visits ")
		w.ent(g.pick(places), suggest.TypePlace)
		w.text("\n")
	default:
		w.ent(g.firm(), suggest.TypeOrganisation)
		w.text(" Reports " + adj + " " + noun + " in " + g.pick(headNouns) + "\n")
	}
	w.text("Officials in ")
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(" said " + strings.ToLower(adj) + " " + strings.ToLower(noun) + " would stay in focus, and ")
	w.ent(g.person(), suggest.TypePerson)
	w.text(" called the " + strings.ToLower(g.pick(headNouns)) + " a priority.\n")
	w.text(g.pick(headAdjectives) + " " + strings.ToLower(g.pick(headNouns)) + " were also discussed.\n")
}

// regionReport: prose about teams named after their county, state or
// province ("Somerset were bowled out for 83"): the same word is a place in
// the dateline and in "at Taunton in Somerset", a team as the subject of a
// sporting verb.
func (g gen) regionReport(w *layoutWriter) {
	home, away := g.pick(regions), g.pick(regions)
	for away == home {
		away = g.pick(regions)
	}
	w.text(g.pick([]string{"CRICKET", "RUGBY UNION", "BASEBALL", "ICE HOCKEY"}) + " - " + strings.ToUpper(home) + " " +
		g.pick([]string{"BEAT", "TAKE OVER AT TOP AFTER WIN OVER", "HOLD ON AGAINST"}) + " " + strings.ToUpper(away) + "\n")
	w.ent(strings.ToUpper(g.pick(places)), suggest.TypePlace)
	w.text(fmt.Sprintf(" %d-%02d-%02d\n", 1990+g.r.Intn(35), 1+g.r.Intn(12), 1+g.r.Intn(28)))
	w.ent(g.person(), suggest.TypePerson)
	w.text(fmt.Sprintf(" took %s for %d as ", g.pick([]string{"three", "four", "five", "six"}), 20+g.r.Intn(80)))
	w.ent(home, suggest.TypeOrganisation)
	w.text(" beat ")
	w.ent(away, suggest.TypeOrganisation)
	w.text(fmt.Sprintf(" by %d runs on %s to go top of the table .\n", 1+g.r.Intn(200), g.pick(weekdays)))
	w.ent(away, suggest.TypeOrganisation)
	w.text(fmt.Sprintf(" were bowled out for %d at ", 60+g.r.Intn(300)))
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(" , where rain had fallen across ")
	w.ent(home, suggest.TypePlace)
	w.text(" all week .\n")
	w.ent(home, suggest.TypeOrganisation)
	w.text(" captain ")
	w.ent(g.person(), suggest.TypePerson)
	w.text(" , who joined from ")
	w.ent(g.pick(regions), suggest.TypeOrganisation)
	w.text(fmt.Sprintf(" last season , made %d not out .\n", g.r.Intn(150)))
}
