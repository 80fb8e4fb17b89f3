import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charGramsOf, naiveBayes } from './naiveBayes';

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
