-- The full-text triggers fired whenever a statement named one of their columns, changed or not.
-- The mail sync's UPDATE of a case names every column, once for each message stored, so each
-- message also rewrote its case's entry in cases_fts. They now fire only when the text changes.
DROP TRIGGER cases_fts_au;
CREATE TRIGGER cases_fts_au AFTER UPDATE OF subject, customer_id ON cases
WHEN old.subject IS NOT new.subject OR old.customer_id IS NOT new.customer_id BEGIN
  UPDATE cases_fts SET subject = new.subject,
    customer_name = coalesce((SELECT name FROM customers WHERE id = new.customer_id), '')
  WHERE rowid = new.number;
END;

DROP TRIGGER customers_fts_au;
CREATE TRIGGER customers_fts_au AFTER UPDATE OF name ON customers
WHEN old.name IS NOT new.name BEGIN
  UPDATE cases_fts SET customer_name = new.name
  WHERE rowid IN (SELECT number FROM cases WHERE customer_id = new.id);
END;

DROP TRIGGER messages_fts_au;
CREATE TRIGGER messages_fts_au AFTER UPDATE OF subject, body_text ON messages
WHEN old.subject IS NOT new.subject OR old.body_text IS NOT new.body_text BEGIN
  INSERT INTO messages_fts(messages_fts, rowid, subject, body_text) VALUES ('delete', old.id, old.subject, old.body_text);
  INSERT INTO messages_fts(rowid, subject, body_text) VALUES (new.id, new.subject, new.body_text);
END;
