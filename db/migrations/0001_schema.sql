-- Schema v1 of a Claimdesk workspace. Documented table by table in docs/schema.md.
-- Conventions: STRICT tables; times are RFC 3339 UTC text ("2025-06-29T10:45:00.000Z");
-- offsets are Unicode code points, half-open [start_cp, end_cp), so that
-- substr(body, start_cp + 1, end_cp - start_cp) = quote in any SQLite tool.

-- Key/value facts about the workspace itself (who created it, with which app version).
CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Outlets (Reuters), agencies and state media (KCNA), officials and other origins.
-- Reliability is graded on the source, never on each report (Admiralty A-F).
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL DEFAULT 'outlet'
                CHECK (kind IN ('outlet', 'agency', 'state_media', 'government', 'official', 'organisation', 'social_media', 'other')),
    reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    url         TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Articles: text is immutable once imported (UTF-8, NFC, LF). A changed text is a new
-- row whose previous_version_id points at the old one; annotations are re-anchored onto it.
CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    source_id           INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    title               TEXT NOT NULL,
    body                TEXT NOT NULL,
    body_sha256         TEXT NOT NULL UNIQUE CHECK (length(body_sha256) = 64),
    char_count          INTEGER NOT NULL CHECK (char_count >= 0),
    url                 TEXT NOT NULL DEFAULT '',
    byline              TEXT NOT NULL DEFAULT '',
    language            TEXT NOT NULL DEFAULT '',
    published_at        TEXT NOT NULL DEFAULT ''
                        CHECK (published_at = '' OR published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'),
    encoding            TEXT NOT NULL DEFAULT 'utf-8',
    original_name       TEXT NOT NULL DEFAULT '',
    previous_version_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    imported_at         TEXT NOT NULL,
    imported_by         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX articles_source ON articles (source_id);
CREATE INDEX articles_published ON articles (published_at);

-- The body is immutable: refuse any UPDATE that changes it (a new text is a new version).
CREATE TRIGGER articles_body_immutable BEFORE UPDATE OF body, body_sha256, char_count ON articles
WHEN NEW.body IS NOT OLD.body OR NEW.body_sha256 IS NOT OLD.body_sha256 OR NEW.char_count IS NOT OLD.char_count
BEGIN
    SELECT RAISE(ABORT, 'article text is immutable; import a new version instead');
END;

-- Full-text search over title and body (external content: the text lives once, in articles).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;

-- Where an article got its material (KCNA, via Yonhap): counts independent origins.
CREATE TABLE article_origins (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    origin_source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    via_source_id    INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    cue              TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'accepted' CHECK (state IN ('suggested', 'accepted', 'rejected')),
    origin           TEXT NOT NULL DEFAULT 'analyst',
    confidence       REAL NOT NULL DEFAULT 1.0 CHECK (confidence BETWEEN 0.0 AND 1.0),
    created_at       TEXT NOT NULL,
    UNIQUE (article_id, origin_source_id)
) STRICT;

-- Entities are shared across articles; aliases carry a normalised key so that
-- "Kim Jong-un" and "Kim Jong Un" meet. merged_into_id keeps old ids resolvable.
CREATE TABLE entities (
    id             INTEGER PRIMARY KEY,
    type           TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place', 'date', 'number', 'quote', 'event')),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    note           TEXT NOT NULL DEFAULT '',
    merged_into_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX entities_type_name ON entities (type, name);

CREATE TABLE entity_aliases (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias      TEXT NOT NULL CHECK (length(trim(alias)) > 0),
    alias_key  TEXT NOT NULL CHECK (length(alias_key) > 0),
    origin     TEXT NOT NULL DEFAULT 'analyst',
    created_at TEXT NOT NULL,
    UNIQUE (entity_id, alias_key)
) STRICT;
CREATE INDEX entity_aliases_key ON entity_aliases (alias_key);

-- Remembered same/different decisions, so a rejected merge is never proposed again.
CREATE TABLE entity_judgements (
    entity_a_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    entity_b_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    judgement   TEXT NOT NULL CHECK (judgement IN ('same', 'different')),
    analyst     TEXT NOT NULL DEFAULT '',
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (entity_a_id, entity_b_id),
    CHECK (entity_a_id < entity_b_id)
) STRICT;

-- Canonical claims; their mentions are spans in articles (claim_mentions).
CREATE TABLE claims (
    id         INTEGER PRIMARY KEY,
    statement  TEXT NOT NULL CHECK (length(trim(statement)) > 0),
    note       TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Every mark in a text: entity mentions, claim mentions and notes, by the analyst or
-- suggested by a machine (state + origin + confidence keep the two apart). Three anchors:
-- code-point offsets, the exact quote, and up to 32 code points of prefix and suffix.
CREATE TABLE spans (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('entity', 'claim', 'note')),
    entity_type   TEXT CHECK (entity_type IN ('person', 'organisation', 'place', 'date', 'number', 'quote', 'event')),
    entity_id     INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    start_cp      INTEGER NOT NULL CHECK (start_cp >= 0),
    end_cp        INTEGER NOT NULL,
    quote         TEXT NOT NULL,
    prefix        TEXT NOT NULL DEFAULT '',
    suffix        TEXT NOT NULL DEFAULT '',
    anchor_status TEXT NOT NULL DEFAULT 'exact' CHECK (anchor_status IN ('exact', 'fuzzy', 'orphan')),
    state         TEXT NOT NULL DEFAULT 'accepted' CHECK (state IN ('suggested', 'accepted', 'rejected')),
    origin        TEXT NOT NULL DEFAULT 'analyst',
    confidence    REAL NOT NULL DEFAULT 1.0 CHECK (confidence BETWEEN 0.0 AND 1.0),
    note          TEXT NOT NULL DEFAULT '',
    annotator     TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (end_cp > start_cp),
    CHECK ((kind = 'entity') = (entity_type IS NOT NULL))
) STRICT;
CREATE INDEX spans_article ON spans (article_id, start_cp);
CREATE INDEX spans_entity ON spans (entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX spans_state ON spans (state, article_id);

-- A claim mention: a span of kind 'claim' tied to its canonical claim, with the figure or
-- date as written and normalised, the hedge, and the attribution.
CREATE TABLE claim_mentions (
    span_id           INTEGER PRIMARY KEY REFERENCES spans (id) ON DELETE CASCADE,
    claim_id          INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    raw_value         TEXT NOT NULL DEFAULT '',
    value_kind        TEXT NOT NULL DEFAULT 'none' CHECK (value_kind IN ('none', 'figure', 'date')),
    value_low         REAL,
    value_high        REAL,
    value_unit        TEXT NOT NULL DEFAULT '',
    date_start        TEXT NOT NULL DEFAULT '',
    date_end          TEXT NOT NULL DEFAULT '',
    date_precision    TEXT NOT NULL DEFAULT '' CHECK (date_precision IN ('', 'day', 'month', 'season', 'year', 'decade')),
    hedge             TEXT NOT NULL DEFAULT '',
    speaker_entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    channel_source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    channel_text      TEXT NOT NULL DEFAULT '',
    is_direct_quote   INTEGER NOT NULL DEFAULT 0 CHECK (is_direct_quote IN (0, 1)),
    CHECK (value_low IS NULL OR value_high IS NULL OR value_low <= value_high)
) STRICT;
CREATE INDEX claim_mentions_claim ON claim_mentions (claim_id);

-- Verification is a history: assessments are appended, never edited. Undoing one retracts it.
CREATE TABLE assessments (
    id           INTEGER PRIMARY KEY,
    claim_id     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    credibility  INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    rationale    TEXT NOT NULL DEFAULT '',
    analyst      TEXT NOT NULL DEFAULT '',
    origin       TEXT NOT NULL DEFAULT 'analyst',
    assessed_at  TEXT NOT NULL,
    retracted_at TEXT
) STRICT;
CREATE INDEX assessments_claim ON assessments (claim_id, assessed_at);

CREATE TRIGGER assessments_append_only BEFORE UPDATE ON assessments
WHEN NEW.claim_id IS NOT OLD.claim_id OR NEW.credibility IS NOT OLD.credibility
  OR NEW.rationale IS NOT OLD.rationale OR NEW.analyst IS NOT OLD.analyst
  OR NEW.origin IS NOT OLD.origin OR NEW.assessed_at IS NOT OLD.assessed_at
BEGIN
    SELECT RAISE(ABORT, 'assessments are append-only; add a new assessment instead');
END;

-- Evidence behind an assessment: a span, a whole article, or an external URL, with a stance.
CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    stance        TEXT NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
    span_id       INTEGER REFERENCES spans (id) ON DELETE SET NULL,
    article_id    INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    url           TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    CHECK (span_id IS NOT NULL OR article_id IS NOT NULL OR url <> '')
) STRICT;
CREATE INDEX evidence_assessment ON evidence (assessment_id);

-- Free-form coloured tags on spans and claims.
CREATE TABLE tags (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    color      TEXT NOT NULL DEFAULT '#888888' CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE span_tags (
    span_id INTEGER NOT NULL REFERENCES spans (id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (span_id, tag_id)
) STRICT;
CREATE INDEX span_tags_tag ON span_tags (tag_id);

CREATE TABLE claim_tags (
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, tag_id)
) STRICT;
CREATE INDEX claim_tags_tag ON claim_tags (tag_id);

-- Append-only audit log of every change: who, when, what, before and after (JSON images
-- of the row, so undo can restore it). Undo and redo are themselves entries (undoes_id).
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'merge', 'split', 'import', 'undo', 'redo')),
    table_name TEXT NOT NULL,
    row_id     INTEGER,
    batch      TEXT NOT NULL DEFAULT '',
    summary    TEXT NOT NULL DEFAULT '',
    before     TEXT CHECK (before IS NULL OR json_valid(before)),
    after      TEXT CHECK (after IS NULL OR json_valid(after)),
    undoes_id  INTEGER REFERENCES audit_log (id)
) STRICT;
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
CREATE INDEX audit_log_batch ON audit_log (batch);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Readable views for other tools: ids joined into names.
CREATE VIEW v_articles AS
SELECT a.id, a.title, s.name AS source, s.reliability AS source_reliability,
       a.published_at, a.url, a.byline, a.char_count, a.version, a.body_sha256,
       a.imported_at,
       (SELECT count(*) FROM spans sp WHERE sp.article_id = a.id AND sp.kind = 'entity' AND sp.state = 'accepted') AS entity_mentions,
       (SELECT count(*) FROM spans sp WHERE sp.article_id = a.id AND sp.kind = 'claim' AND sp.state = 'accepted') AS claim_mentions,
       (SELECT count(*) FROM spans sp WHERE sp.article_id = a.id AND sp.state = 'suggested') AS suggestions
