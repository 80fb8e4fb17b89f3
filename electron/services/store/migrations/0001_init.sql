-- 0001: the first schema. Instants are UTC epoch milliseconds (INTEGER); the shop's IANA time
-- zone lives in settings, a customer's own in customers.time_zone.

CREATE TABLE customers (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL DEFAULT '',
  language    TEXT CHECK (language IN ('sv', 'en')),
  time_zone   TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

-- One identity per channel address: an e-mail address (lower case), a chat visitor id, a phone
-- number (E.164). An identity belongs to exactly one customer.
CREATE TABLE customer_identities (
  kind        TEXT NOT NULL CHECK (kind IN ('email', 'chat', 'phone')),
  value       TEXT NOT NULL,
  customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  PRIMARY KEY (kind, value)
) WITHOUT ROWID;
CREATE INDEX customer_identities_by_customer ON customer_identities(customer_id);

-- id is global (shared between the shop's laptops through IMAP keywords and the relay);
-- number is the short local number an agent says aloud, and the FTS row id.
CREATE TABLE cases (
  id                TEXT PRIMARY KEY,
  number            INTEGER NOT NULL UNIQUE,
  channel           TEXT NOT NULL CHECK (channel IN ('email', 'chat', 'phone', 'sms', 'walkin')),
  status            TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'resolved')),
  priority          INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 3),
  subject           TEXT NOT NULL DEFAULT '',
  customer_id       TEXT REFERENCES customers(id),
  assignee          TEXT,
  account_id        TEXT,
  thread_key        TEXT,
  preview           TEXT NOT NULL DEFAULT '',
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  last_message_at   INTEGER,
  waiting_since     INTEGER,
  first_response_at INTEGER,
  resolved_at       INTEGER,
  sla_due_at        INTEGER
);
-- The queue: cases by priority, then by when the answer is due (no due time last). The
-- expressions must match those in casesRepo.ts so SQLite reads the queue in index order.
CREATE INDEX cases_queue_active ON cases((status <> 'resolved'), priority, coalesce(sla_due_at, 9007199254740991), number);
CREATE INDEX cases_queue_status ON cases(status, priority, coalesce(sla_due_at, 9007199254740991), number);
CREATE INDEX cases_queue_all ON cases(priority, coalesce(sla_due_at, 9007199254740991), number);
CREATE INDEX cases_by_customer ON cases(customer_id, created_at);
CREATE UNIQUE INDEX cases_by_thread ON cases(account_id, thread_key) WHERE thread_key IS NOT NULL;

CREATE TABLE messages (
  id                INTEGER PRIMARY KEY,
  uid               TEXT NOT NULL UNIQUE,
  case_id           TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  direction         TEXT NOT NULL CHECK (direction IN ('in', 'out', 'note')),
  channel           TEXT NOT NULL CHECK (channel IN ('email', 'chat', 'phone', 'sms', 'walkin')),
  author            TEXT NOT NULL DEFAULT '',
  subject           TEXT,
  body_text         TEXT NOT NULL DEFAULT '',
  body_html         TEXT,
  headers           TEXT,            -- JSON object of the headers worth keeping
  rfc_message_id    TEXT,            -- Message-ID header, without angle brackets
  created_at        INTEGER NOT NULL
);
CREATE INDEX messages_by_case ON messages(case_id, created_at);
CREATE INDEX messages_by_rfc_id ON messages(rfc_message_id) WHERE rfc_message_id IS NOT NULL;

