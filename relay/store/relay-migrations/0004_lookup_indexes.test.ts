import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { planOf } from '../../../tests/helpers/queryPlan';
import { migrateRelay, readRelayMigrations } from '../migrations';

const OPEN_CHAT = "SELECT id FROM conversations WHERE customer_id = 'k1' AND kind = 'chat' AND state <> 'closed' ORDER BY created_at DESC LIMIT 1";
const RECENT = "SELECT claimed_at FROM conversations WHERE claimed_at IS NOT NULL AND kind = 'chat' ORDER BY claimed_at DESC LIMIT 50";

test('relay 0004: a customer\'s open chat and the newest claimed chats are read by their own indexes, not by a scan of every chat; the conversations of version 3 stay', () => {
  const db = new Database(':memory:');
  const all = readRelayMigrations(__dirname);
  migrateRelay(db, all.slice(0, 3));
  db.prepare("INSERT INTO customers (id, session_sha256, name, created_at, last_seen) VALUES ('k1', 's1', 'Eva', 1, 1)").run();
  db.prepare("INSERT INTO conversations (id, customer_id, kind, state, created_at, claimed_at) VALUES ('v1', 'k1', 'chat', 'active', 1, 2)").run();
  assert.match(planOf(db, OPEN_CHAT), /conversations_callbacks \(kind=\?\)/, 'version 3 reads every chat');

  assert.deepEqual(migrateRelay(db, all.slice(0, 4)), { from: 3, to: 4 });
  assert.match(planOf(db, OPEN_CHAT), /conversations_open_chat \(customer_id=\? AND kind=\?\)/);
  assert.doesNotMatch(planOf(db, OPEN_CHAT), /TEMP B-TREE/, 'newest first from the index, no sort');
  assert.match(planOf(db, RECENT), /conversations_claimed \(kind=\?/);
  assert.doesNotMatch(planOf(db, RECENT), /TEMP B-TREE/);
  assert.equal(db.prepare(OPEN_CHAT).pluck().get(), 'v1');
});
