import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { PATTERNS } from './cues';
import { loadEvalSet } from './evaluate';
import { fold, withoutMatches } from './lexicon';
import { inSlices } from './inSlices';
import { buildingPrefilter, literalsOf, prefilterOf } from './regexPrefilter';
import { WISHES_AND_CANNOT_CALL, wishesIn, withoutWishes } from './wishes';

const sorted = (re: RegExp) => literalsOf(re)?.sort() ?? null;

test('a pattern\'s literals: words, their alternatives, optional parts joined while they stay few', () => {
  assert.deepEqual(sorted(/\bi am (deaf|dov)\b/), ['i am deaf', 'i am dov']);
  assert.deepEqual(sorted(/\bring(a)? mig\b/), ['ring mig', 'ringa mig']);
  // an alternative with no literal makes the group say nothing: the rest of the pattern speaks
  assert.deepEqual(sorted(/\b(\w+|foo) bar\b/), [' bar']);
  // a class of a few characters is a set of letters ("[.:]"); a larger one or a negated one is anything
  assert.deepEqual(sorted(/\d[.:]30\b/), ['.30', ':30']);
  assert.deepEqual(sorted(/[^?]*\bkvitto/), ['kvitto']);
  // an assertion consumes nothing: what a lookahead holds is not required of the match
  assert.deepEqual(sorted(/^(?!.*\binte\b).*\btack\b/), ['tack']);
  assert.deepEqual(sorted(/(?<=ring )mig/), ['mig']);
  // one or more of a literal holds it; none or more does not
  assert.deepEqual(sorted(/\b(ha)+ det/), [' det']);
  assert.equal(literalsOf(/\b(min|mitt)?\b/), null);
  assert.equal(literalsOf(/.*\w+/), null);
  // the longest words win over many short ones
  assert.deepEqual(sorted(/\b(a|b|c) reklamation\b/), ['a reklamation', 'b reklamation', 'c reklamation']);
  // a flag changes what a literal matches ("I" under i): such a pattern has none
  assert.equal(literalsOf(/deaf/i), null);
  assert.deepEqual(sorted(/deaf/g), ['deaf']);
});

test('the prefilter names the patterns whose literal is in the text, and every pattern without one', () => {
  const patterns = [/\bdeaf\b/, /\b(ring|call) (mig|me)\b/, /\w+/, /\bok\b/];
  const f = prefilterOf(patterns);
  assert.deepEqual([...f.candidates('please call me tomorrow')], [0, 1, 1, 1]);
  assert.deepEqual([...f.candidates('i am deaf')], [1, 0, 1, 1]);
  // a literal of fewer than three letters cannot be looked for by its pieces: always run
  assert.deepEqual([...f.candidates('nothing here')], [0, 0, 1, 1]);
});

test('no cue or wish pattern that matches a development message is left out by the prefilter', () => {
  const texts = loadEvalSet(path.join(__dirname, '../../../tests/fixtures/suggestEval/dev.tsv')).map((c) => fold(c.text).replace(/\s+/g, ' '));
  for (const table of [PATTERNS, WISHES_AND_CANNOT_CALL] as Array<Record<string, RegExp[]>>) {
    const all = Object.values(table).flat();
    const f = prefilterOf(all);
    let run = 0;
    for (const t of texts) {
      const can = f.candidates(t);
      all.forEach((re, i) => {
        run += can[i]!;
        if (!can[i] && re.test(t)) assert.fail(`${re} matches "${t}" and was left out`);
      });
    }
    // and it does leave most out: under a fifth of the patterns are run on a message
    assert.ok(run / texts.length < all.length / 5, `${(run / texts.length).toFixed(0)} of ${all.length} run per message`);
  }
});

test('a pattern is read once, and a filter made ahead in slices is the one made at once', async () => {
  const patterns = [/\bfoo bar\b/, /\bbaz (qux|quux)\b/, /\w+/];
  let turns = 0;
  // a slice shorter than any step: a turn after each
  const ahead = await inSlices(buildingPrefilter(patterns), async () => void turns++, -1);
  assert.ok(turns >= patterns.length, `${turns} turns`);
  const now = prefilterOf(patterns);
  for (const text of ['foo bar', 'baz quux', 'nothing here', 'foo baz qux']) assert.deepEqual(ahead.candidates(text), now.candidates(text), text);
  const first = literalsOf(patterns[1]!);
  first!.push('changed by a caller');
  assert.deepEqual(literalsOf(patterns[1]!)?.sort(), ['baz quux', 'baz qux'], 'the kept literals are not the caller\'s copy');
  assert.equal(literalsOf(patterns[2]!), null);
});

test('a text without its wishes is the same when only the wish patterns that can match are run, on every development message', () => {
  const wishPatterns = Object.entries(WISHES_AND_CANNOT_CALL).flatMap(([id, res]) => (id === 'cannotCall' ? [] : res.map((re) => new RegExp(re.source, 'g'))));
  let withWish = 0;
  for (const c of loadEvalSet(path.join(__dirname, '../../../tests/fixtures/suggestEval/dev.tsv'))) {
    let every = fold(c.text).replace(/\s+/g, ' ');
    if (wishesIn(c.text).size === 0) continue;
    withWish++;
    for (const re of wishPatterns) every = every.replace(re, ' ');
    assert.equal(withoutWishes(c.text), every, c.text);
  }
  assert.ok(withWish > 1000, `${withWish} messages with a wish`);
});

test('a pattern the text could not hold before a match was taken out is still run after it', () => {
  // the second pattern's "b c" only stands once "x" is gone
  const table = { first: [/x/], second: [/b c/] };
  assert.equal(withoutMatches('abxc', table), 'a ');
});
