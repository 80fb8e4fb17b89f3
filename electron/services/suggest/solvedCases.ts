import type { Db } from '../store/database';
import { kindOf, type ChannelOption } from './engine';
import { inSlices, nextTurn } from './inSlices';
import { trainChannelModel, trainingChannelModel, type ChannelModel, type SolvedCase } from './learnedChannel';
import { firstCustomerText } from './channelPlan';
import { customerWords } from './customerWords';

/** The newest resolved cases the model learns from: a year of a busy shop is more than it needs. */
const MAX_TRAINING_CASES = 4000;
/** The model is trained again when cases were resolved since, at most this often. */
const RETRAIN_MS = 10 * 60_000;

const CHANNELS = new Set<ChannelOption>(['chat', 'email', 'callback', 'sms']);

/**
 * The shop's resolved cases as training examples: the customer's first words, the kind the case
 * was given, and the channel that solved it — the one an agent took from the advice, else a
 * callback, else the channel of the last answer.
 */
export function solvedCases(db: Db, since: number): SolvedCase[] {
  const rows = db
    .prepare<[number, number], { text: string | null; kind: string | null; channel: string | null }>(
      `SELECT ${firstCustomerText('c.id')} AS text,
              c.intent AS kind,
              coalesce(
                (SELECT f.value FROM suggestion_feedback f WHERE f.case_id = c.id AND f.kind = 'channel' AND f.accepted = 1 ORDER BY f.at DESC LIMIT 1),
                CASE WHEN EXISTS (SELECT 1 FROM callbacks b WHERE b.case_id = c.id) THEN 'callback' END,
                (SELECT m.channel FROM messages m WHERE m.case_id = c.id AND m.direction = 'out' ORDER BY m.created_at DESC, m.id DESC LIMIT 1)
              ) AS channel
       FROM cases c WHERE c.resolved_at IS NOT NULL AND c.resolved_at >= ? ORDER BY c.resolved_at DESC LIMIT ?`,
    )
    .all(since, MAX_TRAINING_CASES);
  return rows
    .filter((r): r is { text: string; kind: string | null; channel: ChannelOption } => !!r.text?.trim() && CHANNELS.has(r.channel as ChannelOption))
    // the customer's own words, without a quoted answer (customerWords.ts); a case never opened
    // with the advice has no kind stored: the rules give it one
    .map((r) => {
      const text = customerWords(r.text).slice(0, 2000);
      return { text, kind: r.kind ?? kindOf(text), channel: r.channel };
    });
}

/** Where the training cases are read: on the reader thread, or (tests, no thread) here. */
export type ReadSolvedCases = (since: number) => Promise<SolvedCase[]>;

/**
 * The trained model, kept until cases are resolved again and ten minutes have passed. Given `read`,
 * the cases (a 60 ms read at a busy shop's 4,000) are read off the services' thread: the model
 * in use answers meanwhile, and `onTrained` says when the new one is ready. Without it they are
 * read here, at once.
 */
export function channelModelCache(db: Db, o: { read?: ReadSolvedCases; onTrained?: () => void; onError?: (e: Error) => void } = {}) {
  let cached: { key: string; at: number; model: ChannelModel | null } | null = null;
  let reading: Promise<void> | null = null;
  const state = db.prepare<[number], { n: number; last: number | null }>('SELECT count(*) AS n, max(resolved_at) AS last FROM cases WHERE resolved_at >= ?');
  return {
    model(now: number, since: number): ChannelModel | null {
      if (reading || (cached && now - cached.at < RETRAIN_MS)) return cached?.model ?? null;
      const s = state.get(since)!;
      const key = `${s.n}:${s.last}`;
      if (cached?.key === key) {
        cached.at = now;
        return cached.model;
      }
      if (!o.read) {
        cached = { key, at: now, model: trainChannelModel(solvedCases(db, since)) };
        return cached.model;
      }
      reading = o
        .read(since)
        // trained in slices, a turn of the event loop between them (inSlices.ts)
        .then((cases) => inSlices(trainingChannelModel(cases), nextTurn))
        .then(
          (model) => {
            cached = { key, at: now, model };
            o.onTrained?.();
          },
          // the model in use stays; the next try is after the usual wait
          (e: Error) => {
            cached = { key: cached?.key ?? '', at: now, model: cached?.model ?? null };
            o.onError?.(e);
          },
        )
        .finally(() => (reading = null));
      return cached?.model ?? null;
    },
    /** Settles when no new model is being read and trained. */
    settled: (): Promise<void> => reading ?? Promise.resolve(),
  };
}
