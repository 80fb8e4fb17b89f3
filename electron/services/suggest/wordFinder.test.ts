import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findWords } from './wordFinder';

// a list with many entries, read against texts of a few words and of many: the text's words are
// looked up in the list's index, or the list's keys in the text, whichever side is smaller
const MANY = ['reklamation', 'leverans', 'skicka tillbaka', 'ordern ', 'lampa', 'wrong item', 'retur', 'refund', ...Array.from({ length: 300 }, (_, i) => `filler${i}x`)];
const LONG_TAIL = ' och sedan ' + Array.from({ length: 150 }, (_, i) => `ord${i}`).join(' ');

test('a word list\'s entries are found the same in a short text and in a long one, in the list\'s order', () => {
  for (const tail of ['', LONG_TAIL]) {
    // at the start of a word, another form, a compound's tail, a phrase in other forms
    assert.deepEqual(findWords(`reklamationen av lamporna${tail}`, MANY), ['reklamation', 'lampa']);
    assert.deepEqual(findWords(`om hemleveransen${tail}`, MANY), ['leverans']);
    // in the list's order, not the text's
    assert.deepEqual(findWords(`lamporna och hemleveransen${tail}`, MANY), ['leverans', 'lampa']);
    assert.deepEqual(findWords(`a refund for the wrong item${tail}`, MANY), ['wrong item', 'refund']);
    assert.deepEqual(findWords(`jag skickade tillbaka den${tail}`, MANY), ['skicka tillbaka']);
    // an entry with a space is that word only: "ordern " is no "orderns"
    assert.deepEqual(findWords(`var är ordern nu${tail}`, MANY), ['ordern ']);
    assert.deepEqual(findWords(`orderns nummer${tail}`, MANY), []);
    assert.deepEqual(findWords(`I got the wrong item and want a refund${tail}`, MANY), ['wrong item', 'refund']);
  }
});

test('a short list is read against a long text by its own few keys', () => {
  const FEW = ['leverans', 'skicka tillbaka'];
  // an entry found at a word's start comes before one found by another form
  assert.deepEqual(findWords(`vi vill skicka tillbaka hemleveransen${LONG_TAIL}`, FEW), ['skicka tillbaka', 'leverans']);
  assert.deepEqual(findWords(`ingenting här${LONG_TAIL}`, FEW), []);
});

test('a phrase in the text counts once, though the list has it in two forms of the same English words', () => {
  // ("sizing chart" is "size chart" by its English stems; Swedish stems tell them apart)
  assert.deepEqual(findWords('compared to the size chart it is too short', ['size chart', 'sizing chart']), ['size chart']);
  assert.deepEqual(findWords('jag skickade tillbaka den', ['skicka tillbaka', 'skickade tillbaka']), ['skickade tillbaka']);
});

test('a list first asked about after the text was read is found in it too (a template saved meanwhile)', () => {
  // guard: holds on the code before the lists were indexed together, where each list stood alone
  const text = 'jag vill byta storlek på skorna som kom i går';
  assert.deepEqual(findWords(text, ['byta', 'skor']), ['byta', 'skor']);
  const later = ['storlek', 'kom i går', 'sko'];
  assert.deepEqual(findWords(text, later), ['storlek', 'kom i går', 'sko']);
  // and a list made again, word for word, as the templates' keywords are after a save
  assert.deepEqual(findWords(text, [...later]), ['storlek', 'kom i går', 'sko']);
  assert.deepEqual(findWords(text, ['byta', 'skor']), ['byta', 'skor']);
});
