import type { MethodOutput } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/errors';
import { isOpenAt } from '../../../shared/domain/openingHours';
import type { CaseDeps } from '../cases/caseCommands';
import { classifyIntents, suggest, suggestPriority, type IntentFound, type Priors, type Suggestions } from './engine';
import { loadPriors } from './priors';
import { channelModelCache, type ReadSolvedCases } from './solvedCases';
import type { Logger } from '../logger';
import { contactsOf } from '../../../shared/domain/customers';
import type { SuggestInput } from './signals';
import { splitMailWords } from './customerWords';

const PRIORS_TTL_MS = 60_000;

/** A reply as a customer writes one, for the suggestion made ahead at start (prepare). */
const SAMPLE_REPLY = 'Hej! Lampan kom trasig, kan ni ringa mig?\n\nDen tors 3 dec. 2026 kl 10:12 skrev Butiken <info@butik.se>:\n> Tack för din beställning!';
const SAMPLE_INPUT: SuggestInput = { channel: 'email', text: '', turns: 1, attachments: 0, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, waitTargetMs: 3_600_000, hasPhone: true, hasEmail: true };

/**
 * Suggestions for the cases in the store: the case's own words and turns, attachments, the
 * customer's history, opening hours and the wait; the shop's priors read at most once a minute.
 * Nothing leaves the laptop. `readSolved` reads the learned channel model's cases off this thread.
 */
