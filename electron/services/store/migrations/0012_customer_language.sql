-- 0012: the language a chat visitor's widget speaks (the relay tells it with the conversation),
-- so that what the shop sends that customer later (an e-mail, a callback notice) is in their
-- language, not the agent's.

ALTER TABLE chat_conversations ADD COLUMN lang TEXT CHECK (lang IN ('sv', 'en'));