-- Attachment files live on disk once, named by their SHA-256; rows point at them.
CREATE TABLE attachments (
  id          INTEGER PRIMARY KEY,
  message_id  INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  size        INTEGER NOT NULL,
  mime_type   TEXT NOT NULL,
  filename    TEXT NOT NULL,
  content_id  TEXT,
  inline      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_by_message ON attachments(message_id);
CREATE INDEX attachments_by_hash ON attachments(sha256);

CREATE TABLE templates (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  category    TEXT NOT NULL DEFAULT '',
  language    TEXT NOT NULL CHECK (language IN ('sv', 'en')),
  subject     TEXT,
  body_short  TEXT NOT NULL DEFAULT '',
  body_full   TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE callbacks (
  id            TEXT PRIMARY KEY,
  case_id       TEXT REFERENCES cases(id) ON DELETE CASCADE,
  customer_id   TEXT REFERENCES customers(id),
  phone         TEXT NOT NULL,
  due_at        INTEGER NOT NULL,
  time_zone     TEXT NOT NULL,
  duration_min  INTEGER NOT NULL DEFAULT 15,
  note          TEXT NOT NULL DEFAULT '',
  assignee      TEXT,
  status        TEXT NOT NULL CHECK (status IN ('booked', 'done', 'missed', 'cancelled')),
  outcome       TEXT CHECK (outcome IN ('reached', 'not_reached', 'voicemail', 'wrong_number')),
  outcome_note  TEXT,
  reminded_at   INTEGER,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX callbacks_due ON callbacks(status, due_at);

-- Everything that leaves the laptop goes through here, written before the first try.
CREATE TABLE outbox (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  case_id     TEXT REFERENCES cases(id),
  message_id  INTEGER REFERENCES messages(id),
  channel     TEXT NOT NULL,
  account_id  TEXT,
  payload     TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
  attempts    INTEGER NOT NULL DEFAULT 0,
  not_before  INTEGER NOT NULL,
  last_error  TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX outbox_pending ON outbox(state, not_before);

CREATE TABLE sync_state (
  account_id  TEXT NOT NULL,
  scope       TEXT NOT NULL,
  key         TEXT NOT NULL,
  value       TEXT,
  PRIMARY KEY (account_id, scope, key)
) WITHOUT ROWID;

-- What happened to each case, in order: created, status changed, assigned, note added …
CREATE TABLE case_events (
  id       INTEGER PRIMARY KEY,
  case_id  TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  at       INTEGER NOT NULL,
  actor    TEXT NOT NULL,
  kind     TEXT NOT NULL,
  data     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_by_case ON case_events(case_id, at);

CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE accounts (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('mail')),
  label       TEXT NOT NULL,
  config      TEXT NOT NULL,  -- JSON: address, display name, imap and smtp servers
  secret      BLOB,           -- encrypted by the secret box (safeStorage or the key file)
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

-- Full-text search. Diacritics are folded so "aterbetalning" finds "återbetalning".
CREATE VIRTUAL TABLE messages_fts USING fts5(
  subject, body_text,
  content = 'messages', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_fts_ai AFTER INSERT ON messages BEGIN
  INSERT INTO messages_fts(rowid, subject, body_text) VALUES (new.id, new.subject, new.body_text);
END;
CREATE TRIGGER messages_fts_ad AFTER DELETE ON messages BEGIN
  INSERT INTO messages_fts(messages_fts, rowid, subject, body_text) VALUES ('delete', old.id, old.subject, old.body_text);
END;
CREATE TRIGGER messages_fts_au AFTER UPDATE OF subject, body_text ON messages BEGIN
  INSERT INTO messages_fts(messages_fts, rowid, subject, body_text) VALUES ('delete', old.id, old.subject, old.body_text);
  INSERT INTO messages_fts(rowid, subject, body_text) VALUES (new.id, new.subject, new.body_text);
END;

CREATE VIRTUAL TABLE cases_fts USING fts5(
  subject, customer_name,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER cases_fts_ai AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts(rowid, subject, customer_name)
  VALUES (new.number, new.subject, coalesce((SELECT name FROM customers WHERE id = new.customer_id), ''));
END;
CREATE TRIGGER cases_fts_ad AFTER DELETE ON cases BEGIN
  DELETE FROM cases_fts WHERE rowid = old.number;
END;
CREATE TRIGGER cases_fts_au AFTER UPDATE OF subject, customer_id ON cases BEGIN
  UPDATE cases_fts SET subject = new.subject,
    customer_name = coalesce((SELECT name FROM customers WHERE id = new.customer_id), '')
  WHERE rowid = new.number;
END;
CREATE TRIGGER customers_fts_au AFTER UPDATE OF name ON customers BEGIN
  UPDATE cases_fts SET customer_name = new.name
  WHERE rowid IN (SELECT number FROM cases WHERE customer_id = new.id);
END;
