-- booked callbacks share the conversation: their status, and the Växel case they belong to
ALTER TABLE conversations ADD COLUMN callback_status TEXT CHECK (callback_status IN ('booked', 'done', 'missed', 'cancelled'));
ALTER TABLE conversations ADD COLUMN case_ref TEXT;
ALTER TABLE conversations ADD COLUMN note TEXT;
ALTER TABLE customers ADD COLUMN time_zone TEXT;
CREATE INDEX conversations_callbacks ON conversations(kind, callback_status, callback_at);
