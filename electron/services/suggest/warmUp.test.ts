import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyIntents } from './engine';
import { warmSuggestions } from './warmUp';

test('the warm-up gives way between its pieces, and stops where a turn is refused (the services closed)', async () => {
  let turns = 0;
  await warmSuggestions(async () => void turns++);
  // the two pattern tables' slices, and the model, the filters and each word list apart
  assert.ok(turns > 20, `${turns} turns`);
  let allowed = 3;
  await assert.rejects(
    warmSuggestions(() => (allowed-- > 0 ? Promise.resolve() : Promise.reject(new Error('closed')))),
    /closed/,
  );
});

test('what is made ahead changes no answer', async () => {
  const text = 'paketet kom trasigt och jag vill att ni ringer mig';
  const before = JSON.stringify(classifyIntents(text));
  await warmSuggestions(async () => {});
  assert.equal(JSON.stringify(classifyIntents(text)), before);
});
