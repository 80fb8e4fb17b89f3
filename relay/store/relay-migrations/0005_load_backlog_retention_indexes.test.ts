import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { planOf } from '../../../tests/helpers/queryPlan';
import { migrateRelay, readRelayMigrations } from '../migrations';

const LOAD = "SELECT owner_id, count(*) AS n FROM conversations WHERE state = 'active' AND kind = 'chat' GROUP BY owner_id";
const PICTURES = 'UPDATE messages SET image_data = NULL, image_type = NULL WHERE image_data IS NOT NULL AND at < 5';
const CLOSED = "SELECT id FROM conversations INDEXED BY conversations_closed WHERE state = 'closed' AND closed_at >= 1 AND closed_at < 9";

test('relay 0005: the agents\' load, old pictures and conversations by their closing are read by their own indexes, not by a scan of the history; the data of version 4 stays', () => {
  const db = new Database(':memory:');
  const all = readRelayMigrations(__dirname);
  migrateRelay(db, all.slice(0, 4));
  db.prepare("INSERT INTO agents (id, name, token_sha256, created_at) VALUES ('a1', 'Anna', 'x', 1)").run();
  db.prepare("INSERT INTO customers (id, session_sha256, name, created_at, last_seen) VALUES ('k1', 's1', 'Eva', 1, 1)").run();
  db.prepare("INSERT INTO conversations (id, customer_id, kind, state, owner_id, created_at, claimed_at) VALUES ('v1', 'k1', 'chat', 'active', 'a1', 1, 2)").run();
  db.prepare("INSERT INTO conversations (id, customer_id, kind, state, created_at, closed_at) VALUES ('v2', 'k1', 'message', 'closed', 1, 3)").run();
  db.prepare("INSERT INTO messages (conversation_id, seq, sender, sender_key, client_id, text, image_type, image_data, at) VALUES ('v1', 1, 'customer', 'c:k1', 'x1', 'bild', 'image/png', x'00', 2)").run();
  assert.match(planOf(db, LOAD), /conversations_claimed \(kind=\?\)/, 'version 4 counts the load through every chat');
  assert.match(planOf(db, PICTURES), /SCAN messages/, 'version 4 reads every message for old pictures');
  assert.throws(() => planOf(db, CLOSED), /no such index/);

  assert.deepEqual(migrateRelay(db, all.slice(0, 5)), { from: 4, to: 5 });
  assert.match(planOf(db, LOAD), /COVERING INDEX conversations_load \(state=\? AND kind=\?\)/);
  assert.match(planOf(db, PICTURES), /messages_pictures \(at<\?\)/);
  assert.match(planOf(db, CLOSED), /conversations_closed \(closed_at>\? AND closed_at<\?\)/);
  assert.deepEqual(db.prepare(LOAD).all(), [{ owner_id: 'a1', n: 1 }]);
  assert.deepEqual(db.prepare(CLOSED).pluck().all(), ['v2']);
  assert.equal(db.prepare(PICTURES).run().changes, 1);
});
