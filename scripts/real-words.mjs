#!/usr/bin/env node
// The real words the typo mender must leave alone (resources/suggest/real-words.json): Swedish and
// English words the shop's example messages lack that one swap of neighbouring letters would turn
// into a word of theirs ("tired" -> "tried", "bröt" -> "bort", "platsen" -> "plasten"). Read from
// word frequency lists of film subtitles (hermitdave/FrequencyWords, content/2018/{sv,en}/*_50k.txt,
// CC BY-SA 4.0; only the words that collide are kept). Run again after adding to dev.tsv and
// running scripts/kind-examples.mjs (it reads the shop's words as shipped); the kind model, which
// reads texts as mended, is then trained again:
//   node --import tsx scripts/real-words.mjs sv_50k.txt en_50k.txt
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldSpelling, shopWordCounts } from '../electron/services/suggest/lexicon.ts';
import { oneSwapFrom } from '../electron/services/suggest/transposedLetters.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lists = process.argv.slice(2);
if (lists.length === 0) {
  console.error('usage: node --import tsx scripts/real-words.mjs FREQUENCY_LIST...  (lines "word count")');
  process.exit(2);
}
/**
 * A listed word used less than this share as often as its swapped twin in the same list is taken
 * for a slip of the twin, not a word: film subtitles have their typos too ("yoru" beside "your",
 * "tlak" beside "talk"), and those are what the mender is for.
 */
const SLIP_SHARE = 0.005;
const shop = shopWordCounts();
const words = new Set();
for (const file of lists) {
  const counts = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [word, n] = line.split(' ');
    if (!word) continue;
    const w = foldSpelling(word);
    counts.set(w, (counts.get(w) ?? 0) + Number(n));
  }
  for (const [w, n] of counts) {
    if (!/^[a-z]{4,}$/.test(w) || shop.has(w)) continue;
    // any shop word, however rare: the dev part grows, and a rare word today is a target tomorrow
    const twins = oneSwapFrom(w).filter((s) => shop.has(s));
    if (twins.length > 0 && twins.every((t) => n >= SLIP_SHARE * (counts.get(t) ?? 0))) words.add(w);
  }
}
const out = path.join(root, 'resources/suggest/real-words.json');
const source = 'hermitdave/FrequencyWords (CC BY-SA 4.0), the words of its 50k lists one swap of neighbouring letters from a word of kind-examples.json';
fs.writeFileSync(out, JSON.stringify({ source, words: [...words].sort() }, null, 0).replace('"words":[', '"words":[\n').replace(/","/g, '",\n"') + '\n');
console.log(`${words.size} words → ${path.relative(root, out)}`);
// in a process of its own, which folds with the words just written
execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/kind-model.mjs')], { cwd: root, stdio: 'inherit' });
