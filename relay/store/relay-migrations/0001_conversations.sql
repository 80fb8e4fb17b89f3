-- agents, customers, conversations, messages, acknowledgements
CREATE TABLE agents (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  token_sha256  TEXT NOT NULL UNIQUE,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL
);
CREATE TABLE customers (
  id              TEXT PRIMARY KEY,
  session_sha256  TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL DEFAULT '',
  email           TEXT,
  phone           TEXT,
  lang            TEXT NOT NULL DEFAULT 'sv',
  page            TEXT,
  created_at      INTEGER NOT NULL,
  last_seen       INTEGER NOT NULL
);
CREATE TABLE conversations (
  id              TEXT PRIMARY KEY,
  customer_id     TEXT NOT NULL REFERENCES customers(id),
  kind            TEXT NOT NULL CHECK (kind IN ('chat', 'message', 'callback')),
  state           TEXT NOT NULL CHECK (state IN ('queued', 'active', 'closed')),
  owner_id        TEXT REFERENCES agents(id),
  created_at      INTEGER NOT NULL,
  claimed_at      INTEGER,
  closed_at       INTEGER,
  last_seq        INTEGER NOT NULL DEFAULT 0,
  customer_acked  INTEGER NOT NULL DEFAULT 0,
  callback_at     INTEGER
);
CREATE INDEX conversations_by_customer ON conversations(customer_id, state);
CREATE INDEX conversations_by_state ON conversations(state, created_at);
CREATE TABLE messages (
  conversation_id  TEXT NOT NULL REFERENCES conversations(id),
  seq              INTEGER NOT NULL,
  sender           TEXT NOT NULL CHECK (sender IN ('customer', 'agent', 'system')),
  sender_key       TEXT NOT NULL,
  agent_id         TEXT,
  client_id        TEXT NOT NULL,
  text             TEXT NOT NULL,
  image_name       TEXT,
  image_type       TEXT,
  image_data       BLOB,
  at               INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, seq),
  UNIQUE (sender_key, client_id)
) WITHOUT ROWID;
CREATE TABLE agent_cursors (
  agent_id         TEXT NOT NULL,
  conversation_id  TEXT NOT NULL,
  seq              INTEGER NOT NULL,
  PRIMARY KEY (agent_id, conversation_id)
) WITHOUT ROWID;
CREATE TABLE relay_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
