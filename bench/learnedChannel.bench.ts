import { scoreLabels } from '../electron/services/suggest/evaluate';
import { kindOf, NO_PRIORS, suggest, type ChannelOption } from '../electron/services/suggest/engine';
import { trainChannelModel } from '../electron/services/suggest/learnedChannel';
import type { SuggestInput } from '../electron/services/suggest/signals';
import { shopHistory, type HistoryCase } from './shopHistory';
import { ratio, table } from './stats';

/**
 * The part learned from the shop's own cases, on a generated nine-month history (bench/shopHistory.ts):
 * trained on months 1–6, tested on months 7–9, against the rules alone and the simplest peer
 * (always the shop's most common channel). The blend's weight was chosen on months 4–6 with
 * months 1–3 for training; months 7–9 were not used for it.
 */
export function benchLearnedChannel(): void {
  const history = shopHistory(2700);
  const train = history.filter((c) => c.month <= 6);
  const test = history.filter((c) => c.month >= 7);
  const started = performance.now();
  const model = trainChannelModel(train.map((c) => ({ text: c.text, kind: kindOf(c.text), channel: c.channel })));
  const trainMs = performance.now() - started;
  if (!model) throw new Error('the history is too small to learn from');
  const input = (c: HistoryCase): SuggestInput => ({
    channel: c.via,
    text: c.text,
    turns: 1,
    attachments: 0,
    history: { channels: [], sameIntent: 0 },
    openNow: true,
    waitRatio: null,
    waitTargetMs: 3_600_000,
    hasPhone: true,
    hasEmail: true,
  });
  const counts = new Map<ChannelOption, number>();
  for (const c of train) counts.set(c.channel, (counts.get(c.channel) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const peerPairs = test.map((c) => ({ expected: c.channel, got: common }));
  const runs: Record<string, Array<{ expected: string; got: string }>> = {
    'rules alone': test.map((c) => ({ expected: c.channel, got: suggest(input(c), [], NO_PRIORS).channel[0]!.value })),
    'learned alone': test.map((c) => ({ expected: c.channel, got: model(c.text, 'general')!.channel })),
    'rules + learned (Växel)': test.map((c) => ({ expected: c.channel, got: suggest(input(c), [], { ...NO_PRIORS, learned: model }).channel[0]!.value })),
    [`peer: always ${common}`]: peerPairs,
  };
  const peer = scoreLabels(peerPairs);
  console.log(`\n## What Växel learns from the shop's own cases: a generated history of ${history.length} resolved cases; trained on months 1–6 (${train.length}, ${trainMs.toFixed(0)} ms), tested on months 7–9 (${test.length})`);
  console.log(
    table([
      ['channel that solved the case', 'accuracy', 'macro-F1', 'per class F1', 'macro-F1 vs peer'],
      ...Object.entries(runs).map(([name, pairs]) => {
        const r = scoreLabels(pairs);
        return [name, r.accuracy.toFixed(3), r.macroF1.toFixed(3), r.perClass.map((x) => `${x.label} ${x.f1.toFixed(2)}`).join(', '), ratio(r.macroF1, peer.macroF1)];
      }),
    ]),
  );
  console.log('the shop solves each kind by a habit with 10–50 % exceptions, so no model can be right every time');
}
