-- 0005: booked callbacks and SMS. A callback keeps who booked it where, the customer's own time
-- zone when it differs from the shop's, and the state of its two reminders (a few minutes before:
-- reminded_at, from 0001; at the time: due_notified_at), so a restart never fires one twice and a
-- laptop that slept fires what it missed, marked late. Callbacks booked through the relay share the
-- relay conversation's id, so every laptop of the shop holds the same agenda.

ALTER TABLE callbacks ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE callbacks ADD COLUMN source TEXT NOT NULL DEFAULT 'agent' CHECK (source IN ('widget', 'case', 'call', 'agent', 'cli'));
ALTER TABLE callbacks ADD COLUMN customer_time_zone TEXT;
ALTER TABLE callbacks ADD COLUMN due_notified_at INTEGER;
ALTER TABLE callbacks ADD COLUMN late INTEGER NOT NULL DEFAULT 0;
ALTER TABLE callbacks ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
ALTER TABLE callbacks ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
CREATE INDEX callbacks_by_case ON callbacks(case_id);
CREATE INDEX callbacks_by_assignee ON callbacks(assignee, due_at);

-- The SMS gateway (one per shop): provider, its API address (tests point it at a local server),
-- the account name, the secret sealed by the secret box, and the sender shown to customers.
CREATE TABLE sms_gateway (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  provider    TEXT NOT NULL CHECK (provider IN ('46elks')),
  base_url    TEXT NOT NULL,
  username    TEXT NOT NULL,
  secret      BLOB NOT NULL,
  sender      TEXT NOT NULL,
  updated_at  INTEGER NOT NULL
);

-- Numbers that answered STOPP/STOP: nothing more is sent to them.
CREATE TABLE sms_optouts (
  phone  TEXT PRIMARY KEY,
  word   TEXT NOT NULL,
  at     INTEGER NOT NULL
) WITHOUT ROWID;

-- Phone identities move to E.164 (+46…), so a number typed as 070-… and an SMS from +4670… find the
-- same customer. Swedish national numbers (0…) get +46; 00… becomes +.
UPDATE OR IGNORE customer_identities SET value = '+' || substr(value, 3) WHERE kind = 'phone' AND value LIKE '00%';
UPDATE OR IGNORE customer_identities SET value = '+46' || substr(value, 2) WHERE kind = 'phone' AND value LIKE '0%' AND value NOT LIKE '00%';
