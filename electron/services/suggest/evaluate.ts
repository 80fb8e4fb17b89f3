import fs from 'node:fs';
import { suggest, type TemplateLike } from './engine';
import { trainKindModel, type KindModel } from './kindModel';
import { detectLanguage, type SuggestInput } from './signals';
import { splitMailWords } from './customerWords';

/** One labeled message of the evaluation set (tests/fixtures/suggestEval/, see its README). */
export interface EvalCase {
  /** How the message came: the chat, an e-mail, or an SMS (an answer to one of the shop's notices). */
  channel: 'chat' | 'email' | 'sms';
  text: string;
  turns: number;
  hasPhone: boolean;
  attachments: number;
  expect: { channel: string; kind: string };
}

/**
 * Kind models for k-fold cross-validation over a labeled set: the i-th case's model learned from
 * the other folds only, so a development part that is also the shipped training set is still
 * scored on messages its model had not seen.
 */
export function crossValidatedKindModels(cases: EvalCase[], folds = 10): (i: number) => KindModel {
  const models = Array.from({ length: folds }, (_, k) => trainKindModel(cases.filter((_, i) => i % folds !== k).map((c) => [c.expect.kind, c.text] as const)));
  return (i) => models[i % folds]!;
}

/** Read a part of the set: `via  phone  turns  channel  kind  text`, tab separated. */
export function loadEvalSet(file: string): EvalCase[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const [via, phone, turns, channel, kind, ...text] = line.split('\t');
      if ((via !== 'chat' && via !== 'email' && via !== 'sms') || !channel || !kind || text.length === 0) throw new Error(`${file}:${i + 1}: not a labeled line`);
      return { channel: via, hasPhone: phone === 'y', turns: Number(turns), attachments: 0, text: text.join('\t'), expect: { channel, kind } };
    });
}

export interface ClassScore {
  label: string;
  n: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface LabelReport {
  accuracy: number;
  /** The mean of each label's F1, so rare labels count as much as common ones. */
  macroF1: number;
  labels: number;
  perClass: ClassScore[];
  /** expected → got → count */
  confusion: Record<string, Record<string, number>>;
}

export function scoreLabels(pairs: Array<{ expected: string; got: string }>): LabelReport {
  const labels = [...new Set(pairs.map((p) => p.expected))].sort();
  const perClass = labels.map((l) => {
    const tp = pairs.filter((p) => p.expected === l && p.got === l).length;
    const fp = pairs.filter((p) => p.expected !== l && p.got === l).length;
    const fn = pairs.filter((p) => p.expected === l && p.got !== l).length;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    return { label: l, n: tp + fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  });
  const confusion: LabelReport['confusion'] = {};
  for (const p of pairs) {
    const row = (confusion[p.expected] ??= {});
    row[p.got] = (row[p.got] ?? 0) + 1;
  }
  return {
    accuracy: pairs.filter((p) => p.expected === p.got).length / (pairs.length || 1),
    macroF1: perClass.reduce((a, c) => a + c.f1, 0) / (perClass.length || 1),
    labels: labels.length,
    perClass,
    confusion,
  };
}

/**
 * A labeled message as the app asks about it: the customer's own words apart from a quoted answer,
 * without a signature (as suggestService.ts reads each message); `whole`: the text as it stands.
 */
export function evalInput(c: EvalCase, whole = false): SuggestInput {
  const { own, quoted } = whole ? { own: c.text, quoted: '' } : splitMailWords(c.text);
  return { channel: c.channel, text: own, quoted, turns: c.turns, attachments: c.attachments, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, hasPhone: c.hasPhone, hasEmail: c.channel === 'email' };
}

/**
 * Run the engine over labeled messages: the channel it ranks first against the label, the kind of
 * case it sees against the label's kind, and whether its first template is in the message's language.
 */
/**
 * `kindModelFor`: the kind model for the i-th case (cross-validation), null for the rules alone; the
 * shipped model by default. `wholeText`: read each text whole, quote and signature too (a peer).
 */
export function evaluate(cases: EvalCase[], templates: readonly TemplateLike[], o: { kindModelFor?: (i: number) => KindModel | null; wholeText?: boolean } = {}) {
  const channel: Array<{ expected: string; got: string; text: string }> = [];
  const kind: Array<{ expected: string; got: string; text: string }> = [];
  const byId = new Map(templates.map((t) => [t.id, t]));
  let withTemplate = 0;
  let sameLanguage = 0;
  for (const [i, c] of cases.entries()) {
    const s = suggest(evalInput(c, o.wholeText), templates, undefined, o.kindModelFor ? { kindModel: o.kindModelFor(i) } : {});
    channel.push({ expected: c.expect.channel, got: s.channel[0]!.value, text: c.text });
    kind.push({ expected: c.expect.kind, got: s.intent.value, text: c.text });
    const top = s.templates[0] ? byId.get(s.templates[0].value) : undefined;
    if (top) {
      withTemplate++;
      if (top.language === detectLanguage(c.text)) sameLanguage++;
    }
  }
  return {
    channel: scoreLabels(channel),
    kind: scoreLabels(kind),
    templateLanguage: withTemplate ? sameLanguage / withTemplate : 1,
    misses: { channel: channel.filter((p) => p.expected !== p.got), kind: kind.filter((p) => p.expected !== p.got) },
  };
}