FROM articles a LEFT JOIN sources s ON s.id = a.source_id;

CREATE VIEW v_annotations AS
SELECT sp.id, sp.article_id, a.title AS article_title, s.name AS source, a.published_at,
       sp.kind, sp.entity_type, sp.entity_id, e.name AS entity, cm.claim_id, c.statement AS claim,
       sp.start_cp, sp.end_cp, sp.quote, sp.prefix, sp.suffix, sp.anchor_status,
       sp.state, sp.origin, sp.confidence, sp.note, sp.annotator, sp.created_at, sp.updated_at,
       (SELECT group_concat(t.name, ';') FROM span_tags st JOIN tags t ON t.id = st.tag_id WHERE st.span_id = sp.id) AS tags
FROM spans sp
JOIN articles a ON a.id = sp.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN entities e ON e.id = sp.entity_id
LEFT JOIN claim_mentions cm ON cm.span_id = sp.id
LEFT JOIN claims c ON c.id = cm.claim_id;

CREATE VIEW v_latest_assessments AS
SELECT x.* FROM assessments x
WHERE x.retracted_at IS NULL
  AND x.id = (SELECT y.id FROM assessments y WHERE y.claim_id = x.claim_id AND y.retracted_at IS NULL
              ORDER BY y.assessed_at DESC, y.id DESC LIMIT 1);

