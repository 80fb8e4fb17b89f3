-- gateway callbacks (Sinch) kept until every agent has them, and each agent's place in them;
-- the nonce is unique, so a replayed callback is refused even after a restart
CREATE TABLE provider_events (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  provider     TEXT NOT NULL,
  nonce        TEXT NOT NULL UNIQUE,
  body         TEXT NOT NULL,
  received_at  INTEGER NOT NULL
);
CREATE TABLE provider_cursors (
  agent_id  TEXT PRIMARY KEY,
  seq       INTEGER NOT NULL
) WITHOUT ROWID;
-- which laptop sends a customer notice that every laptop could send (a widget booking's
-- confirmation, the reminder before a call): the first to ask, once per callback and time
CREATE TABLE notice_claims (
  conversation_id  TEXT NOT NULL,
  notice           TEXT NOT NULL,
  agent_id         TEXT NOT NULL,
  at               INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, notice)
) WITHOUT ROWID;
