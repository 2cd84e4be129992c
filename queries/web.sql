-- name: AddPageSnapshot :one
INSERT INTO page_snapshots (article_id, requested_url, final_url, http_status, content_type, encoding,
                            fetched_at, raw_size, raw_sha256, raw_gzip)
VALUES (sqlc.arg(article_id), sqlc.arg(requested_url), sqlc.arg(final_url), sqlc.arg(http_status),
        sqlc.arg(content_type), sqlc.arg(encoding), sqlc.arg(fetched_at), sqlc.arg(raw_size),
        sqlc.arg(raw_sha256), sqlc.arg(raw_gzip))
RETURNING id;

-- name: AddPageRedirect :exec
INSERT INTO page_redirects (snapshot_id, hop, from_url) VALUES (sqlc.arg(snapshot_id), sqlc.arg(hop), sqlc.arg(from_url));

-- name: ListPageSnapshots :many
SELECT id, article_id, requested_url, final_url, http_status, content_type, encoding, fetched_at, raw_size, raw_sha256
FROM page_snapshots WHERE article_id = sqlc.arg(article_id) ORDER BY id;

-- name: GetPageSnapshot :one
SELECT id, article_id, requested_url, final_url, http_status, content_type, encoding, fetched_at, raw_size, raw_sha256, raw_gzip
FROM page_snapshots WHERE id = sqlc.arg(id);

-- name: ListPageRedirects :many
SELECT hop, from_url FROM page_redirects WHERE snapshot_id = sqlc.arg(snapshot_id) ORDER BY hop;

-- name: AddFeed :one
INSERT INTO feeds (url, title, site_url, added_at) VALUES (sqlc.arg(url), sqlc.arg(title), sqlc.arg(site_url), sqlc.arg(added_at))
RETURNING id;

-- name: GetFeed :one
SELECT id, url, title, site_url, etag, last_modified, added_at, pulled_at, last_error FROM feeds WHERE id = sqlc.arg(id);

-- name: FeedIDByURL :one
SELECT id FROM feeds WHERE url = sqlc.arg(url);

-- name: ListFeeds :many
SELECT f.id, f.url, f.title, f.site_url, f.added_at, f.pulled_at, f.last_error,
       (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS items,
       (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.article_id IS NULL) AS new_items
FROM feeds f ORDER BY f.title COLLATE NOCASE, f.id;

-- name: UpdateFeedAfterPull :exec
UPDATE feeds SET title = sqlc.arg(title), site_url = sqlc.arg(site_url),
                 etag = sqlc.arg(etag), last_modified = sqlc.arg(last_modified),
                 pulled_at = sqlc.arg(pulled_at), last_error = sqlc.arg(last_error)
WHERE id = sqlc.arg(id);

-- name: RemoveFeed :exec
DELETE FROM feeds WHERE id = sqlc.arg(id);

-- name: InsertFeedItem :many
INSERT INTO feed_items (feed_id, guid, url, title, outlet, published_at, summary, seen_at)
VALUES (sqlc.arg(feed_id), sqlc.arg(guid), sqlc.arg(url), sqlc.arg(title), sqlc.arg(outlet),
        sqlc.arg(published_at), sqlc.arg(summary), sqlc.arg(seen_at))
ON CONFLICT (feed_id, guid) DO NOTHING
RETURNING id;

-- name: UpdateFeedItem :exec
UPDATE feed_items SET url = sqlc.arg(url), title = sqlc.arg(title), published_at = sqlc.arg(published_at),
       summary = sqlc.arg(summary)
WHERE feed_id = sqlc.arg(feed_id) AND guid = sqlc.arg(guid);

-- name: ListFeedItems :many
SELECT i.id, i.feed_id, i.guid, i.url, i.title, i.outlet, i.published_at, i.summary, i.seen_at,
       coalesce(i.article_id, 0) AS article_id, f.title AS feed_title
FROM feed_items i JOIN feeds f ON f.id = i.feed_id
WHERE (CAST(sqlc.arg(feed_id) AS INTEGER) = 0 OR i.feed_id = CAST(sqlc.arg(feed_id) AS INTEGER))
  AND (CAST(sqlc.arg(only_new) AS INTEGER) = 0 OR i.article_id IS NULL)
ORDER BY i.published_at DESC, i.id DESC
LIMIT sqlc.arg(max_rows);

-- name: GetFeedItem :one
SELECT id, feed_id, url, title, outlet, published_at, coalesce(article_id, 0) AS article_id FROM feed_items WHERE id = sqlc.arg(id);

-- name: SetFeedItemArticle :exec
UPDATE feed_items SET article_id = sqlc.arg(article_id) WHERE id = sqlc.arg(id);

-- name: ListSnapshotIDsOfArticle :many
SELECT id FROM page_snapshots WHERE article_id = sqlc.arg(article_id) ORDER BY id;

-- name: ListRedirectImagesOfSnapshot :many
-- A snapshot's redirect hops as row images (queries/row_images.sql's shape), for the log.
SELECT CAST(json_object('snapshot_id', snapshot_id, 'hop', hop, 'from_url', from_url) AS TEXT) AS image
FROM page_redirects WHERE snapshot_id = sqlc.arg(snapshot_id) ORDER BY hop;

-- name: ListFeedItemIDsOfArticle :many
SELECT id FROM feed_items WHERE article_id = sqlc.arg(article_id) ORDER BY id;
