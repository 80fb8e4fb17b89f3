import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INTENTS } from './lexicon';
import { NORDIC_WORDS } from './nordicWords';

// lexicon.ts spreads each of these lists into its kind's list by hand: a kind added here without
// its spread there would go unread, silently
test("every Norwegian and Danish word stands in its kind's word list", () => {
  for (const [kind, words] of Object.entries(NORDIC_WORDS)) {
    assert.ok(kind in INTENTS, `${kind} is a kind of the word lists`);
    const list: readonly string[] = INTENTS[kind as keyof typeof INTENTS];
    for (const w of words) assert.ok(list.includes(w), `"${w}" (${kind}) is in lexicon.ts's ${kind} list`);
  }
});
