import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../../tests/helpers/tempDir';
import { planOf } from '../../tests/helpers/queryPlan';
import { openRelayStore } from './relayStore';

/**
 * Statements that read a whole table on purpose: the counts `relay stats` prints, and the hourly
 * pruning of the gateway's callbacks (a table of 30 days, not of the history).
 */
const WHOLE_TABLE_ON_PURPOSE = [/^SELECT \(SELECT count\(\*\) FROM conversations\)/, /^DELETE FROM provider_events WHERE received_at < \?$/];
/** The tables that grow with the shop's history. */
const HISTORY = /\bSCAN (conversations|messages|customers|agent_cursors|provider_events|v|m|c|k|e)\b|INDEX \w+ \(kind=\?\)/;

test("no statement the relay's store prepares reads a table that grows with the history from end to end (nor by the kind of conversation alone)", async () => {
  const prepared: string[] = [];
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: Database.Database, sql: string) {
    prepared.push(sql);
    return prepare.call(this, sql);
  } as typeof prepare;
  let store: ReturnType<typeof openRelayStore>;
  try {
    store = openRelayStore(path.join(tempDir('plans'), 'relay.db'));
  } finally {
    Database.prototype.prepare = prepare;
  }
  const reads = [...new Set(prepared)].filter((sql) => /^\s*(WITH|SELECT|UPDATE|DELETE)/i.test(sql) && !WHOLE_TABLE_ON_PURPOSE.some((re) => re.test(sql.trim())));
  assert.ok(reads.length > 30, `the store's statements were seen (${reads.length})`);
  const whole = reads
    .map((sql) => {
      // parameters as NULL: the plan does not depend on their values
      const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!))];
      const bound = named.length ? sql.replace(/@\w+/g, 'NULL') : sql.replace(/\?/g, 'NULL');
      return { sql: sql.replace(/\s+/g, ' ').slice(0, 140), plan: planOf(store.db, bound) };
    })
    .filter((x) => HISTORY.test(x.plan));
  assert.deepEqual(whole, []);
  await store.close();
});
