import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { planOf } from '../../../../tests/helpers/queryPlan';
import { RECENT_RESOLVED_SQL } from '../../suggest/priors';
import { migrate, readMigrations } from '../migrate';

const PRIORS = RECENT_RESOLVED_SQL.replace('>= ?', '>= 0').replace('LIMIT ?', 'LIMIT 5000');

test('0019: the priors\' newest resolved cases are read from the index alone, not row by row from the table; the cases stay', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, readMigrations(__dirname).slice(0, 18));
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at, resolved_at, intent) VALUES ('c1', 1, 'email', 'resolved', 1, 0, 0, 7200000, 'returns')").run();
  assert.doesNotMatch(planOf(db, PRIORS), /COVERING INDEX cases_by_resolved_at/, 'version 18 reads each row from the table');

  migrate(db, readMigrations(__dirname).slice(0, 19));
  assert.equal(db.pragma('user_version', { simple: true }), 19);
  assert.match(planOf(db, PRIORS), /USING COVERING INDEX cases_by_resolved_at/);
  // the channel model's count of the year's resolved cases, too
  assert.match(planOf(db, 'SELECT count(*) AS n, max(resolved_at) AS last FROM cases WHERE resolved_at >= 0'), /COVERING INDEX cases_by_resolved_at/);
  assert.deepEqual(db.prepare(PRIORS).all(), [{ intent: 'returns', channel: 'email', hours: 2 }]);
});
