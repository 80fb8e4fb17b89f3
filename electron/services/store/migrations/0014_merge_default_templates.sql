-- 0014: the first templates (0003) came before the default set in resources/templates, which now
-- covers the same ground, so every shop saw "Retur och byte" twice and two delivery notices. A seed
-- nobody edited (updated_at still 0) gives way to its default, and what agents took or dismissed
-- follows it there. An edited seed is the shop's own text and stays; so does a seed whose default
-- the shop deleted (it would otherwise be left with neither).

CREATE TEMP TABLE template_merge (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL);
INSERT INTO template_merge (old_id, new_id) VALUES
  ('tpl-thanks-sv', 'def-thanks-sv'),
  ('tpl-thanks-en', 'def-thanks-en'),
  ('tpl-delivery-sv', 'def-order-status-sv'),
  ('tpl-delivery-en', 'def-order-status-en'),
  ('tpl-return-sv', 'def-returns-sv'),
  ('tpl-return-en', 'def-returns-en');

DELETE FROM template_merge
WHERE old_id NOT IN (SELECT id FROM templates WHERE updated_at = 0)
   OR new_id IN (SELECT key FROM sync_state WHERE account_id = 'templates' AND scope = 'deleted');

UPDATE suggestion_feedback
SET value = (SELECT new_id FROM template_merge WHERE old_id = suggestion_feedback.value)
WHERE kind = 'template' AND value IN (SELECT old_id FROM template_merge);

DELETE FROM templates WHERE id IN (SELECT old_id FROM template_merge);

DROP TABLE template_merge;
