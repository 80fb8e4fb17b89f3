import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charGramsOf, makingNaiveBayes, naiveBayes } from './naiveBayes';

const LEARNED: Array<[string, string]> = [
  ['damage', 'the vase arrived cracked'],
  ['damage', 'skålen kom trasig, spräckt i botten'],
  ['order_status', 'where is my parcel'],
  ['order_status', 'var är mitt paket?'],
  ['return', 'jag vill skicka tillbaka tröjan'],
];

test("a model started from another's snapshot answers as that one, feature for feature", () => {
  for (const features of [undefined, charGramsOf]) {
    const trained = naiveBayes({ features, alpha: 0.3 });
    for (const [label, text] of LEARNED) trained.add(text, label);
    const copy = naiveBayes({ features, alpha: 0.3, from: JSON.parse(JSON.stringify(trained.snapshot())) });
    for (const text of ['my parcel is cracked', 'paketet är spräckt', 'skicka tillbaka paketet', 'nothing it knows']) {
      assert.deepEqual(copy.predict(text), trained.predict(text), text);
      assert.equal(copy.weightOf(features ? ' va' : 's:paket', 'order_status'), trained.weightOf(features ? ' va' : 's:paket', 'order_status'));
    }
    assert.deepEqual(copy.counts(), trained.counts());
    assert.equal(copy.size(), trained.size());
  }
});

test('a snapshot lists each feature once, sorted, with the counts of the labels that had it', () => {
  const nb = naiveBayes({ features: (t) => t.split(' ') });
  nb.add('b a a', 'x');
  nb.add('a c', 'y');
  assert.deepEqual(nb.snapshot(), { labels: ['x', 'y'], examples: [1, 1], features: [['a', 0, 2, 1, 1], ['b', 0, 1], ['c', 1, 1]] });
});

test('a model started from a snapshot goes on learning', () => {
  const first = naiveBayes();
  first.add('where is my parcel', 'order_status');
  const more = naiveBayes({ from: first.snapshot() });
  more.add('the vase arrived cracked', 'damage');
  const all = naiveBayes();
  all.add('where is my parcel', 'order_status');
  all.add('the vase arrived cracked', 'damage');
  assert.deepEqual(more.predict('my vase is cracked'), all.predict('my vase is cracked'));
  assert.equal(more.predict('my vase is cracked')[0]!.label, 'damage');
});

test('a model made in steps from a snapshot is the one made at once, and gives way while it reads a large one', () => {
  const big = naiveBayes({ features: charGramsOf, alpha: 0.3 });
  // thousands of features: more than one step's rows
  for (let i = 0; i < 400; i++) big.add(`order ${i} kvitto${i} leverans${i * 7}`, i % 3 ? 'order_status' : 'invoice');
  const snapshot = big.snapshot();
  assert.ok(snapshot.features.length > 2000, `${snapshot.features.length} features`);
  const making = makingNaiveBayes({ features: charGramsOf, alpha: 0.3, from: snapshot });
  let steps = 0;
  let made = making.next();
  for (; !made.done; made = making.next()) steps++;
  // its counts read, then its table filled, a few hundred rows a step
  assert.ok(steps >= (2 * snapshot.features.length) / 512, `${steps} steps`);
  const atOnce = naiveBayes({ features: charGramsOf, alpha: 0.3, from: snapshot });
  for (const text of ['kvitto 12', 'leverans 77 order', 'nothing']) assert.deepEqual(made.value.predict(text), atOnce.predict(text), text);
});

test('character n-grams run across a word\'s edge, up to six letters, folded, each once', () => {
  const grams = charGramsOf('Ring MIG, ring mig!');
  for (const g of [' ri', 'ring m', 'g mig ', 'ng mi']) assert.ok(grams.includes(g), g);
  assert.equal(new Set(grams).size, grams.length);
  assert.ok(grams.every((g) => g.length >= 3 && g.length <= 6));
  assert.ok(charGramsOf('Får').includes(' far '), 'folded as the word lists fold');
});

test('a feature counted fewer times than minCount is left out of predictions, weights and snapshot, and out of each label\'s total', () => {
  const words = (t: string) => t.split(' ');
  const pruned = naiveBayes({ features: words, minCount: 2 });
  for (const [text, label] of [['a b rare', 'x'], ['a b', 'x'], ['c d', 'y'], ['c d', 'y']] as const) pruned.add(text, label);
  // the same examples without the feature seen once
  const without = naiveBayes({ features: words });
  for (const [text, label] of [['a b', 'x'], ['a b', 'x'], ['c d', 'y'], ['c d', 'y']] as const) without.add(text, label);
  assert.deepEqual(pruned.predict('rare a d'), without.predict('rare a d'));
  assert.equal(pruned.weightOf('rare', 'x'), 0);
  assert.deepEqual(pruned.snapshot().features.map((f) => f[0]), ['a', 'b', 'c', 'd']);
  assert.deepEqual(naiveBayes({ features: words, from: pruned.snapshot() }).predict('rare a d'), pruned.predict('rare a d'), 'its snapshot answers as it does');
});
