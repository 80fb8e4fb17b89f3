-- The outbox keeps every reply sent, so it grows as the cases do. Three lookups read all of it:
-- the case a text was last sent from, for a customer's SMS answer (json_extract on every row);
-- moving a case's outbox to another when cases are joined; and the foreign-key check when a
-- message is removed. At 150,000 sent replies each took 5–8 ms; by these indexes, a few entries.
CREATE INDEX outbox_by_case ON outbox(case_id);
CREATE INDEX outbox_by_message ON outbox(message_id);
CREATE INDEX outbox_sms_by_to ON outbox(json_extract(payload, '$.to')) WHERE channel = 'sms';
