import { suggest, type TemplateLike } from './engine';
import type { SuggestInput } from './signals';

export interface EvalCase {
  channel: 'chat' | 'email';
  text: string;
  turns: number;
  hasPhone: boolean;
  attachments: number;
  expect: { channel: string; intent: string };
}

/** Accuracy and macro-F1 (the mean of each label's F1, so rare labels count as much as common ones). */
export function scoreLabels(pairs: Array<{ expected: string; got: string }>): { accuracy: number; macroF1: number; labels: number } {
  const labels = [...new Set(pairs.map((p) => p.expected))];
  const f1s = labels.map((l) => {
    const tp = pairs.filter((p) => p.expected === l && p.got === l).length;
    const fp = pairs.filter((p) => p.expected !== l && p.got === l).length;
    const fn = pairs.filter((p) => p.expected === l && p.got !== l).length;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  });
  return { accuracy: pairs.filter((p) => p.expected === p.got).length / (pairs.length || 1), macroF1: f1s.reduce((a, b) => a + b, 0) / (f1s.length || 1), labels: labels.length };
}

export function evalInput(c: EvalCase): SuggestInput {
  return { channel: c.channel, text: c.text, turns: c.turns, attachments: c.attachments, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, hasPhone: c.hasPhone, hasEmail: c.channel === 'email' };
}

/**
 * Run the engine over the labeled set: the channel it ranks first against the label, and the kind
 * of the template it ranks first (no template = "general") against the label's kind.
 */
export function evaluate(cases: EvalCase[], templates: TemplateLike[]) {
  const channel: Array<{ expected: string; got: string }> = [];
  const template: Array<{ expected: string; got: string }> = [];
  const byId = new Map(templates.map((t) => [t.id, t]));
  for (const c of cases) {
    const s = suggest(evalInput(c), templates);
    channel.push({ expected: c.expect.channel, got: s.channel[0]!.value });
    const top = s.templates[0] ? byId.get(s.templates[0].value)?.category ?? 'general' : 'general';
    template.push({ expected: c.expect.intent, got: top });
  }
  return { channel: scoreLabels(channel), template: scoreLabels(template), misses: { channel: channel.map((p, i) => ({ ...p, text: cases[i]!.text })).filter((p) => p.expected !== p.got), template: template.map((p, i) => ({ ...p, text: cases[i]!.text })).filter((p) => p.expected !== p.got) } };
}
