import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from './en';
import { sv } from './sv';
import { translator } from './translate';

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
