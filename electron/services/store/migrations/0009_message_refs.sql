-- 0009: threading that does not depend on the order mail arrives in. Every e-mail's links
-- (In-Reply-To and References, Message-IDs with an '@' only) are kept, so a message that arrives
-- after its replies finds the case they started, and two cases a message connects become one.

CREATE TABLE message_refs (
  ref_id      TEXT NOT NULL,
  message_id  INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  PRIMARY KEY (ref_id, message_id)
) WITHOUT ROWID;
CREATE INDEX message_refs_by_message ON message_refs(message_id);

INSERT OR IGNORE INTO message_refs (ref_id, message_id)
  SELECT j.value, m.id FROM messages m, json_each(json_extract(m.headers, '$.references')) j
  WHERE m.headers IS NOT NULL AND json_valid(m.headers) AND json_type(m.headers, '$.references') = 'array' AND instr(j.value, '@') > 1;
INSERT OR IGNORE INTO message_refs (ref_id, message_id)
  SELECT json_extract(m.headers, '$.inReplyTo'), m.id FROM messages m
  WHERE m.headers IS NOT NULL AND json_valid(m.headers) AND instr(coalesce(json_extract(m.headers, '$.inReplyTo'), ''), '@') > 1;
