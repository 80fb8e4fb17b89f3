import type { ChannelOption } from './engine';
import { atOnce, type Steps } from './inSlices';
import { naiveBayes } from './naiveBayes';

/** One resolved case as the shop's history tells it: what the customer wrote, its kind, and the channel that solved it. */
export interface SolvedCase {
  text: string;
  kind: string;
  channel: ChannelOption;
}

/** What the shop's own cases say about a new one. */
export interface LearnedChannel {
  channel: ChannelOption;
  /** The model's probability for that channel, 0–1: shown as the confidence. */
  p: number;
  /** Earlier cases of the same kind that were solved by that channel (the reason's "like 14 earlier cases"). */
  similar: number;
}

export type ChannelModel = (text: string, kind: string) => LearnedChannel | null;

/** Too few cases teach noise: the model speaks from this many solved cases, and two channels seen. */
export const MIN_TRAINING_CASES = 40;

/**
 * A naive Bayes model of which channel solves which text, trained on the shop's own resolved cases
 * (the channel of the last answer, a callback, or the channel an agent took from the advice). It
 * learns what the rules can not know: how this shop works ("returns go by e-mail here").
 */
export const trainChannelModel = (cases: readonly SolvedCase[]): ChannelModel | null => atOnce(trainingChannelModel(cases));

/** Cases learned between two steps of trainingChannelModel (a millisecond or two). */
const CASES_PER_STEP = 25;

/**
 * The same, a step at a time (inSlices.ts): the services train it on up to 4,000 cases off a
 * reader thread's read, about 60 ms at 1,000 in one piece, which held up every other call.
 */
export function* trainingChannelModel(cases: readonly SolvedCase[]): Steps<ChannelModel | null> {
  if (cases.length < MIN_TRAINING_CASES) return null;
  const nb = naiveBayes();
  const byKind = new Map<string, number>();
  for (const [i, c] of cases.entries()) {
    nb.add(c.text, c.channel);
    byKind.set(`${c.kind}|${c.channel}`, (byKind.get(`${c.kind}|${c.channel}`) ?? 0) + 1);
    if (i % CASES_PER_STEP === CASES_PER_STEP - 1) yield;
  }
  if (nb.counts().size < 2) return null;
  return (text, kind) => {
    const top = nb.predict(text)[0];
    if (!top) return null;
    return { channel: top.label as ChannelOption, p: top.p, similar: byKind.get(`${kind}|${top.label}`) ?? 0 };
  };
}
