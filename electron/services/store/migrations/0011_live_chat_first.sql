-- 0011: a live chat waiting for an answer goes first in the queue, above e-mail that is already
-- late: the customer is on the page now. live_rank is 0 for such a case and 1 for the rest; the
-- triggers keep it true whatever changes the case or its conversation, and the queue indexes
-- lead with it so a page is still read from an index.

ALTER TABLE cases ADD COLUMN live_rank INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER cases_live_rank_case AFTER UPDATE OF status, waiting_since, channel ON cases BEGIN
  UPDATE cases SET live_rank = CASE
    WHEN new.channel = 'chat' AND new.status = 'open' AND new.waiting_since IS NOT NULL
      AND EXISTS (SELECT 1 FROM chat_conversations v WHERE v.case_id = new.id AND v.kind = 'chat' AND v.state <> 'closed')
    THEN 0 ELSE 1 END
  WHERE id = new.id;
END;

CREATE TRIGGER cases_live_rank_chat_insert AFTER INSERT ON chat_conversations BEGIN
  UPDATE cases SET live_rank = CASE
    WHEN channel = 'chat' AND status = 'open' AND waiting_since IS NOT NULL AND new.kind = 'chat' AND new.state <> 'closed' THEN 0 ELSE live_rank END
  WHERE id = new.case_id;
END;

CREATE TRIGGER cases_live_rank_chat_state AFTER UPDATE OF state ON chat_conversations BEGIN
  UPDATE cases SET live_rank = CASE
    WHEN channel = 'chat' AND status = 'open' AND waiting_since IS NOT NULL
      AND EXISTS (SELECT 1 FROM chat_conversations v WHERE v.case_id = new.case_id AND v.kind = 'chat' AND v.state <> 'closed')
    THEN 0 ELSE 1 END
  WHERE id = new.case_id;
END;

UPDATE cases SET live_rank = 0
  WHERE channel = 'chat' AND status = 'open' AND waiting_since IS NOT NULL
    AND EXISTS (SELECT 1 FROM chat_conversations v WHERE v.case_id = cases.id AND v.kind = 'chat' AND v.state <> 'closed');

DROP INDEX cases_queue_active;
DROP INDEX cases_queue_status;
DROP INDEX cases_queue_all;
CREATE INDEX cases_queue_active ON cases((status <> 'resolved'), live_rank, priority, coalesce(sla_due_at, 9007199254740991), number);
CREATE INDEX cases_queue_status ON cases(status, live_rank, priority, coalesce(sla_due_at, 9007199254740991), number);
CREATE INDEX cases_queue_all ON cases(live_rank, priority, coalesce(sla_due_at, 9007199254740991), number);
