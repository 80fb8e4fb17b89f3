import os from 'node:os';
import path from 'node:path';
import { createServices } from '../electron/services/app/createServices';
import { crossValidatedKindModels, evaluate, evalInput, loadEvalSet, type EvalCase } from '../electron/services/suggest/evaluate';
import { suggest } from '../electron/services/suggest/engine';
import { createInMemoryClient } from '../shared/contract/inMemoryTransport';
import templates from '../resources/templates/default-templates.json';
import { ms, ratio, slowWithGc, summarize, table, timeIt, watchGc } from './stats';
import { benchLearnedChannel } from './learnedChannel.bench';
import { benchStore } from './benchStore';
import { warmSuggestions } from '../electron/services/suggest/warmUp';

const ROOT = path.resolve(__dirname, '..');
/** The store the time per suggestion is measured on: a few years of a busy shop, as the queue bench's. */
const STORE_CASES = 150_000;

/**
 * Decision support: accuracy, macro-F1, per-class F1 and the confusion matrix on both parts of the
 * labeled set (tests/fixtures/suggestEval/) beside the simplest peer, always answering the most
 * common label; and the time per suggestion for a case of a 150,000-case store beside loading
 * that case (what opening it already costs).
 */
export async function benchSuggest(): Promise<void> {
  const tpl = templates as Parameters<typeof suggest>[1];
  const majority = (labels: string[]) => {
    const counts = new Map<string, number>();
    labels.forEach((l) => counts.set(l, (counts.get(l) ?? 0) + 1));
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const acc = top[1] / labels.length;
    // macro-F1 of always answering `top`: F1 of that label, 0 for the others
    const f1 = (2 * acc) / (acc + 1);
    return { label: top[0], acc, macroF1: f1 / counts.size };
  };
  const parts = [
    ['development part (the rules tuned on it, the kind model trained on it)', 'dev.tsv'],
    ['test part (frozen before tuning, never read, never trained on)', 'test.tsv'],
    ['late part (written after the last tuning, never read, never trained on)', 'late.tsv'],
  ] as const;
  let cases: EvalCase[] = [];
  for (const [title, file] of parts) {
    const set = loadEvalSet(path.join(ROOT, 'tests/fixtures/suggestEval', file));
    cases = cases.concat(set);
    // the development part is the kind model's training set: each message is scored by a model
    // trained on the other nine tenths; the test part by the shipped model (trained on all of dev)
    const dev = file === 'dev.tsv';
    const r = evaluate(set, tpl, dev ? { kindModelFor: crossValidatedKindModels(set) } : {});
    const rulesAlone = evaluate(set, tpl, { kindModelFor: () => null });
    const chBase = majority(set.map((c) => c.expect.channel));
    const kindBase = majority(set.map((c) => c.expect.kind));
    console.log(`\n## Decision support, ${title}: ${set.length} labeled messages, Swedish and English (peer: always the most common label)`);
    console.log(`kind model: ${dev ? 'cross-validated (10 folds: each message scored by a model that never saw it)' : 'the shipped one, trained on the development part'}`);
    console.log(
      table([
        ['what', 'accuracy', 'macro-F1', 'lowest class F1', 'peer accuracy', 'peer macro-F1', 'macro-F1 ratio'],
        ...([['channel', r.channel, chBase], ['kind of case', r.kind, kindBase], ['kind, rules alone', rulesAlone.kind, kindBase]] as const).map(([name, x, base]) => {
          const low = [...x.perClass].sort((a, b) => a.f1 - b.f1)[0]!;
          return [name, x.accuracy.toFixed(3), x.macroF1.toFixed(3), `${low.f1.toFixed(2)} (${low.label})`, `${base.acc.toFixed(3)} (${base.label})`, base.macroF1.toFixed(3), ratio(x.macroF1, base.macroF1)];
        }),
      ]),
    );
    for (const [name, x] of [['channel', r.channel], ['kind of case', r.kind]] as const) {
      console.log(`${name}, per class: ${x.perClass.map((c) => `${c.label} ${c.f1.toFixed(2)} (n=${c.n})`).join(', ')}`);
    }
    const labels = r.channel.perClass.map((c) => c.label);
    console.log(table([['channel: expected \\ got', ...labels], ...labels.map((e) => [e, ...labels.map((g) => String(r.channel.confusion[e]?.[g] ?? 0))])]));
    console.log(`templates offered in the message's language: ${(r.templateLanguage * 100).toFixed(0)} %`);
  }
  console.log('aims: macro-F1 ≥ 0.9 on the test part with no class under 0.8');
  benchAsMailed(tpl);
  benchLearnedChannel();

  // time per suggestion at a shop's real scale: a case of a 150,000-case store, beside loading it
  const { dir, note } = await benchStore(STORE_CASES, 1);
  const services = createServices({ dataDir: dir, mode: 'test' });
  try {
    const api = createInMemoryClient(services.endpoint);
    // every 750th case by number: 200 cases spread over the store's years
    const ids = services.db.prepare<[], string>('SELECT id FROM cases ORDER BY number').pluck().all().filter((_, i) => i % 750 === 0);
    // what the app makes ahead at start, in slices, before the agent opens a case (warmUp.ts)
    await warmSuggestions();
    // the first suggestion then reads the shop's priors and trains the channel model on its solved cases
    const first = await timeIt(() => services.suggest.forCase(ids[0]!));
    const pure: number[] = [];
    const spans: Array<[number, number, number]> = [];
    const load: number[] = [];
    const gc = watchGc();
    for (let round = 0; round < 3; round++) {
      for (const id of ids) {
        const from = performance.now();
        services.suggest.forCase(id);
        const to = performance.now();
        spans.push([from, to, to - from]);
        load.push(await timeIt(() => api.getCase({ id })));
      }
    }
    const tail = slowWithGc(spans, gc.stop());
    const inStore = spans.map((s) => s[2]);
    for (let round = 0; round < 20; round++) for (const c of cases) pure.push(await timeIt(() => suggest(evalInput(c), tpl)));
    const [a, b, p] = [summarize(inStore), summarize(load), summarize(pure)];
    // a text's first reading runs some patterns for their first or second time (V8 compiles them then)
    const [once, again] = [summarize(inStore.slice(0, ids.length)), summarize(inStore.slice(ids.length))];
    console.log(`\n## Time per suggestion, for ${ids.length} cases of a store of ${STORE_CASES.toLocaleString('en')} cases (${note}), 3 rounds, the services made ready as the app's start makes them`);
    console.log(
      table([
        ['what', 'p50', 'p95', 'n'],
        ['suggestions for a case in the store', ms(a.p50), ms(a.p95), String(a.n)],
        ['  of them, the first round (each case read the first time)', ms(once.p50), ms(once.p95), String(once.n)],
        ['  of them, the later rounds', ms(again.p50), ms(again.p95), String(again.n)],
        ['peer: loading that case (getCase)', ms(b.p50), ms(b.p95), String(b.n)],
        ['the engine alone, one message', ms(p.p50), ms(p.p95), String(p.n)],
      ]),
    );
    console.log(`the first suggestion after opening (reads the priors, trains the channel model): ${ms(first)}`);
    // what else slowed the whole process: the collector, or other work on this machine's cores
    console.log(`of the slowest 5 % of suggestions (${tail.slow}), ${tail.withGc} held a pause of the garbage collector; the machine's load average over the last minute: ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`);
    console.log(`suggestions cost ${ratio(a.p50, b.p50)} of loading the case (p50); aim: under 5 ms per case at 150,000 cases — ${a.p95 < 5 ? 'met' : 'not met'} at p95`);
  } finally {
    await services.close();
  }
}

