#!/usr/bin/env node
// The typo mender's vocabulary (resources/suggest/shop-words.json): the words of the kind model's
// example messages, counted, and the word lists' own words. Written by scripts/kind-examples.mjs
// after the examples (transposedLetters.test.ts fails while it differs from them):
//   node --import tsx scripts/shop-words.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countShopWords } from '../electron/services/suggest/lexicon.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = JSON.parse(fs.readFileSync(path.join(root, 'resources/suggest/kind-examples.json'), 'utf8'));
const words = [...countShopWords(examples.map(([, text]) => text))].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const out = path.join(root, 'resources/suggest/shop-words.json');
// one word a line, so a new round of examples changes the lines of its words only
fs.writeFileSync(out, '{"words":[\n' + words.map((w) => JSON.stringify(w)).join(',\n') + '\n]}\n');
console.log(`${words.length} words → ${path.relative(root, out)}`);
