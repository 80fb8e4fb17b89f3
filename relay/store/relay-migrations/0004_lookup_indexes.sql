-- A customer's open chat is looked up on every line they send, and the newest claimed chats on
-- every queue update. Without statistics (a relay never runs ANALYZE) the planner read both through
-- conversations_callbacks on kind alone: every chat the relay ever held, per line. These indexes
-- answer each from a few entries.
CREATE INDEX conversations_open_chat ON conversations(customer_id, kind, created_at);
CREATE INDEX conversations_claimed ON conversations(kind, claimed_at);
