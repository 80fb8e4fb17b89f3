import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../../../tests/helpers/tempDir';
import { migrateRelay, readRelayMigrations } from '../migrations';
import { openRelayStore } from '../relayStore';

test('relay 0003 adds the gateway callbacks to a relay of version 2, keeping its agents; a nonce is taken once', async () => {
  const file = path.join(tempDir('relay-migrations'), 'relay.db');
  const old = new Database(file);
  migrateRelay(old, readRelayMigrations(__dirname).slice(0, 2));
  old.prepare("INSERT INTO agents (id, name, token_sha256, created_at) VALUES ('a1', 'Anna', 'x', 1)").run();
  old.close();

  const store = openRelayStore(file);
  assert.equal(store.db.pragma('user_version', { simple: true }), readRelayMigrations(__dirname).length, 'opened, it is brought to the newest version');
  assert.equal(store.listAgents()[0]!.name, 'Anna');
  const first = store.providerEvents.add('sinch', 'nonce-1', '{}', 1000);
  assert.equal(first?.seq, 1);
  assert.equal(store.providerEvents.add('sinch', 'nonce-1', '{"other":1}', 2000), null);
  assert.ok(store.providerEvents.seen('nonce-1'));
  assert.equal(store.providerEvents.after('a1', 0).length, 1);
  store.providerEvents.ack('a1', 1);
  assert.equal(store.providerEvents.after('a1', 0).length, 0);
  assert.equal(store.providerEvents.prune(1500), 1);
  await store.close();
});

test('relay 0003: a notice every laptop could send is claimed once per callback and notice', () => {
  const db = new Database(':memory:');
  migrateRelay(db, readRelayMigrations(__dirname).slice(0, 3));
  const claim = db.prepare("INSERT OR IGNORE INTO notice_claims (conversation_id, notice, agent_id, at) VALUES ('v1', ?, ?, 1)");
  assert.equal(claim.run('confirmation', 'a1').changes, 1);
  assert.equal(claim.run('confirmation', 'a2').changes, 0, 'the second laptop to ask does not send it too');
  assert.equal(claim.run('reminder', 'a2').changes, 1);
});
