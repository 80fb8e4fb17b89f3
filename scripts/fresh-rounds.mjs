#!/usr/bin/env node
// How the kind model of this working tree would have scored each development round when it was
// written: the round's lines scored by this tree's model trained on the development lines before
// them, beside the rules (and the templates) of the commit that added the round, before its own
// rules were written. Rounds are committed before anything runs on them, so each is text neither
// those rules nor the model had seen: a change to the model is chosen on the development part
// alone, without the cross-validation's bias toward rules written for its own misses.
//   node --import tsx scripts/fresh-rounds.mjs [--rounds 24]
// Each round's commit is unpacked (electron/, shared/, resources/) into a temporary directory
// beside node_modules. The commit's blend tempers the model by its own evidence scale; the model's
// probabilities are raised first so that the blend weighs them by this tree's scale.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadEvalSet, scoreLabels } from '../electron/services/suggest/evaluate.ts';
import { trainKindModel } from '../electron/services/suggest/kindModel.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--rounds');
const howMany = at > 0 ? Number(process.argv[at + 1]) : 24;
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
const evidenceIn = (source) => Number(/const EVIDENCE = ([\d.]+);/.exec(source)?.[1]);

// the commits that added a round of 48 development lines, named by their lines "(a–b)"
const rounds = git('log', '--format=%h %s', '--', 'tests/fixtures/suggestEval/dev.tsv')
  .split('\n')
  .filter((l) => /round of 48|48 lines/.test(l))
  .map((l) => {
    const m = /(\d{4,5})\s*[–-]\s*(\d{4,5})/.exec(l);
    return m && { commit: l.split(' ')[0], from: Number(m[1]), to: Number(m[2]) };
  })
  .filter(Boolean)
  .slice(0, howMany)
  .reverse();

const dev = loadEvalSet(path.join(root, 'tests/fixtures/suggestEval/dev.tsv'));
const evidenceNow = evidenceIn(fs.readFileSync(path.join(root, 'electron/services/suggest/kindModel.ts'), 'utf8'));
const all = { model: [], kind: [], channel: [] };
const pairsOf = (confusion) => Object.entries(confusion).flatMap(([expected, row]) => Object.entries(row).flatMap(([got, n]) => Array.from({ length: n }, () => ({ expected, got }))));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxel-fresh-rounds-'));
try {
  for (const { commit, from, to } of rounds) {
    const tree = path.join(tmp, commit);
    fs.mkdirSync(tree);
    execFileSync('sh', ['-c', `git archive ${commit} electron shared resources | tar -x -C "${tree}"`], { cwd: root });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
    const then = await import(pathToFileURL(path.join(tree, 'electron/services/suggest/evaluate.ts')).href);
    const templates = JSON.parse(fs.readFileSync(path.join(tree, 'resources/templates/default-templates.json'), 'utf8'));
    const power = evidenceNow / evidenceIn(fs.readFileSync(path.join(tree, 'electron/services/suggest/kindModel.ts'), 'utf8'));
    const trained = trainKindModel(dev.slice(0, from - 1).map((c) => [c.expect.kind, c.text]));
    const model = {
      ...trained,
      probabilities(text) {
        const raised = trained.probabilities(text).map(({ label, p }) => ({ label, lp: Math.log(Math.max(p, Number.MIN_VALUE)) * power }));
        const top = Math.max(...raised.map((x) => x.lp));
        const sum = raised.reduce((s, x) => s + Math.exp(x.lp - top), 0);
        return raised.map(({ label, lp }) => ({ label, p: Math.exp(lp - top) / sum }));
      },
    };
    const round = dev.slice(from - 1, to);
    const r = then.evaluate(round, templates, { kindModelFor: () => model });
    all.model.push(...round.map((c) => ({ expected: c.expect.kind, got: trained.probabilities(c.text)[0].label })));
    all.kind.push(...pairsOf(r.kind.confusion));
    all.channel.push(...pairsOf(r.channel.confusion));
    console.log(`${from}–${to} (${commit}): kind ${r.kind.macroF1.toFixed(3)}, channel ${r.channel.macroF1.toFixed(3)}`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
const line = (name, pairs) => `${name} macro-F1 ${scoreLabels(pairs).macroF1.toFixed(3)} (accuracy ${scoreLabels(pairs).accuracy.toFixed(3)})`;
console.log(`${rounds.length} rounds, ${all.kind.length} lines, as each was scored when written: ${line('kind', all.kind)}; ${line('channel', all.channel)}; ${line('the model alone, kind', all.model)}`);