export function createSuggestService(d: CaseDeps & { readSolved?: ReadSolvedCases; logger?: Logger }) {
  let priors: { at: number; value: Priors } | null = null;
  const channelModel = channelModelCache(d.db, {
    ...(d.readSolved ? { read: d.readSolved } : {}),
    // a new model is used from the next suggestion on, not after the priors' minute
    onTrained: () => readPriorsSoon(),
    onError: (e) => d.logger?.warn('the channel model could not read the resolved cases', { error: e.message }),
  });
  const readPriors = () => {
    const now = d.clock.now();
    priors = { at: now, value: loadPriors(d.db, now, d.repos.settings.get().timeZone, { learned: (since) => channelModel.model(now, since) }) };
    return priors.value;
  };
  /**
   * The priors are read again in a turn of their own (9–18 ms on the bench's stores, 25–40 before
   * migration 0019), never inside a suggestion: one asked meanwhile uses those it has, a minute old
   * at most or from before the agent's last feedback. Only the first suggestion with none read
   * reads them itself.
   */
  let rereading: Promise<void> | null = null;
  const readPriorsSoon = () => {
    rereading ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        rereading = null;
        try {
          if (d.db.open) readPriors();
        } catch (e) {
          d.logger?.warn('the suggestions\' priors could not be read again', { error: (e as Error).message });
        } finally {
          resolve();
        }
      }),
    );
  };
  const priorsNow = () => {
    if (!priors) return readPriors();
    if (d.clock.now() - priors.at > PRIORS_TTL_MS) readPriorsSoon();
    return priors.value;
  };
  const templates = () => d.repos.templates.list();

  /** `kindsOf` reads the kind of the customer's words; forCase passes one that remembers its answer. */
  function inputFor(caseId: string, kindsOf: (text: string) => IntentFound[] = (t) => classifyIntents(t)): SuggestInput {
    const c = d.repos.cases.get(caseId);
    if (!c) throw new AppError('NOT_FOUND', `there is no case ${caseId}`);
    const messages = d.repos.messages.listByCase(caseId).filter((m) => m.direction !== 'note');
    const inbound = messages.filter((m) => m.direction === 'in');
    let turns = 0;
    let last: string | null = null;
    for (const m of messages) {
      if (m.direction === 'in' && last === 'out') turns++;
      last = m.direction;
    }
    turns += inbound.length > 0 ? 1 : 0;
    // each message's own words: a reply's quote is the shop's earlier answer (customerWords.ts)
    const words = inbound.map((m) => splitMailWords(m.bodyText));
    const text = words.map((w) => w.own).join('\n').slice(0, 20_000) || c.subject;
    const customer = c.customer_id ? d.repos.customers.get(c.customer_id) : null;
    const others = c.customer_id ? d.repos.cases.otherCasesOf(c.customer_id, caseId) : [];
    // the kind is read only when there are earlier cases to compare it with
    const intent = others.length > 0 ? (kindsOf(text)[0]?.intent ?? 'general') : null;
    const sameIntent = intent === null ? 0 : others.filter((o) => d.repos.suggest.intentOf(o.id) === intent).length;
    const s = d.repos.settings.get();
    const now = d.clock.now();
    const target = s.slaTargets[c.channel];
    // a customer who last wrote by answering the shop's SMS (in a case begun by e-mail or a booked
    // call) is answered by SMS, as one who wrote in the chat is answered there
    const lastWrote = inbound.at(-1)?.channel;
    return {
      channel: lastWrote === 'sms' ? 'sms' : c.channel,
      text,
      quoted: words.at(-1)?.quoted.slice(0, 20_000) ?? '',
      turns,
      attachments: messages.reduce((n, m) => n + (m.direction === 'in' ? m.attachments.length : 0), 0),
      history: { channels: others.map((o) => o.channel), sameIntent },
      openNow: isOpenAt(now, s.openingHours, s.timeZone, s.holidays),
      waitRatio: c.waiting_since !== null ? (now - c.waiting_since) / (target * 1000) : null,
      waitTargetMs: target * 1000,
      hasPhone: contactsOf(customer).some((i) => i.kind === 'phone'),
      hasEmail: contactsOf(customer).some((i) => i.kind === 'email'),
    };
  }

  /** `bothLanguages`: the agent asked for templates in both languages, not only the customer's. */
  function forCase(caseId: string, bothLanguages = false): Suggestions {
    // the kind is read once: for the history comparison and for the suggestion, of the same words
    let found: { text: string; kinds: IntentFound[] } | undefined;
    const kindsOf = (text: string) => (found?.text === text ? found : (found = { text, kinds: classifyIntents(text) })).kinds;
    const input = inputFor(caseId, kindsOf);
    const s = suggest(input, templates(), priorsNow(), { bothLanguages, intents: kindsOf(input.text) });
    d.repos.suggest.setIntent(caseId, s.intent.value);
    return s;
  }

  return {
    forCase,
    /** Reads the shop's priors ahead of the first suggestion, in a turn of their own (the services' start). */
    prepare: async (yieldNow: () => Promise<void>): Promise<void> => {
      await yieldNow();
      if (!priors) readPriors();
      // and a suggestion's own first use past the kind (a reply's quote split off, the channels,
      // templates and priority scored: 20-25 ms once), each in a turn of its own
      await yieldNow();
      const sample = splitMailWords(SAMPLE_REPLY);
      await yieldNow();
      suggest({ ...SAMPLE_INPUT, text: sample.own, quoted: sample.quoted }, templates(), priorsNow());
    },
    forText: (input: SuggestInput) => suggest(input, templates(), priorsNow()),
    /** Settles when the channel model being trained from the shop's resolved cases is ready, and in use. */
    learned: async (): Promise<void> => {
      await channelModel.settled();
      // and the priors read again with it
      await rereading;
    },
    /** The agent took or dismissed a suggestion: kept, so the shop's own choices weigh in next time. */
    feedback(caseId: string, kind: 'channel' | 'template' | 'priority', value: string, accepted: boolean): void {
      const intent = d.repos.suggest.intentOf(caseId) ?? 'general';
      d.repos.suggest.addFeedback({ caseId, kind, value, intent, accepted, at: d.clock.now() });
      readPriorsSoon();
    },
    /** What to answer first among the open cases: the highest suggested priority, with its reasons. */
    firstToAnswer(limit = 3): MethodOutput<'suggestFirst'> {
      const open = d.repos.cases.list('open', 0, 100).items;
      // a customer waiting in a live chat is answered first: they are on the page now
      const LIVE = { signal: 'channel' as const, sv: 'väntar i chatten just nu', en: 'waiting in the chat right now' };
      return open
        .map((c) => {
          // the priority alone: no kind of case, channel or template is needed to rank them
          const s = suggestPriority(inputFor(c.id));
          return { c, s: c.live_rank === 0 ? { value: 'urgent' as const, score: 100 + s.score, reasons: [LIVE, ...s.reasons] } : s };
        })
        .filter((x) => x.s.value !== 'normal')
        .sort((a, b) => b.s.score - a.s.score)
        .slice(0, limit)
        .map(({ c, s }) => ({ caseId: c.id, number: c.number, subject: c.subject, level: s.value, score: s.score, reasons: s.reasons }));
    },
  };
}
export type SuggestService = ReturnType<typeof createSuggestService>;
