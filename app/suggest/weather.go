package suggest

// skyWords end a weather table's row ("Oslo   7   1   snow", "Lima   24
// 18   partly cloudy"); a standings row ends in figures instead.
var skyWords = set(`sunny sun clear fair cloudy cloud overcast rain showers shower drizzle sleet snow flurries fog mist haze hazy wind windy storms storm thunderstorms thunder hail frost dry humid light heavy partly scattered`)

// placesInWeather reads a weather table: two or more lines that hold a
// capitalised name, two temperatures and sky words to the end of the line
// ("TALLINN   4   -1   light rain"). The name is a place, whatever the
// model read: a town before figures looks to it like a club in a
// standings row (none of the development split's documents has such a
// table; own sets 3 and 5a have one each).
func (a *analysis) placesInWeather() {
	rows := a.weatherRows()
	if len(rows) < 2 {
		return
	}
	a.setNames(rows, TypePlace)
}

// weatherRows returns the names of a document's weather rows, in text order.
func (a *analysis) weatherRows() [][2]int {
	var rows [][2]int
	a.eachLineName(func(from, n, to int) {
		k, temps := n, 0
		for temps < 2 && k < to {
			if a.toks[k].text == "-" && k+1 < to && a.toks[k+1].kind == tNum && !a.toks[k+1].space {
				k++
			}
			if a.toks[k].kind != tNum {
				break
			}
			k++
			temps++
		}
		sky := k < to
		for j := k; j < to && sky; j++ {
			sky = a.toks[j].kind == tWord && !a.toks[j].cap && skyWords[a.toks[j].text]
		}
		if n > from && temps == 2 && sky {
			rows = append(rows, [2]int{a.toks[from].start, a.toks[n-1].end})
		}
	})
	return rows
}
