-- Three reads that took a relay's whole history with them (measured 2026-12-05 with 100,000 closed
-- chats): the agents' load, counted on every new conversation, agent change and queue update, went
-- through conversations_claimed on kind alone (10 ms each); the hourly retention of pictures read
-- every message; and a laptop's backlog at its hello read every conversation (130 ms, the relay
-- deaf meanwhile).
CREATE INDEX conversations_load ON conversations(state, kind, owner_id);
-- only the lines that still hold a picture: a text line (nearly all) writes nothing to it
CREATE INDEX messages_pictures ON messages(at) WHERE image_data IS NOT NULL;
-- conversations by when they closed, for the hourly forgetting of old, fully read positions
-- (agentBacklog.ts forgetReadPositions): written once, when a conversation closes
CREATE INDEX conversations_closed ON conversations(closed_at) WHERE state = 'closed';
