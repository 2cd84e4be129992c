-- Full-text search for SearchService over articles_fts, claims_fts and span_notes_fts.
-- The query argument is an FTS5 query string the service builds from the analyst's words.

-- name: SearchArticles :many
-- Articles best first (bm25 rank). Snippets mark matches with U+FDD0/U+FDD1
-- (noncharacters, never in text, so a text's own [ and ] stay text; char(8230) is an
-- ellipsis), and the body comes back highlighted with them too so the service can find
-- the first match's code-point offsets.
SELECT a.id, a.title,
       CAST(snippet(articles_fts, -1, char(64976), char(64977), char(8230), 12) AS TEXT) AS snippet,
       CAST(highlight(articles_fts, 1, char(64976), char(64977)) AS TEXT) AS marked_body
FROM articles_fts(CAST(sqlc.arg(query) AS TEXT))
JOIN articles a ON a.id = articles_fts.rowid
ORDER BY articles_fts.rank
LIMIT sqlc.arg(max_hits);

-- name: SearchClaims :many
SELECT c.id, c.statement,
       CAST(snippet(claims_fts, -1, char(64976), char(64977), char(8230), 12) AS TEXT) AS snippet
FROM claims_fts(CAST(sqlc.arg(query) AS TEXT))
JOIN claims c ON c.id = claims_fts.rowid
ORDER BY claims_fts.rank
LIMIT sqlc.arg(max_hits);

-- name: SearchSpanNotes :many
SELECT sp.id, sp.article_id, a.title AS article_title, sp.start_cp, sp.end_cp,
       CAST(snippet(span_notes_fts, 0, char(64976), char(64977), char(8230), 12) AS TEXT) AS snippet
FROM span_notes_fts(CAST(sqlc.arg(query) AS TEXT))
JOIN spans sp ON sp.id = span_notes_fts.rowid
JOIN articles a ON a.id = sp.article_id
WHERE sp.note <> '' AND sp.state <> 'rejected'
ORDER BY span_notes_fts.rank
LIMIT sqlc.arg(max_hits);

-- A word of a script written without spaces (Chinese, Japanese, Thai...) is not a token
-- of unicode61, which reads a whole run of such a script as one: a word from inside a run
-- is found where it stands, as typed (instr). words is a JSON array of such words, every
-- one of which must occur; query is the FTS5 query for the other words typed (empty for
-- none; CASE keeps FTS5 from reading an empty query). Oldest first: there is no bm25
-- rank without a token. The service makes snippets and offsets from the text returned.

-- name: SearchArticlesHolding :many
SELECT a.id, a.title, a.body
FROM articles a
WHERE NOT EXISTS (SELECT 1 FROM json_each(CAST(sqlc.arg(words) AS TEXT)) w
                  WHERE instr(a.title, w.value) = 0 AND instr(a.body, w.value) = 0)
  AND CASE WHEN CAST(sqlc.arg(query) AS TEXT) = '' THEN 1
           ELSE a.id IN (SELECT f.rowid FROM articles_fts(CAST(sqlc.arg(query) AS TEXT)) f) END
ORDER BY a.id
LIMIT sqlc.arg(max_hits);

-- name: SearchClaimsHolding :many
SELECT c.id, c.statement, c.note
FROM claims c
WHERE NOT EXISTS (SELECT 1 FROM json_each(CAST(sqlc.arg(words) AS TEXT)) w
                  WHERE instr(c.statement, w.value) = 0 AND instr(c.note, w.value) = 0)
  AND CASE WHEN CAST(sqlc.arg(query) AS TEXT) = '' THEN 1
           ELSE c.id IN (SELECT f.rowid FROM claims_fts(CAST(sqlc.arg(query) AS TEXT)) f) END
ORDER BY c.id
LIMIT sqlc.arg(max_hits);

-- name: SearchSpanNotesHolding :many
SELECT sp.id, sp.article_id, a.title AS article_title, sp.start_cp, sp.end_cp, sp.note
FROM spans sp
JOIN articles a ON a.id = sp.article_id
WHERE sp.note <> '' AND sp.state <> 'rejected'
  AND NOT EXISTS (SELECT 1 FROM json_each(CAST(sqlc.arg(words) AS TEXT)) w
                  WHERE instr(sp.note, w.value) = 0)
  AND CASE WHEN CAST(sqlc.arg(query) AS TEXT) = '' THEN 1
           ELSE sp.id IN (SELECT f.rowid FROM span_notes_fts(CAST(sqlc.arg(query) AS TEXT)) f) END
ORDER BY sp.id
LIMIT sqlc.arg(max_hits);
