-- 0006: templates and decision support. Templates get search keywords and a flag for the shop's
-- default set (resources/templates, added by the app when missing); each case may carry the kind
-- of matter it is about (its intent, set when suggestions are made, for the channel plan); and
-- every suggestion the agents accepted or dismissed is kept, so the shop's own choices weigh in.

ALTER TABLE templates ADD COLUMN keywords TEXT NOT NULL DEFAULT '[]';
ALTER TABLE templates ADD COLUMN builtin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN intent TEXT;
CREATE INDEX cases_by_intent ON cases(intent, created_at);

CREATE TABLE suggestion_feedback (
  id        INTEGER PRIMARY KEY,
  case_id   TEXT REFERENCES cases(id) ON DELETE SET NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('channel', 'template', 'priority')),
  value     TEXT NOT NULL,
  intent    TEXT NOT NULL DEFAULT 'general',
  accepted  INTEGER NOT NULL CHECK (accepted IN (0, 1)),
  at        INTEGER NOT NULL
);
CREATE INDEX suggestion_feedback_by_value ON suggestion_feedback(kind, value, intent);
