-- A new message or case is no longer indexed for search by a trigger: messagesRepo.insert and
-- casesRepo.insert index it.
-- An AFTER INSERT trigger that writes to the FTS5 table cost about 77 µs a message in a
-- 10,000-message mail sync, and still about 40 µs when a WHEN clause kept it from firing; a batch
-- of 200 indexed in one statement at the end of its transaction costs about 2 µs a message
-- (messagesRepo.indexedAtEnd, casesRepo.indexedAtEnd). Changes and deletions are still kept in
-- step by their triggers. Every insert into messages and cases goes through those repositories.
DROP TRIGGER messages_fts_ai;
DROP TRIGGER cases_fts_ai;
