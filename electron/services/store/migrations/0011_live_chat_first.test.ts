import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { planOf } from '../../../../tests/helpers/queryPlan';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0011 ranks waiting live chats first, keeps the rank true through triggers, and the queue reads from its index', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 10));
  const insCase = db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at, waiting_since) VALUES (?, ?, ?, 'open', 2, 0, 0, ?)");
  insCase.run('mail', 1, 'email', 5);
  insCase.run('chat', 2, 'chat', 5);
  db.prepare("INSERT INTO chat_conversations (conversation_id, case_id, kind, state, relay_customer_id, updated_at) VALUES ('conv-1', 'chat', 'chat', 'queued', 'r', 0)").run();
  migrate(db, readMigrations(__dirname).slice(0, 11));
  const rank = (id: string) => db.prepare('SELECT live_rank FROM cases WHERE id = ?').pluck().get(id);
  assert.deepEqual([rank('mail'), rank('chat')], [1, 0], 'existing rows are ranked by the migration');

  db.prepare("UPDATE cases SET waiting_since = NULL WHERE id = 'chat'").run();
  assert.equal(rank('chat'), 1, 'answered: no longer first');
  db.prepare("UPDATE cases SET waiting_since = 9 WHERE id = 'chat'").run();
  assert.equal(rank('chat'), 0, 'the customer wrote again');
  db.prepare("UPDATE chat_conversations SET state = 'closed' WHERE conversation_id = 'conv-1'").run();
  assert.equal(rank('chat'), 1, 'the chat ended');

  insCase.run('chat2', 3, 'chat', 7);
  db.prepare("INSERT INTO chat_conversations (conversation_id, case_id, kind, state, relay_customer_id, updated_at) VALUES ('conv-2', 'chat2', 'chat', 'queued', 'r', 0)").run();
  assert.equal(rank('chat2'), 0, 'a new conversation ranks its case at once');
  const plan = planOf(db, "SELECT c.number FROM cases c WHERE (c.status <> 'resolved') = 1 ORDER BY c.live_rank, c.priority, coalesce(c.sla_due_at, 9007199254740991), c.number LIMIT 10");
  assert.ok(/USING (COVERING )?INDEX cases_queue_active/.test(plan) && !/TEMP B-TREE/.test(plan), plan);
});