CREATE VIEW v_claims AS
SELECT c.id, c.statement, c.note, c.created_by, c.created_at, c.updated_at,
       la.credibility, la.rationale AS latest_rationale, la.analyst AS latest_analyst, la.assessed_at AS latest_assessed_at,
       (SELECT count(*) FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id
         WHERE cm.claim_id = c.id AND sp.state = 'accepted') AS mentions,
       (SELECT count(DISTINCT sp.article_id) FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id
         WHERE cm.claim_id = c.id AND sp.state = 'accepted') AS articles,
       (SELECT group_concat(t.name, ';') FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id) AS tags
FROM claims c LEFT JOIN v_latest_assessments la ON la.claim_id = c.id;

CREATE VIEW v_mentions AS
SELECT cm.span_id, cm.claim_id, c.statement AS claim, sp.article_id, a.title AS article_title,
       s.name AS source, s.reliability AS source_reliability, a.published_at,
       sp.start_cp, sp.end_cp, sp.quote, sp.state, sp.origin,
       cm.raw_value, cm.value_kind, cm.value_low, cm.value_high, cm.value_unit,
       cm.date_start, cm.date_end, cm.date_precision, cm.hedge,
       cm.speaker_entity_id, sp_e.name AS speaker, cm.channel_source_id, ch.name AS channel, cm.channel_text,
       cm.is_direct_quote
FROM claim_mentions cm
JOIN spans sp ON sp.id = cm.span_id
JOIN claims c ON c.id = cm.claim_id
JOIN articles a ON a.id = sp.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN entities sp_e ON sp_e.id = cm.speaker_entity_id
LEFT JOIN sources ch ON ch.id = cm.channel_source_id;

CREATE VIEW v_entities AS
SELECT e.id, e.type, e.name, e.note, e.merged_into_id,
       (SELECT group_concat(al.alias, ';') FROM entity_aliases al WHERE al.entity_id = e.id) AS aliases,
       (SELECT count(*) FROM spans sp WHERE sp.entity_id = e.id AND sp.state = 'accepted') AS mentions,
       (SELECT count(DISTINCT sp.article_id) FROM spans sp WHERE sp.entity_id = e.id AND sp.state = 'accepted') AS articles
FROM entities e;
