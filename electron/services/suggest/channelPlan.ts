import type { MethodOutput } from '../../../shared/contract/api';
import { groupBy } from '../../../shared/domain/groupBy';
import { median } from '../../../shared/domain/median';
import type { CaseDeps } from '../cases/caseCommands';
import type { Db } from '../store/database';
import { kindOf } from './engine';
import { customerWords } from './customerWords';

type Plan = MethodOutput<'channelPlan'>;

/** What the rules say when the shop's own figures are too few to decide. */
const RULE_OF_THUMB: Record<string, { channel: string; sv: string; en: string }> = {
  order_status: { channel: 'chat', sv: 'snabba frågor med kort svar', en: 'quick questions with a short answer' },
  delivery_time: { channel: 'chat', sv: 'snabba frågor; besked kan gå som sms', en: 'quick questions; notices can go by SMS' },
  opening_hours: { channel: 'chat', sv: 'svaret är en rad', en: 'the answer is one line' },
  product_advice: { channel: 'chat', sv: 'råd i stunden säljer', en: 'advice in the moment sells' },
  password: { channel: 'chat', sv: 'kunden vill in nu', en: 'the customer wants in now' },
  returns: { channel: 'email', sv: 'retursedlar och villkor', en: 'return slips and terms' },
  complaint: { channel: 'email', sv: 'kvitton och bilder behövs, spårbart', en: 'receipts and photos are needed, traceably' },
  damaged: { channel: 'email', sv: 'bilder behövs', en: 'photos are needed' },
  invoice: { channel: 'email', sv: 'betaluppgifter hör inte hemma i chatten', en: 'payment details do not belong in chat' },
  rebooking: { channel: 'sms', sv: 'ett besked om ny tid räcker', en: 'a notice of the new time is enough' },
  privacy: { channel: 'email', sv: 'en begäran om personuppgifter besvaras skriftligt och sparas', en: 'a personal data request is answered in writing and kept' },
  quote: { channel: 'email', sv: 'en offert ska finnas skriftligt', en: 'a quote belongs in writing' },
  general: { channel: 'email', sv: 'inget mönster än', en: 'no pattern yet' },
};

type PlanRow = { id: string; channel: string; intent: string | null; created_at: number; first_response_at: number | null; resolved_at: number | null; callback: number; reopened: number };

/** Remember the kinds found for cases that had none; a kind set meanwhile (the case was opened) stands. */
export function keepKinds(d: Pick<CaseDeps, 'db' | 'repos'>, sorted: Array<[string, string]>): void {
  if (sorted.length) d.db.transaction(() => sorted.forEach(([id, intent]) => d.repos.suggest.fillIntent(id, intent)))();
}

/** The case `c` has a message from its customer: there are words to sort it by. */
const CUSTOMER_WROTE = "EXISTS (SELECT 1 FROM messages m WHERE m.case_id = c.id AND m.direction = 'in')";

/**
 * The text of the case's first message from its customer, as an SQL expression for the case id
 * `caseId` (an SQL expression too): the words its kind is read from, here and by the channel model
 * (solvedCases.ts).
 */
export const firstCustomerText = (caseId: string) =>
  `(SELECT m.body_text FROM messages m WHERE m.case_id = ${caseId} AND m.direction = 'in' ORDER BY m.created_at, m.id LIMIT 1)`;

/** The kind of each case from its customer's first words; null while the customer has written none. */
function kindsFromFirstWords(db: Pick<Db, 'prepare'>): (caseId: string) => string | null {
  const firstIn = db.prepare<[string], string | null>(`SELECT ${firstCustomerText('?')}`).pluck();
  return (caseId) => {
    const words = firstIn.get(caseId);
    return words === undefined || words === null ? null : kindOf(customerWords(words));
  };
}

/** Where a round of the kind sorter stopped: the last case it read, in the order it reads them. */
export interface SortCursor {
  createdAt: number;
  number: number;
}

/**
 * Up to `limit` cases whose customer has written and whose kind is not known yet, each with its
 * kind: the newest first, from `after` on (the start when null), and where the next read starts
 * (null when none are left). Read only, for the reader thread: the kind sorter
 * (kindSorter.ts) keeps them. The cursor walks the kind index (intent, created_at) once per walk,
 * so cases no customer has written in yet are passed over once, not in every read.
 */
export function readUnsortedKinds(db: Pick<Db, 'prepare'>, limit: number, after: SortCursor | null): { found: Array<[string, string]>; next: SortCursor | null } {
  const rows = db
    .prepare<{ at: number; n: number; limit: number }, { id: string; created_at: number; number: number }>(
      `SELECT c.id, c.created_at, c.number FROM cases c
       WHERE c.intent IS NULL AND (c.created_at < @at OR (c.created_at = @at AND c.number < @n)) AND ${CUSTOMER_WROTE}
       ORDER BY c.created_at DESC, c.number DESC LIMIT @limit`,
    )
    .all({ at: after?.createdAt ?? Number.MAX_SAFE_INTEGER, n: after?.number ?? Number.MAX_SAFE_INTEGER, limit });
  const kindOf = kindsFromFirstWords(db);
  const last = rows.at(-1);
  return {
    found: rows.map((r) => [r.id, kindOf(r.id) ?? 'general']),
    next: rows.length === limit && last ? { createdAt: last.created_at, number: last.number } : null,
  };
}

