import { median } from '../../../shared/domain/median';
import { shiftDays } from '../../../shared/domain/calendar';
import type { Db } from '../store/database';
import type { ChannelOption, Priors } from './engine';
import type { ChannelModel } from './learnedChannel';

/**
 * The newest resolved cases of the year the fastest channels are read from: the shop's recent
 * habit. Medians of more say nothing new, and reading every case of a busy year (85,000 at the
 * bench's 150,000) took 200–300 ms of the services' thread every minute.
 */
export const RECENT_RESOLVED = 5000;

/** Resolved cases of each kind, per channel: how long from arrival to resolution (read by an index alone, migration 0019). */
export const RECENT_RESOLVED_SQL = `SELECT c.intent AS intent, CASE WHEN EXISTS (SELECT 1 FROM callbacks b WHERE b.case_id = c.id) THEN 'callback' ELSE c.channel END AS channel,
              (c.resolved_at - c.created_at) / 3600000.0 AS hours
       FROM cases c WHERE c.resolved_at >= ? AND c.intent IS NOT NULL ORDER BY c.resolved_at DESC LIMIT ?`;

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  return {
    resolved: db.prepare<[number, number], { intent: string; channel: string; hours: number }>(RECENT_RESOLVED_SQL),
    feedback: db.prepare<[number], { kind: string; value: string; intent: string; accepted: number; n: number }>(
      'SELECT kind, value, intent, sum(accepted) AS accepted, count(*) AS n FROM suggestion_feedback WHERE at >= ? GROUP BY kind, value, intent',
    ),
  };
}

/**
 * What this shop's own year says: per kind of case, the channel whose cases were resolved fastest
 * (at least five of them, among the newest resolved), how agents answered earlier suggestions,
 * and the channel model learned from its resolved cases (`learned`, given the year's start; the
 * caller keeps it). Read from the store; cached by the caller for a minute.
 */
export function loadPriors(
  db: Db,
  now: number,
  timeZone: string,
  o: { recent?: number; learned?: (since: number) => ChannelModel | null } = {},
): Priors {
  const recent = o.recent ?? RECENT_RESOLVED;
  let s = statements.get(db);
  if (!s) statements.set(db, (s = prepare(db)));
  const since = shiftDays(now, -365, timeZone);
  const groups = new Map<string, Map<string, number[]>>();
  for (const r of s.resolved.all(since, recent)) {
    const byChannel = groups.get(r.intent) ?? new Map<string, number[]>();
    const hours = byChannel.get(r.channel);
    if (hours) hours.push(r.hours);
    else byChannel.set(r.channel, [r.hours]);
    groups.set(r.intent, byChannel);
  }
  const fastestChannel: Priors['fastestChannel'] = new Map();
  for (const [intent, byChannel] of groups) {
    const best = [...byChannel.entries()]
      .filter(([ch, hs]) => hs.length >= 5 && ['chat', 'email', 'callback', 'sms'].includes(ch))
      .map(([ch, hs]) => ({ channel: ch as ChannelOption, medianHours: median(hs)!, cases: hs.length }))
      .sort((a, b) => a.medianHours - b.medianHours)[0];
    if (best) fastestChannel.set(intent, best);
  }
  const feedback: Priors['feedback'] = new Map();
  for (const f of s.feedback.all(since)) {
    const key = f.kind === 'template' ? `template:${f.value}` : `${f.kind}:${f.value}:${f.intent}`;
    const prev = feedback.get(key) ?? { accepted: 0, dismissed: 0 };
    feedback.set(key, { accepted: prev.accepted + f.accepted, dismissed: prev.dismissed + (f.n - f.accepted) });
  }
  return { fastestChannel, feedback, learned: o.learned?.(since) ?? null };
}
