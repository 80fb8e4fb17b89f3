-- 0007: the shop's shared case state. Every agent's changes to a case are events in an append-only
-- log kept in a folder of the shop's mailbox; each laptop keeps its own copy here and merges the
-- same way (last writer wins by (lamport, agent, event id); notes add-only with tombstones).

-- The key every laptop knows a case by: an e-mail thread's root Message-ID, 'manual:<uuid>' for a
-- case made by hand, 'chat:<conversation>' for a chat. Never a local row id or an IMAP UID.
ALTER TABLE cases ADD COLUMN shared_key TEXT;
UPDATE cases SET shared_key = substr(thread_key, 1, instr(thread_key, '#') - 1) WHERE instr(coalesce(thread_key, ''), '#') > 1;
CREATE UNIQUE INDEX cases_by_shared_key ON cases(shared_key) WHERE shared_key IS NOT NULL;
-- The number the whole shop says for a case, from the log (null until the log has numbered it).
ALTER TABLE cases ADD COLUMN shop_number INTEGER;
CREATE UNIQUE INDEX cases_by_shop_number ON cases(shop_number) WHERE shop_number IS NOT NULL;

-- Every event seen or made here, once (an event read twice is the same row).
CREATE TABLE team_events (
  event_id  TEXT PRIMARY KEY,
  case_key  TEXT NOT NULL,
  agent     TEXT NOT NULL,
  lamport   INTEGER NOT NULL,
  op        TEXT NOT NULL,
  fields    TEXT NOT NULL,          -- JSON object
  at        INTEGER NOT NULL,       -- the author's wall clock, for "2 minutes ago" only
  mine      INTEGER NOT NULL,       -- 1: made on this laptop
  pending   INTEGER NOT NULL,       -- 1: waits to be appended to the mailbox
  uid       INTEGER                 -- its UID in the log folder, once seen there
) WITHOUT ROWID;
CREATE INDEX team_events_pending ON team_events(pending) WHERE pending = 1;
CREATE INDEX team_events_by_case ON team_events(case_key, lamport);

-- The merged state: one register per case and field, the winning event's stamp beside the value.
CREATE TABLE team_registers (
  case_key  TEXT NOT NULL,
  field     TEXT NOT NULL,
  value     TEXT NOT NULL,          -- JSON
  lamport   INTEGER NOT NULL,
  agent     TEXT NOT NULL,
  event_id  TEXT NOT NULL,
  PRIMARY KEY (case_key, field)
) WITHOUT ROWID;

-- Internal notes: added once, edited last-writer-wins, deleted by a tombstone that stays.
CREATE TABLE team_notes (
  note_id    TEXT PRIMARY KEY,
  case_key   TEXT NOT NULL,
  author     TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL DEFAULT 0,
  body       TEXT NOT NULL DEFAULT '',
  lamport    INTEGER NOT NULL DEFAULT -1,
  agent      TEXT NOT NULL DEFAULT '',
  event_id   TEXT NOT NULL DEFAULT '',
  deleted    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX team_notes_by_case ON team_notes(case_key);

-- Shop numbers: the n-th case the log opened (in UID order) is number n.
CREATE TABLE team_numbers (
  case_key  TEXT PRIMARY KEY,
  number    INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;

-- Where this laptop is in the log folder of a mailbox.
CREATE TABLE team_cursor (
  account_id   TEXT PRIMARY KEY,
  folder       TEXT NOT NULL,
  uidvalidity  INTEGER NOT NULL,
  last_uid     INTEGER NOT NULL,
  snapshot_uid INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
