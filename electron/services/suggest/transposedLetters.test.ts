import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';
import examples from '../../../resources/suggest/kind-examples.json';
import { countShopWords, fold, foldSpelling, LEXICON, shopWordCounts } from './lexicon';
import { countWords, mendTransposed, MIN_TARGET_COUNT } from './transposedLetters';

const common = (...words: string[]) => new Map(words.map((w) => [w, MIN_TARGET_COUNT]));

test('an unknown word one swap of neighbouring letters from a common one is set right, in place', () => {
  const counts = common('ringa', 'mejla', 'phone');
  assert.equal(mendTransposed('kan ni rigna mig', counts), 'kan ni ringa mig');
  assert.equal(mendTransposed('mejal hellre; please phoen me', counts), 'mejla hellre; please phone me');
  const text = 'snälla rigna, phoen!';
  assert.equal(mendTransposed(text, counts).length, text.length, 'a swap keeps every position');
});

test('known words, short words, rare targets and words two slips away are kept as written', () => {
  const counts = new Map([
    ['ringa', MIN_TARGET_COUNT],
    ['rigna', 1], // a word the shop's messages have, even once, is a word
    ['from', 50],
    ['form', 2],
    ['varor', MIN_TARGET_COUNT - 1],
  ]);
  assert.equal(mendTransposed('rigna', counts), 'rigna');
  assert.equal(mendTransposed('form', counts), 'form', 'a word of its own, though "from" is more common');
  assert.equal(mendTransposed('in ni', common('ni', 'in')), 'in ni', 'under four letters nothing is mended');
  assert.equal(mendTransposed('vaorr', counts), 'vaorr', 'the target is too rare to be what was meant');
  assert.equal(mendTransposed('rnaig', counts), 'rnaig', 'two swaps away');
});

test('where two swaps make words, the more common one is taken', () => {
  assert.equal(mendTransposed('aprat', new Map([['parat', 6], ['apart', 40]])), 'apart');
});

test('words are counted in folded text, letters only', () => {
  assert.deepEqual([...countWords(['ring mig, ring!', 'e-post 2 ggr'])], [['ring', 2], ['mig', 1], ['e', 1], ['post', 1], ['ggr', 1]]);
});

test("real words the shop's messages lack are no slips of theirs (resources/suggest/real-words.json)", () => {
  // each is one swap from a shop word: "tried", "plasten", "bort", "stain", "offert"
  for (const w of ['tired', 'platsen', 'bröt', 'satin', 'offret']) assert.equal(fold(w), foldSpelling(w), w);
  assert.equal(fold('I was tried of waiting'), 'i was tried of waiting', 'a shop word as written is kept, even where another was meant');
});

test("the shipped words are the shop examples' and the word lists' (resources/suggest/shop-words.json)", () => {
  assert.deepEqual(shopWordCounts(), countShopWords((examples as Array<[string, string]>).map(([, text]) => text)), 'run node scripts/kind-examples.mjs after changing the examples, the word lists or how words are spelled out');
});

test("every word of the word lists is known, so none is mended away or into another", () => {
  const known = shopWordCounts();
  const words = Object.values(LEXICON).flatMap((list) => list.flatMap((e) => foldSpelling(e).match(/[a-z]+/g) ?? []));
  assert.deepEqual(words.filter((w) => !known.has(w)), []);
});

// Through the whole engine, in words no development message has: each fails on the code before.
test('a wish with two letters the wrong way round is still a wish', () => {
  assert.equal(advice('chat', 'kan någon rigna mig om fakturan? det blir lättare så').channel[0]!.value, 'callback');
  assert.equal(advice('chat', 'could you phoen me about the sofa order').channel[0]!.value, 'callback');
  assert.equal(advice('chat', 'ring inte, mejal hellre svaret').channel[0]!.value, 'email');
});

test('a kind whose word has two letters the wrong way round is still that kind', () => {
  assert.equal(advice('chat', 'jag har glömt mitt lösneord').intent.value, 'password');
});
