import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../electron/services/app/createServices';
import { seedDemo } from '../electron/services/demo/seedDemo';
import { evaluate, evalInput, type EvalCase } from '../electron/services/suggest/evaluate';
import { suggest } from '../electron/services/suggest/engine';
import { createInMemoryClient } from '../shared/contract/inMemoryTransport';
import templates from '../resources/templates/default-templates.json';
import { ms, ratio, summarize, table, timeIt } from './stats';

const ROOT = path.resolve(__dirname, '..');

/**
 * Decision support: accuracy and macro-F1 on the labeled set (tests/fixtures/suggestEval.json)
 * beside the simplest peer, always answering the most common label; and the time per suggestion
 * for a case in the store beside loading that case (what opening it already costs).
 */
export async function benchSuggest(): Promise<void> {
  const cases = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/suggestEval.json'), 'utf8')) as EvalCase[];
  const tpl = templates as Parameters<typeof suggest>[1];
  const r = evaluate(cases, tpl);
  const majority = (labels: string[]) => {
    const counts = new Map<string, number>();
    labels.forEach((l) => counts.set(l, (counts.get(l) ?? 0) + 1));
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const acc = top[1] / labels.length;
    // macro-F1 of always answering `top`: F1 of that label, 0 for the others
    const f1 = (2 * acc) / (acc + 1);
    return { label: top[0], acc, macroF1: f1 / counts.size };
  };
  const chBase = majority(cases.map((c) => c.expect.channel));
  const tpBase = majority(cases.map((c) => c.expect.intent));
  console.log(`\n## Decision support (${cases.length} labeled messages, Swedish and English; peer: always the most common label)`);
  console.log(
    table([
      ['suggestion', 'accuracy', 'macro-F1', 'peer accuracy', 'peer macro-F1', 'macro-F1 ratio'],
      ['channel', r.channel.accuracy.toFixed(3), r.channel.macroF1.toFixed(3), `${chBase.acc.toFixed(3)} (${chBase.label})`, chBase.macroF1.toFixed(3), ratio(r.channel.macroF1, chBase.macroF1)],
      ['template', r.template.accuracy.toFixed(3), r.template.macroF1.toFixed(3), `${tpBase.acc.toFixed(3)} (${tpBase.label})`, tpBase.macroF1.toFixed(3), ratio(r.template.macroF1, tpBase.macroF1)],
    ]),
  );
  console.log('note: the set was written together with the engine, so these are in-sample figures, not a held-out test');

  // time per suggestion, for the demo store's cases
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxel-bench-suggest-'));
  const services = createServices({ dataDir: dir, mode: 'test' });
  try {
    seedDemo(services);
    const api = createInMemoryClient(services.endpoint);
    const ids = services.repos.cases.list('all', 0, 1000).items.map((c) => c.id);
    const pure: number[] = [];
    const inStore: number[] = [];
    const load: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const id of ids) {
        inStore.push(await timeIt(() => services.suggest.forCase(id)));
        load.push(await timeIt(() => api.getCase({ id })));
      }
      for (const c of cases) pure.push(await timeIt(() => suggest(evalInput(c), tpl)));
    }
    const [a, b, p] = [summarize(inStore), summarize(load), summarize(pure)];
    console.log(
      table([
        ['what', 'p50', 'p95', 'n'],
        ['suggestions for a case in the store', ms(a.p50), ms(a.p95), String(a.n)],
        ['peer: loading that case (getCase)', ms(b.p50), ms(b.p95), String(b.n)],
        ['the engine alone, one message', ms(p.p50), ms(p.p95), String(p.n)],
      ]),
    );
    console.log(`suggestions cost ${ratio(a.p50, b.p50)} of loading the case (p50); aim: under 5 ms per case — ${a.p95 < 5 ? 'met' : 'not met'} at p95`);
  } finally {
    await services.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
