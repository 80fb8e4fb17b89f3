#!/usr/bin/env node
// The built-in kind model as it ships (resources/suggest/kind-model.json): what it learns from the
// examples (resources/suggest/kind-examples.json), as counts, so no laptop trains it at start.
// Written by scripts/kind-examples.mjs after the examples and the mender's words, in a process of
// its own so that it folds the texts with the words just written (kindModel.test.ts fails while it
// differs from a model trained afresh):
//   node --import tsx scripts/kind-model.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kindCountsOf } from '../electron/services/suggest/kindModel.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = JSON.parse(fs.readFileSync(path.join(root, 'resources/suggest/kind-examples.json'), 'utf8'));
const { labels, examples: perLabel, features } = kindCountsOf(examples);
const out = path.join(root, 'resources/suggest/kind-model.json');
// one feature a line, so a new round of examples changes the lines of its n-grams only
fs.writeFileSync(out, `{"labels":${JSON.stringify(labels)},"examples":${JSON.stringify(perLabel)},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
console.log(`${features.length} features of ${labels.length} kinds from ${examples.length} examples → ${path.relative(root, out)}`);
