-- Placeholder for schema v9, reserved for another engineer's branch (issue 13 / 15 / 16
-- hold 0008-0010): it keeps the numbering without gaps on branch i18 only. At the merge
-- this file is deleted in favour of the real migration of that number.
SELECT 1;
