import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import templates from '../../../resources/templates/default-templates.json';
import { evaluate, scoreLabels, type EvalCase } from './evaluate';

test('macro-F1 counts every label alike', () => {
  const r = scoreLabels([
    { expected: 'a', got: 'a' },
    { expected: 'a', got: 'a' },
    { expected: 'a', got: 'a' },
    { expected: 'b', got: 'a' },
  ]);
  assert.equal(r.accuracy, 0.75);
  assert.ok(Math.abs(r.macroF1 - (0.857142857 + 0) / 2) < 1e-6);
});

test('on the labeled evaluation set the engine picks the channel and the template kind for most messages', () => {
  const cases = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../tests/fixtures/suggestEval.json'), 'utf8')) as EvalCase[];
  assert.ok(cases.length >= 50);
  assert.ok(cases.some((c) => /[åäö]/.test(c.text)) && cases.some((c) => /\bthe\b/i.test(c.text)), 'Swedish and English');
  const r = evaluate(cases, templates as Parameters<typeof evaluate>[1]);
  assert.ok(r.channel.accuracy >= 0.85, `channel accuracy ${r.channel.accuracy}`);
  assert.ok(r.template.accuracy >= 0.85, `template accuracy ${r.template.accuracy}`);
  assert.equal(r.channel.labels, 4, 'chat, e-mail, callback and SMS all occur');
});
