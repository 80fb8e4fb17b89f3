-- 0013: Sinch (Conversation API: RCS with SMS fallback) beside 46elks, and the demo's gateway that
-- sends nothing. Sinch needs the project and app ids and its OAuth2 address; SQLite can not change
-- a CHECK, so the table is rebuilt.

CREATE TABLE sms_gateway_0013 (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  provider    TEXT NOT NULL CHECK (provider IN ('46elks', 'sinch', 'demo')),
  base_url    TEXT NOT NULL,
  username    TEXT NOT NULL,
  secret      BLOB NOT NULL,
  sender      TEXT NOT NULL,
  project_id  TEXT,
  app_id      TEXT,
  auth_url    TEXT,
  updated_at  INTEGER NOT NULL,
  CHECK (provider <> 'sinch' OR (project_id IS NOT NULL AND app_id IS NOT NULL AND auth_url IS NOT NULL))
);
INSERT INTO sms_gateway_0013 (id, provider, base_url, username, secret, sender, updated_at)
  SELECT id, provider, base_url, username, secret, sender, updated_at FROM sms_gateway;
DROP TABLE sms_gateway;
ALTER TABLE sms_gateway_0013 RENAME TO sms_gateway;

-- The customer's own answer to a callback notice (a tap or a reply "1"), and the reminder sent to
-- the customer before the call; both start again when the time moves.
ALTER TABLE callbacks ADD COLUMN confirmed_at INTEGER;
ALTER TABLE callbacks ADD COLUMN customer_reminded_at INTEGER;

-- A delivery report or a tapped choice names the gateway's message id: found by index.
CREATE INDEX outbox_sms_by_provider_id ON outbox(json_extract(payload, '$.providerId')) WHERE channel = 'sms';

-- The decision support learns from the newest resolved cases (suggest/solvedCases.ts).
CREATE INDEX cases_by_resolved_at ON cases(resolved_at);
