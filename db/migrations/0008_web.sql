-- Articles from the web (documented in docs/schema.md, "page_snapshots", "feeds").
--
-- A page imported from a URL keeps the bytes the site served, gzip-compressed, with
-- what the fetch learnt: the address asked for, the one finally read after redirects
-- (each hop in page_redirects), the HTTP status, Content-Type, charset used and the
-- fetch time. The analyst can show what the page said on that day; exports carry it
-- with the evidence. Snapshots belong to their article and go with it.
CREATE TABLE page_snapshots (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    requested_url TEXT NOT NULL CHECK (requested_url GLOB 'http*://*'),
    final_url     TEXT NOT NULL CHECK (final_url GLOB 'http*://*'),
    http_status   INTEGER NOT NULL CHECK (http_status BETWEEN 100 AND 599),
    content_type  TEXT NOT NULL DEFAULT '',
    encoding      TEXT NOT NULL DEFAULT '',
    fetched_at    TEXT NOT NULL,
    raw_size      INTEGER NOT NULL CHECK (raw_size >= 0),
    raw_sha256    TEXT NOT NULL CHECK (length(raw_sha256) = 64),
    raw_gzip      BLOB NOT NULL
) STRICT;
CREATE INDEX page_snapshots_article ON page_snapshots (article_id);
CREATE INDEX page_snapshots_final_url ON page_snapshots (final_url);

CREATE TABLE page_redirects (
    snapshot_id INTEGER NOT NULL REFERENCES page_snapshots (id) ON DELETE CASCADE,
    hop         INTEGER NOT NULL CHECK (hop >= 1),
    from_url    TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, hop)
) STRICT;

-- Subscribed feeds (RSS, Atom, JSON Feed). etag and last_modified are the validators
-- of the last fetch, sent back so an unchanged feed costs a 304.
CREATE TABLE feeds (
    id             INTEGER PRIMARY KEY,
    url            TEXT NOT NULL UNIQUE CHECK (url GLOB 'http*://*'),
    title          TEXT NOT NULL DEFAULT '',
    site_url       TEXT NOT NULL DEFAULT '',
    etag           TEXT NOT NULL DEFAULT '',
    last_modified  TEXT NOT NULL DEFAULT '',
    added_at       TEXT NOT NULL,
    pulled_at      TEXT NOT NULL DEFAULT '',
    last_error     TEXT NOT NULL DEFAULT ''
) STRICT;

-- A feed's items as last seen; article_id is set once the item's page is imported.
CREATE TABLE feed_items (
    id           INTEGER PRIMARY KEY,
    feed_id      INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guid         TEXT NOT NULL,
    url          TEXT NOT NULL CHECK (url GLOB 'http*://*'),
    title        TEXT NOT NULL DEFAULT '',
    outlet       TEXT NOT NULL DEFAULT '',
    published_at TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    seen_at      TEXT NOT NULL,
    article_id   INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    UNIQUE (feed_id, guid)
) STRICT;
CREATE INDEX feed_items_article ON feed_items (article_id);
