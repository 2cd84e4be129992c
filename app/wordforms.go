package app

// The claims text filter matches each typed word in any of its forms: "fired" finds
// "fire", "fires" and "firing", and not "first". The forms are SQLite's own Porter
// stemmer (FTS5's porter tokenizer, in modernc.org/sqlite already), run on a private
// in-memory database: no new dependency, no schema change, and the same stems the
// FTS5 documentation describes. The light stemmer match.Stem (suffixes off, then five
// letters) stays for claim matching, where it was measured; as a filter it read "fired"
// as "fir" and found "first" (TestWordFormsAgainstLightStem compares the two).
//
// A claim's words are matched only after a prefilter in the workspace: a Porter stem is
// the word's start, but for its last letter ("happi" for "happy"), so a claim with a form
// of the word holds a word that starts with the stem less its last letter. That is asked
// of claims_fts as a prefix query ('"evac"*'): its unicode61 tokenizer folds the case of
// every letter and drops accents, as the stems do, so "Evacuated" keeps "évacuation" (a
// LIKE keeps accents and folds ASCII case only). Pieces with a figure or symbol are still
// narrowed by a LIKE.

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"claimdesk/app/names"
	"claimdesk/db/store"
)

// wordIndex is the in-memory FTS5 table the filter tokenizes with: one connection,
// used under mu, emptied after each use (it holds no workspace data between calls).
type wordIndex struct {
	mu sync.Mutex
	db *sql.DB
}

var (
	wordsOnce sync.Once
	words     *wordIndex
	wordsErr  error
)

// theWordIndex opens the in-memory index on first use.
func theWordIndex() (*wordIndex, error) {
	wordsOnce.Do(func() {
		db, err := sql.Open("sqlite", "file:claimdesk-words?mode=memory")
		if err != nil {
			wordsErr = err
			return
		}
		db.SetMaxOpenConns(1) // an in-memory database lives in its connection
		db.SetConnMaxIdleTime(0)
		for _, stmt := range []string{
			`CREATE VIRTUAL TABLE words USING fts5 (statement, note, tokenize = 'porter unicode61 remove_diacritics 2')`,
			`CREATE VIRTUAL TABLE words_terms USING fts5vocab (words, 'instance')`,
		} {
			if _, err := db.Exec(stmt); err != nil {
				db.Close()
				wordsErr = err
				return
			}
		}
		words = &wordIndex{db: db}
	})
	return words, wordsErr
}

// wordQuery is what the filter's text asks: the FTS5 query over the claims' words (""
// for none), the typed pieces with a figure or symbol in them, each of which the
// statement or the note holds as typed (lower case), and the prefilters that keep every
// claim that can match them ("" for any): a LIKE pattern for the literals, and an FTS5
// prefix query on claims_fts for the words.
type wordQuery struct {
	match    string
	literals []string
	// inside are the typed words of a script written without spaces between words
	// (Chinese, Japanese, Thai...): FTS5 reads a run of it as one token, so such a word is
	// found where it stands in the text, as typed, not by stem (lower case).
	inside     []string
	prefilter  string
	wordPrefix string
	// partial is the last word while it may be unfinished (lower case), and base the FTS5
	// query of the other words: a claim that fails match passes when it holds base and a
	// word that starts with partial ("stoppe" on the way to "stopped").
	partial, base string
}

// none reports whether the query asks nothing (every claim matches).
func (wq wordQuery) none() bool {
	return wq.match == "" && len(wq.literals) == 0 && len(wq.inside) == 0
}

// stems returns the Porter stems of text's words, in order.
func (w *wordIndex) stems(ctx context.Context, text string) ([]string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	defer conn.ExecContext(ctx, `DELETE FROM words`) //nolint:errcheck // emptied on the next use too
	if _, err := conn.ExecContext(ctx, `INSERT INTO words (rowid, statement, note) VALUES (1, ?, '')`, text); err != nil {
		return nil, err
	}
	rows, err := conn.QueryContext(ctx, `SELECT term FROM words_terms WHERE doc = 1 ORDER BY offset`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// parseWordQuery turns the typed text into a wordQuery: every word of letters must be in
// the claim in one of its forms (its stem), in any order. The last word, unless a space
// follows it, may not be finished: it also matches as the start of a word ("evac",
// "famil", "stoppe"; "fired" so finds "fired" but never "first"). A piece with a figure
// or a symbol ("300", "100%", "kcna_wire", "Jong-un") is matched as typed, at the start
// of a word (anywhere when it starts with a symbol).
func parseWordQuery(ctx context.Context, typed string) (wordQuery, error) {
	finished := strings.TrimRightFunc(typed, unicode.IsSpace) != typed
	text := names.Clean(typed)
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return wordQuery{}, nil
	}
	w, err := theWordIndex()
	if err != nil {
		return wordQuery{}, err
	}
	var terms, literals, inside []string
	longest, prefilter, partial, base := "", "", "", ""
	for i, f := range fields {
		if writtenWithoutSpaces(f) {
			piece := strings.ToLower(norm.NFC.String(f)) // composed, as ftsQueryApart holds it
			inside = append(inside, piece)
			if len(piece) > len(prefilter) { // these scripts have no case for LIKE to miss
				prefilter = piece
			}
			continue
		}
		if strings.IndexFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) >= 0 {
			lit := strings.ToLower(f)
			literals = append(literals, lit)
			if isASCII(lit) && len(lit) > len(prefilter) {
				prefilter = lit
			}
			continue
		}
		stems, err := w.stems(ctx, f)
		if err != nil {
			return wordQuery{}, err
		}
		if len(stems) == 0 {
			continue // punctuation alone: nothing to find
		}
		term := `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
		if i == len(fields)-1 && !finished {
			partial, base = strings.ToLower(f), strings.Join(terms, " AND ")
		}
		terms = append(terms, term)
		for _, s := range stems {
			if len([]rune(s)) > len([]rune(longest)) {
				longest = s
			}
		}
	}
	r := []rune(longest)
	if len(r) > 1 {
		r = r[:len(r)-1] // a stem's last letter may differ from the word's ("happi"/"happy")
	}
	wq := wordQuery{match: strings.Join(terms, " AND "), literals: literals, inside: inside, partial: partial, base: base}
	if prefilter != "" {
		wq.prefilter = "%" + escapeLike(prefilter) + "%"
	}
	if len(r) > 0 {
		wq.wordPrefix = `"` + strings.ReplaceAll(string(r), `"`, `""`) + `"*`
	}
	return wq, nil
}

