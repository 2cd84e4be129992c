-- Schema v3: what a machine suggestion proposes, kept on its span until the analyst
-- decides (documented in docs/schema.md, "spans"). A suggestion for an entity that does
-- not exist yet stores the proposed name instead of creating the entity; accepting it
-- creates (or finds) the entity. Dates and numbers carry their normalised value and
-- hedge, quotes their speaker's proposed name. All '' for the analyst's own spans.
--
-- ON CONFLICT REPLACE turns a NULL written into these columns into their default '':
-- audit-log row images of spans written before v3 lack the columns, and undo restores
-- them with json_extract(), which gives NULL for a missing key.
ALTER TABLE spans ADD COLUMN proposed_name TEXT NOT NULL ON CONFLICT REPLACE DEFAULT '';
ALTER TABLE spans ADD COLUMN normalized TEXT NOT NULL ON CONFLICT REPLACE DEFAULT '';
ALTER TABLE spans ADD COLUMN hedge TEXT NOT NULL ON CONFLICT REPLACE DEFAULT '';
ALTER TABLE spans ADD COLUMN speaker_name TEXT NOT NULL ON CONFLICT REPLACE DEFAULT '';
