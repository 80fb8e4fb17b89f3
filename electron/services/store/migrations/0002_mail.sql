-- 0002: e-mail sync. Which server message (account, folder, UIDVALIDITY, UID) is which local
-- message; a content hash so a message fetched twice (a UIDVALIDITY reset, a resumed sync) is
-- stored once, while two different messages that share a Message-ID are both kept; and the
-- messages that could not be read, kept raw with the reason.

ALTER TABLE messages ADD COLUMN account_id TEXT;
ALTER TABLE messages ADD COLUMN source_sha256 TEXT;
CREATE UNIQUE INDEX messages_by_source ON messages(account_id, source_sha256) WHERE source_sha256 IS NOT NULL;
CREATE INDEX messages_by_account_rfc_id ON messages(account_id, rfc_message_id) WHERE rfc_message_id IS NOT NULL;

CREATE TABLE mail_uids (
  account_id   TEXT NOT NULL,
  folder       TEXT NOT NULL,
  uidvalidity  INTEGER NOT NULL,
  uid          INTEGER NOT NULL,
  message_id   INTEGER REFERENCES messages(id) ON DELETE CASCADE,
  flags        TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (account_id, folder, uidvalidity, uid)
) WITHOUT ROWID;
CREATE INDEX mail_uids_by_message ON mail_uids(message_id);

CREATE TABLE mail_failures (
  id           INTEGER PRIMARY KEY,
  account_id   TEXT NOT NULL,
  folder       TEXT NOT NULL,
  uidvalidity  INTEGER NOT NULL,
  uid          INTEGER NOT NULL,
  reason       TEXT NOT NULL,
  raw_sha256   TEXT,             -- the raw message, stored as an attachment file
  size         INTEGER NOT NULL DEFAULT 0,
  created_at   INTEGER NOT NULL,
  UNIQUE (account_id, folder, uidvalidity, uid)
);