// holdsLiterals reports whether the statement or the note holds every literal piece: at
// the start of a word when the piece starts with a letter or a figure ("2" finds "20
// boats", not "12"), anywhere when it starts with a symbol ("%").
func (wq wordQuery) holdsLiterals(statement, note string) bool {
	statement, note = strings.ToLower(statement), strings.ToLower(note)
	for _, l := range wq.literals {
		if !holdsPiece(statement, l) && !holdsPiece(note, l) {
			return false
		}
	}
	for _, w := range wq.inside {
		if !strings.Contains(statement, w) && !strings.Contains(note, w) {
			return false
		}
	}
	return true
}

// writtenWithoutSpaces reports whether a typed word has a letter of a script that does
// not put spaces between its words, so that a word of it may stand inside a longer run.
func writtenWithoutSpaces(word string) bool {
	return strings.IndexFunc(word, func(r rune) bool {
		return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai,
			unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan)
	}) >= 0
}

func holdsPiece(text, piece string) bool {
	first, _ := utf8.DecodeRuneInString(piece)
	anywhere := !unicode.IsLetter(first) && !unicode.IsDigit(first)
	for from := 0; ; {
		i := strings.Index(text[from:], piece)
		if i < 0 {
			return false
		}
		at := from + i
		prev, _ := utf8.DecodeLastRuneInString(text[:at])
		if anywhere || at == 0 || (!unicode.IsLetter(prev) && !unicode.IsDigit(prev)) {
			return true
		}
		from = at + 1
	}
}

// matchingClaims returns which of the claims (ids) hold the query's words in their
// statement or note.
func matchingClaims(ctx context.Context, q *store.Queries, ids []int64, wq wordQuery) (map[int64]bool, error) {
	out := map[int64]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	all, err := q.ListClaimTextsByID(ctx, idsJSON(ids))
	if err != nil {
		return nil, err
	}
	texts := all[:0:0]
	for _, t := range all {
		if wq.holdsLiterals(t.Statement, t.Note) {
			texts = append(texts, t)
		}
	}
	if wq.match == "" {
		for _, t := range texts {
			out[t.ID] = true
		}
		return out, nil
	}
	w, err := theWordIndex()
	if err != nil {
		return nil, err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	defer conn.ExecContext(ctx, `DELETE FROM words`) //nolint:errcheck // emptied on the next use too
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback() //nolint:errcheck // the index is scratch: nothing to keep
	ins, err := tx.PrepareContext(ctx, `INSERT INTO words (rowid, statement, note) VALUES (?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	for _, t := range texts {
		if _, err := ins.ExecContext(ctx, t.ID, t.Statement, t.Note); err != nil {
			return nil, err
		}
	}
	if err := matchInto(ctx, tx, wq.match, out); err != nil {
		return nil, err
	}
	if wq.partial == "" {
		return out, nil
	}
	// the unfinished last word as the start of a word, with the other words by stem
	base := map[int64]bool{}
	if wq.base != "" {
		if err := matchInto(ctx, tx, wq.base, base); err != nil {
			return nil, err
		}
	}
	for _, t := range texts {
		if !out[t.ID] && (wq.base == "" || base[t.ID]) &&
			(holdsPiece(strings.ToLower(t.Statement), wq.partial) || holdsPiece(strings.ToLower(t.Note), wq.partial)) {
			out[t.ID] = true
		}
	}
	return out, nil
}

// matchInto adds to out the rows of the scratch index that match the FTS5 query.
func matchInto(ctx context.Context, tx *sql.Tx, query string, out map[int64]bool) error {
	rows, err := tx.QueryContext(ctx, `SELECT rowid FROM words WHERE words MATCH ?`, query)
	if err != nil {
		return fmt.Errorf("word query %q: %w", query, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		out[id] = true
	}
	return rows.Err()
}

// keepMatching narrows ids (in order) to the claims that hold the query's words.
func keepMatching(ctx context.Context, q *store.Queries, ids []int64, wq wordQuery) ([]int64, error) {
	if wq.none() {
		return ids, nil
	}
	ok, err := matchingClaims(ctx, q, ids, wq)
	if err != nil {
		return nil, storeErr(err, "the claims' words")
	}
	kept := ids[:0:0]
	for _, id := range ids {
		if ok[id] {
			kept = append(kept, id)
		}
	}
	return kept, nil
}

// isASCII reports whether s is ASCII only (SQLite's LIKE folds the case of those letters
// alone).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
