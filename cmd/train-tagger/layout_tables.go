package main

import (
	"fmt"
	"strings"

	"claimdesk/app/suggest"
)

// Weather and markets tables, written for Claimdesk (v15): a town followed by
// figures is a club in a standings table, but a place in a weather table,
// where the figures are temperatures and a weather word ends the line; and a
// markets table lists firms by their bare names, under a heading that names the
// exchange's town. Without these documents the tagger read every town before
// two figures as a club ("Oslo   7   1   snow" an organisation).

var (
	skies        = strings.Fields(`sunny cloudy rain showers snow fair fog drizzle thunder sleet windy overcast clear hazy`)
	weatherHeads = []string{"WEATHER - EUROPEAN CITIES", "WEATHER - WORLD CITIES", "WEATHER - FORECAST FOR ", "WEATHER - TEMPERATURES IN "}
	shareMoves   = []string{"up", "down", "unch"}
)

// weatherTable: a heading, a header row, then "CITY   high   low   sky" rows in
// capitals or title case, columns set apart by runs of spaces or one space.
func (g gen) weatherTable(w *layoutWriter) {
	head := g.pick(weatherHeads)
	switch {
	case strings.HasSuffix(head, "FOR "):
		w.text(head + strings.ToUpper(g.pick(weekdays)) + "\n")
	case strings.HasSuffix(head, "IN "):
		w.text(head)
		w.ent(strings.ToUpper(g.pick(countries)), suggest.TypePlace)
		w.text("\n")
	default:
		w.text(head + "\n")
	}
	sep := strings.Repeat(" ", 1+2*g.r.Intn(2))
	caps := g.r.Intn(2) == 0
	w.text(g.pick([]string{"City", "CITY", "Town"}) + sep + "High" + sep + "Low" + sep + g.pick([]string{"Sky", "Weather", "Conditions"}) + "\n")
	for k := 0; k < 4+g.r.Intn(8); k++ {
		city := g.pick(places)
		if g.r.Intn(5) == 0 {
			city = strings.ReplaceAll(g.pick(multiWordCities), "_", " ")
		}
		w.ent(g.upper(city, caps), suggest.TypePlace)
		low := g.r.Intn(25) - 5
		w.text(fmt.Sprintf("%s%d%s%d%s%s\n", sep, low+3+g.r.Intn(12), sep, low, sep, g.pick(skies)))
	}
}

// marketsTable: the most active shares of an exchange in a town, each firm by
// its bare name with its price and move, then the exchange as the source.
func (g gen) marketsTable(w *layoutWriter) {
	w.text("MARKETS - " + g.pick([]string{"MOST ACTIVE SHARES IN ", "LEADING SHARES IN ", "BIGGEST MOVERS IN "}))
	w.ent(strings.ToUpper(g.pick(places)), suggest.TypePlace)
	w.text("\n")
	sep := strings.Repeat(" ", 1+2*g.r.Intn(2))
	w.text("Company" + sep + "Last" + sep + "Change" + sep + "Volume\n")
	for k := 0; k < 4+g.r.Intn(7); k++ {
		w.ent(g.madeUpFirm(), suggest.TypeOrganisation)
		w.text(fmt.Sprintf("%s%d.%02d%s%s %d.%02d%s%d\n", sep, 1+g.r.Intn(400), g.r.Intn(100), sep, g.pick(shareMoves), g.r.Intn(5), g.r.Intn(100), sep, 1000+g.r.Intn(900000)))
	}
	w.text("Source: ")
	w.ent(g.madeUpFirm()+" "+g.pick([]string{"Exchange", "Stock Exchange", "Bourse"}), suggest.TypeOrganisation)
	w.text("\n")
	g.earningsTable(w)
}

// earningsRows are the row labels of an earnings table: capitalised because
// they start a row, before figures, and no names (the markets and weather
// tables alone taught the tagger that a capitalised word before figures is a
// name: "Shr loss 0.22", "Sales 9.06 9.31" read as names).
var earningsRows = []string{"Shr", "Shr loss", "Net", "Net loss", "Revs", "Sales", "Avg shrs", "Current", "Prior", "Oper shr", "Dividend", "Pretax", "Turnover", "Year-ago"}

// earningsTable: one firm's results, its rows labelled with words that name
// nothing, its figures in two columns.
func (g gen) earningsTable(w *layoutWriter) {
	firm := g.madeUpFirm()
	w.ent(strings.ToUpper(firm+" "+g.pick(legalFormsGen)), suggest.TypeOrganisation)
	w.text(" " + g.pick([]string{"Q3 NET", "HALF-YEAR RESULTS", "YEAR NET PROFIT RISES", "Q2 LOSS NARROWS"}) + "\n")
	w.text(g.pick([]string{"Quarter ended ", "Six months to ", "Year to "}) + g.pick(months) + fmt.Sprintf(" %d\n", 1+g.r.Intn(28)))
	w.text("Latest" + " Year-ago\n")
	for k := 0; k < 3+g.r.Intn(5); k++ {
		w.text(fmt.Sprintf("%s %d.%02d %d.%02d\n", g.pick(earningsRows), g.r.Intn(90), g.r.Intn(100), g.r.Intn(90), g.r.Intn(100)))
	}
	w.text("NOTE - ")
	w.ent(firm, suggest.TypeOrganisation)
	w.text(" is based in ")
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(".\n")
}
