-- The suggestions' priors read the newest 5,000 resolved cases of the year (their kind, channel and
-- how long they took) every minute, and the channel model the same cases' count. By resolved_at
-- alone each row was then read from the table: 40 ms at 150,000 cases, 630 ms from a cold disk.
-- This index holds what the priors read, so the table is not touched (12 ms); it serves every
-- other lookup by resolved_at as the one it replaces did.
DROP INDEX cases_by_resolved_at;
CREATE INDEX cases_by_resolved_at ON cases(resolved_at, intent, channel, created_at, id);
