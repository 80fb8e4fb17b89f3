-- 0004: the chat channel. The relay connection (its address and this agent's token, sealed by the
-- secret box) and one row per relay conversation, pointing at the case that holds it. Messages
-- from the relay are keyed by their uid 'chat:<conversation>:<clientId>', so a frame the relay
-- sends again after a reconnect is stored once.

CREATE TABLE chat_relay (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  url         TEXT NOT NULL,
  secret      BLOB NOT NULL,
  capacity    INTEGER NOT NULL DEFAULT 3 CHECK (capacity BETWEEN 1 AND 20),
  presence    TEXT NOT NULL DEFAULT 'online' CHECK (presence IN ('online', 'away')),
  agent_id    TEXT,
  agent_name  TEXT,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE chat_conversations (
  conversation_id    TEXT PRIMARY KEY,
  case_id            TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind               TEXT NOT NULL CHECK (kind IN ('chat', 'message', 'callback')),
  state              TEXT NOT NULL CHECK (state IN ('queued', 'active', 'closed')),
  owner_id           TEXT,
  owner_name         TEXT,
  relay_customer_id  TEXT NOT NULL,
  customer_page      TEXT,
  last_seq           INTEGER NOT NULL DEFAULT 0,
  callback_at        INTEGER,
  updated_at         INTEGER NOT NULL
);
CREATE INDEX chat_conversations_by_case ON chat_conversations(case_id);
