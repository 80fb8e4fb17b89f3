#!/usr/bin/env node
// The built-in kind model's training examples (resources/suggest/kind-examples.json): the
// development part of the evaluation set (tests/fixtures/suggestEval/dev.tsv), as [kind, text]
// pairs. The test part is never used. Then what is made of them: the typo mender's words
// (scripts/shop-words.mjs) and the trained model (scripts/kind-model.mjs), each in a process of its
// own so each reads the files written before it. Run after adding to dev.tsv, and after changing
// how texts are folded or wishes taken out: node scripts/kind-examples.mjs (kindModel.test.ts and
// transposedLetters.test.ts fail while they differ).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const examplesFrom = (tsv) =>
  tsv.split('\n').filter((l) => l.trim()).map((l) => {
    const [, , , , kind, ...text] = l.split('\t');
    return [kind, text.join('\t')];
  });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const examples = examplesFrom(fs.readFileSync(path.join(root, 'tests/fixtures/suggestEval/dev.tsv'), 'utf8'));
  const out = path.join(root, 'resources/suggest/kind-examples.json');
  fs.writeFileSync(out, '[\n' + examples.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n');
  console.log(`${examples.length} examples → ${path.relative(root, out)}`);
  for (const script of ['shop-words.mjs', 'kind-model.mjs']) execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', script)], { cwd: root, stdio: 'inherit' });
}
