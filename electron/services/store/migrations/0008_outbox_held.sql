-- 0008: an e-mail can be held before it leaves: the thread changed while it waited (the customer
-- wrote again, a colleague answered, the case was taken). The agent then sends anyway, edits or
-- discards. SQLite cannot change a CHECK in place, so the table is rebuilt with the new state.

CREATE TABLE outbox_new (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  case_id     TEXT REFERENCES cases(id),
  message_id  INTEGER REFERENCES messages(id),
  channel     TEXT NOT NULL,
  account_id  TEXT,
  payload     TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled', 'held')),
  attempts    INTEGER NOT NULL DEFAULT 0,
  not_before  INTEGER NOT NULL,
  last_error  TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  held_reason TEXT               -- JSON: { kind, by, at } while held
);
INSERT INTO outbox_new (id, uid, case_id, message_id, channel, account_id, payload, state, attempts, not_before, last_error, created_at, updated_at)
  SELECT id, uid, case_id, message_id, channel, account_id, payload, state, attempts, not_before, last_error, created_at, updated_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox(state, not_before);
