import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { queryName, watchSlowQueries } from './slowQueries';

test('statements are timed and named; the threshold decides what is reported; chained settings keep the timing', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE cases (id INTEGER PRIMARY KEY, subject TEXT)');
  const reported: string[] = [];
  watchSlowQueries(db, (name) => reported.push(name), 0);
  db.prepare('INSERT INTO cases (subject) VALUES (?)').run('Retur');
  const subjects = db.prepare<[], string>('SELECT subject FROM cases ORDER BY id').pluck().all();
  assert.deepEqual(subjects, ['Retur'], 'pluck() still returns the values');
  assert.deepEqual(reported, ['INSERT cases: INSERT INTO cases (subject) VALUES (?)', 'SELECT cases: SELECT subject FROM cases ORDER BY id']);

  const quiet = new Database(':memory:');
  const none: string[] = [];
  watchSlowQueries(quiet, (name) => none.push(name), Number.POSITIVE_INFINITY);
  quiet.prepare('SELECT 1').get();
  assert.deepEqual(none, []);
});

test('names say the verb and the first table', () => {
  assert.equal(queryName('  WITH x AS (SELECT 1) SELECT * FROM\n messages m JOIN cases c'), 'WITH messages: WITH x AS (SELECT 1) SELECT * FROM messages m JOIN cases c');
  assert.equal(queryName('UPDATE outbox SET state = ?').split(':')[0], 'UPDATE outbox');
});

test('a timed method passed on unbound still runs on its statement', () => {
  const db = new Database(':memory:');
  watchSlowQueries(db, () => {}, 0);
  const get = db.prepare<[], { one: number }>('SELECT 1 AS one').get;
  assert.deepEqual(get(), { one: 1 });
});