/**
 * The kinds of these cases, where their customer has written and no kind is known yet (the
 * cases that changed since the sorter last looked). Read only, for the reader thread.
 */
export function readKindsOf(db: Pick<Db, 'prepare'>, ids: string[]): Array<[string, string]> {
  const unsorted = db
    .prepare<[string], string>(
      `SELECT c.id FROM cases c WHERE c.id IN (SELECT value FROM json_each(?)) AND c.intent IS NULL AND ${CUSTOMER_WROTE}`,
    )
    .pluck()
    .all(JSON.stringify(ids));
  const kindOf = kindsFromFirstWords(db);
  return unsorted.map((id) => [id, kindOf(id) ?? 'general']);
}

/**
 * For each kind of case in a period: how many came by each channel, how fast they were first
 * answered and resolved, how often they were reopened — and which channel to offer for that kind,
 * from the shop's own figures where there are enough, else from the rule of thumb, always with why.
 * Read only, so it can run on the reader thread's own connection (store/readWorker.ts). Kinds are
 * normally known by then (the kind sorter reads them as cases arrive); those still missing are
 * read here and come back beside the plan, for the services to keep.
 */
export function readPlan(db: Pick<Db, 'prepare'>, from: number, to: number): { plan: Plan; sorted: Array<[string, string]> } {
  const rows = db
    .prepare<[number, number], PlanRow>(
      `SELECT c.id, c.channel, c.intent, c.created_at, c.first_response_at, c.resolved_at,
         EXISTS (SELECT 1 FROM callbacks b WHERE b.case_id = c.id) AS callback,
         EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'status' AND json_extract(e.data, '$.from') = 'resolved') AS reopened
       FROM cases c WHERE c.created_at >= ? AND c.created_at < ?`,
    )
    .all(from, to);
  const kindOf = kindsFromFirstWords(db);
  const sorted: Array<[string, string]> = [];
  for (const r of rows) {
    if (r.intent) continue;
    const kind = kindOf(r.id);
    // a case the customer has not written in yet counts as general here, and is sorted once they do
    r.intent = kind ?? 'general';
    if (kind) sorted.push([r.id, kind]);
  }
  return { plan: planOf(rows, from, to), sorted };
}

function planOf(rows: PlanRow[], from: number, to: number): Plan {
  const byIntent = groupBy(rows, (r) => r.intent!);
  const kinds = [...byIntent.entries()].map(([intent, cases]) => {
    const channels = groupBy(cases, (c) => (c.callback ? 'callback' : c.channel));
    const perChannel = [...channels.entries()].map(([channel, cs]) => {
      const resolved = cs.filter((c) => c.resolved_at !== null);
      return {
        channel,
        cases: cs.length,
        firstResponseMinutes: median(cs.filter((c) => c.first_response_at !== null).map((c) => (c.first_response_at! - c.created_at) / 60_000)),
        resolutionHours: median(resolved.map((c) => (c.resolved_at! - c.created_at) / 3_600_000)),
        reopenRate: resolved.length ? cs.filter((c) => c.reopened).length / resolved.length : null,
      };
    });
    const measured = perChannel.filter((p) => p.cases >= 3 && p.resolutionHours !== null);
    const best = measured.sort((a, b) => a.resolutionHours! * (1 + (a.reopenRate ?? 0)) - b.resolutionHours! * (1 + (b.reopenRate ?? 0)))[0];
    const rule = RULE_OF_THUMB[intent] ?? RULE_OF_THUMB.general!;
    const recommendation = best
      ? {
          channel: best.channel,
          basis: 'history' as const,
          sv: `${best.cases} ärenden via ${best.channel} löstes på ${best.resolutionHours!.toFixed(1)} h (median), ${Math.round((best.reopenRate ?? 0) * 100)} % öppnades igen`,
          en: `${best.cases} cases by ${best.channel} were resolved in ${best.resolutionHours!.toFixed(1)} h (median), ${Math.round((best.reopenRate ?? 0) * 100)} % reopened`,
        }
      : { channel: rule.channel, basis: 'rule' as const, sv: `för få ärenden för egna siffror; ${rule.sv}`, en: `too few cases for the shop's own figures; ${rule.en}` };
    return { intent, cases: cases.length, channels: perChannel.sort((a, b) => b.cases - a.cases), recommendation };
  });
  return { from, to, kinds: kinds.sort((a, b) => b.cases - a.cases) };
}

/** The plan as CSV: one row per kind and channel, for a spreadsheet. */
export function channelPlanCsv(plan: Plan): string {
  const q = (v: unknown) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines = ['intent,channel,cases,first_response_minutes_median,resolution_hours_median,reopen_rate,recommended_channel,recommendation_basis,why'];
  for (const k of plan.kinds) {
    for (const c of k.channels) {
      lines.push([k.intent, c.channel, c.cases, c.firstResponseMinutes?.toFixed(1), c.resolutionHours?.toFixed(2), c.reopenRate?.toFixed(3), k.recommendation.channel, k.recommendation.basis, k.recommendation.en].map(q).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
