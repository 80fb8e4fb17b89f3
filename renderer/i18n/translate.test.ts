import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from './en';
import { sv } from './sv';
import { translator } from './translate';
import { CASE_EVENT_KINDS } from '../../shared/domain/caseEvents';
import { ERROR_CODES, ERROR_REASONS, refused } from '../../shared/contract/errors';
import { DELIVERY_PROBLEMS } from '../../shared/contract/schemas';
import { errorSentence } from './errorSentence';

test('Swedish and English have the same keys and the same placeholders', () => {
  assert.deepEqual(Object.keys(sv).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en) as Array<keyof typeof en>) {
    const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    assert.deepEqual(vars(sv[key]), vars(en[key]), key);
  }
});

test('placeholders are filled, unknown ones left visible', () => {
  const t = translator('sv');
  assert.equal(t('queue.count', { count: 12 }), '12 ärenden');
  assert.equal(t('case.number'), 'Ärende #{number}');
  assert.equal(translator('en')('queue.count', { count: 3 }), '3 cases');
});

test('counts take the language’s plural form and its number format', () => {
  const sv = translator('sv');
  assert.equal(sv('queue.count', { count: 1 }), '1 ärende');
  assert.equal(sv('queue.count', { count: 0 }), '0 ärenden');
  assert.equal(sv('search.results', { count: 1 }), '1 träff');
  assert.equal(sv('queue.count', { count: 150000 }), '150\u00a0000 ärenden');
  assert.equal(translator('en')('search.results', { count: 1 }), '1 match');
  assert.equal(translator('en')('queue.count', { count: 150000 }), '150,000 cases');
  assert.equal(sv('case.number', { number: 10233 }), 'Ärende #10233', 'a case number is not a count');
});

test('every kind of event the services log has words in both languages, so no raw key shows', () => {
  for (const kind of CASE_EVENT_KINDS) {
    assert.ok(`event.${kind}` in sv, `sv: event.${kind}`);
    assert.ok(`event.${kind}` in en, `en: event.${kind}`);
  }
});

test('every reason the services give for a refusal has words in both languages, with the values it names', () => {
  for (const reason of ERROR_REASONS) {
    assert.ok(`error.reason.${reason}` in sv, `sv: error.reason.${reason}`);
    assert.ok(`error.reason.${reason}` in en, `en: error.reason.${reason}`);
  }
  for (const code of ERROR_CODES) assert.doesNotMatch(sv[`error.${code}`], /\{detail\}/, `the window words error.${code} without the services' English`);
  const t = translator('sv');
  const e = refused('smsTooLong', 'the SMS would be 7 parts', { parts: 7, max: 6 }).toPayload();
  assert.equal(errorSentence(t, e), 'Sms:et skulle bli 7 delar. Håll det till 6 (ungefär 900 tecken).');
  assert.equal(errorSentence(t, { code: 'INVALID_INPUT', message: 'sendSms: ✖ Too big' }), sv['error.INVALID_INPUT']);
});

test('every reason an outgoing message can be held up for has words in both languages', () => {
  for (const p of DELIVERY_PROBLEMS) {
    assert.ok(`delivery.problem.${p}` in sv, `sv: delivery.problem.${p}`);
    assert.ok(`delivery.problem.${p}` in en, `en: delivery.problem.${p}`);
  }
});