/** What mail programs and customers add to a message, as the held-out parts were not written. */
const AS_MAILED: ReadonlyArray<readonly [string, (t: string) => string]> = [
  ['as written', (t) => t],
  ["the shop's answer quoted below it", (t) => `${t}\n\nDen tors 3 dec. 2026 kl 10:12 skrev Butiken <info@butik.se>:\n> Hej! Tack för ditt meddelande. Din retur är mottagen och pengarna betalas tillbaka inom fem dagar.\n> Ring oss gärna på 08-123 45 67.`],
  ['a signature and "Skickat från min iPhone"', (t) => `${t}\n\nMed vänliga hälsningar\nAnna Svensson\nTel: 070-123 45 67\nSkickat från min iPhone`],
  ['all in capitals', (t) => t.toUpperCase()],
  ['two letters swapped in a quarter of the words of 5+ letters', swappedLetters(0.25)],
];

/**
 * A phone's commonest slip, made on purpose: in about `share` of the words of five letters or
 * more, one pair of neighbouring letters (not the first) the wrong way round. Seeded per message,
 * so every run swaps the same letters (transposedLetters.ts mends them).
 */
function swappedLetters(share: number): (t: string) => string {
  return (t) => {
    let seed = t.length;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    return t.replace(/\p{L}{5,}/gu, (w) => {
      if (next() >= share) return w;
      const i = 1 + Math.floor(next() * (w.length - 2));
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    });
  };
}

/**
 * The test part as it arrives in a mailbox: each message with the shop's earlier answer quoted
 * below it, with a signature, in capitals, or with letters typed the wrong way round; read by the
 * customer's own words (customerWords.ts, what Växel does, and what evaluate reads) beside read
 * whole (the peer).
 */
function benchAsMailed(tpl: Parameters<typeof suggest>[1]): void {
  const set = loadEvalSet(path.join(ROOT, 'tests/fixtures/suggestEval', 'test.tsv'));
  const rows = [['test part (136), as mailed', 'channel: own words', 'whole text', 'kind: own words', 'whole text']];
  for (const [label, mail] of AS_MAILED) {
    const mailed = set.map((c) => ({ ...c, text: mail(c.text) }));
    const own = evaluate(mailed, tpl, {});
    const whole = evaluate(mailed, tpl, { wholeText: true });
    rows.push([label, own.channel.macroF1.toFixed(3), whole.channel.macroF1.toFixed(3), own.kind.macroF1.toFixed(3), whole.kind.macroF1.toFixed(3)]);
  }
  console.log(`\n## Decision support on messages as mail programs send them (macro-F1; the peer reads the whole text)`);
  console.log(table(rows));
}
