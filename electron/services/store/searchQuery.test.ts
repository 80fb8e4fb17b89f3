import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseNumberIn, toFtsQuery } from './searchQuery';

test('words become quoted prefix terms', () => {
  assert.equal(toFtsQuery('trasig leverans'), '"trasig"* "leverans"*');
  assert.equal(toFtsQuery('Åsa Öberg'), '"Åsa"* "Öberg"*');
});

test('FTS operators and quotes typed by the agent are only text', () => {
  assert.equal(toFtsQuery('NOT "order" OR (x*'), '"NOT"* "order"* "OR"* "x"*');
  assert.equal(toFtsQuery('anna@example.se'), '"anna@example.se"*');
});

test('nothing searchable gives null', () => {
  assert.equal(toFtsQuery('  '), null);
  assert.equal(toFtsQuery('*** ""'), null);
});

test('case numbers are recognised', () => {
  assert.equal(caseNumberIn('#1042'), 1042);
  assert.equal(caseNumberIn(' 77 '), 77);
  assert.equal(caseNumberIn('order 77'), null);
});
