import type { ChannelModel } from './learnedChannel';
import { type Intent } from './lexicon';
import { findWords } from './wordFinder';
import { reasonOf, type Reason } from './reasons';
import { computeSignals, detectLanguage, type Signal, type SignalId, type SuggestInput } from './signals';
import { afterCorrection } from './correction';
import { formMessage } from './contactForm';
import { ruleIntents, ruledOutKinds } from './ruleKinds';
import { mayNameAlone } from './modelAloneAnchors';
import { blendKinds, builtInKindModel, type IntentFound, type KindModel } from './kindModel';
import { emailIn, phoneIn } from './contactInText';

export type ChannelOption = 'chat' | 'email' | 'callback' | 'sms';

export interface Scored<T> {
  value: T;
  score: number;
  reasons: Reason[];
}

/** What the shop's own history and the agents' answers to earlier suggestions add. */
export interface Priors {
  /** Per intent: the channel whose cases of that kind were resolved fastest here, and how fast. */
  fastestChannel: Map<string, { channel: ChannelOption; medianHours: number; cases: number }>;
  /** Per "kind:value" (e.g. "channel:callback"): how often it was accepted and dismissed. */
  feedback: Map<string, { accepted: number; dismissed: number }>;
  /** The channel model learned from the shop's resolved cases (learnedChannel.ts); null until there are enough. */
  learned?: ChannelModel | null;
  /** Only for validation runs (bench): other values of LEARNED_WEIGHT and LEARNED_MIN_P. */
  learnedTuning?: { weight: number; minP: number };
}

export const NO_PRIORS: Priors = { fastestChannel: new Map(), feedback: new Map() };

/**
 * How much the learned model weighs against the rules, and how sure it must be to speak. Chosen on
 * generated shop histories (months 4–6 as validation), never on the labeled evaluation set.
 */
export const LEARNED_WEIGHT = 2;
export const LEARNED_MIN_P = 0.6;

/** How much each signal speaks for each channel (negative: against). */
const WEIGHTS: Record<SignalId, Partial<Record<ChannelOption, number>>> = {
  quickQuestion: { chat: 0.9, sms: 0.1, email: -0.2 },
  longText: { email: 0.35, chat: -0.3 },
  manyQuestions: { email: 0.3, callback: 0.35, chat: -0.3 },
  documents: { email: 0.9, chat: -0.4 },
  attachments: { email: 0.3 },
  complaint: { email: 0.7, callback: 0.2, chat: -0.3 },
  sensitive: { email: 0.8, chat: -0.5, sms: -0.5 },
  // an upset tone alone, on a first contact, is answered where it came ("Er sida är ett skämt. Hur
  // återställer jag lösenordet?"); with a repeat contact or a wish it still leans to a call. (1.2
  // until 2026-12-05: cross-validation mended five first contacts from 0.8 down to 0.3, made none)
  anger: { callback: 0.8, chat: -0.5, email: -0.4 },
  urgency: { callback: 0.25, chat: 0.1 },
  manyTurns: { callback: 0.9, chat: -0.5 },
  // what the customer asks for comes first; a refusal rules a channel out
  phoneWish: { callback: 3, chat: -0.5 },
  smsWish: { sms: 3.5, chat: -0.3 },
  writingWish: { email: 2.8, chat: -1 },
  chatWish: { chat: 2.5 },
  refusesCall: { callback: -8 },
  refusesEmail: { email: -3 },
  refusesSms: { sms: -8 },
  repeatContact: { callback: 1.1, email: 0.1, chat: -0.3 },
  closedNow: { chat: -0.6, email: 0.4, callback: 0.1 },
  waitedLong: {},
  // a person in need, a hazard or a fraud: a voice, soon
  vulnerable: { callback: 2.2, chat: -0.5 },
  confused: { callback: 1.6, chat: -0.6 },
  safety: { callback: 2.2, chat: -0.5, email: -0.2 },
  fraud: { callback: 2.2, email: -0.2, chat: -0.5 },
  // written answers that must be kept
  privacy: { email: 1.6, chat: -0.8, callback: -0.4 },
  quote: { email: 1.6, chat: -0.8 },
};

export type { IntentFound } from './kindModel';

/**
 * The kinds of case the text is about, best first, with the words that said so: the word lists
 * and cues below, blended with the kind model learned from labeled examples (kindModel.ts).
 * Without a model, the rules alone.
 */
export function classifyIntents(text: string, kindModel: KindModel | null = builtInKindModel()): IntentFound[] {
  // what the customer took back is no case ("… nej förlåt, jag menar min nya order"); a contact
  // form's fields are none either
  const about = afterCorrection(formMessage(text));
  const rules = ruleIntents(about);
  return kindModel ? blendKinds(rules, kindModel, about, ruledOutKinds(about), (kind) => mayNameAlone(about, kind)) : rules;
}

/** The kind of case a text is about: the first of classifyIntents, 'general' where none is found. */
export function kindOf(text: string): Intent {
  return classifyIntents(text)[0]?.intent ?? 'general';
}

/** The number or address the customer wrote, named ([sv, en] before it), or the words asking for one. */
function contactReason(given: string | null, use: [string, string], ask: [string, string]): Reason {
  return given ? { signal: 'channel', sv: `${use[0]}: ${given}`, en: `${use[1]}: ${given}` } : { signal: 'channel', sv: ask[0], en: ask[1] };
}

export function scoreChannels(input: SuggestInput, signals: Signal[], intent: Intent, priors: Priors): Array<Scored<ChannelOption>> {
  const base: Record<ChannelOption, number> = {
    chat: input.channel === 'chat' ? 0.5 : -1,
    email: input.channel === 'email' ? 0.55 : 0.1,
    callback: 0,
    // an answer to the shop's SMS notice is answered where it came, as a chat line or an e-mail is
    sms: input.channel === 'sms' ? 0.5 : -0.2,
  };
  const reasons: Record<ChannelOption, Reason[]> = { chat: [], email: [], callback: [], sms: [] };
  const score = { ...base };
  for (const s of signals) {
    for (const [ch, w] of Object.entries(WEIGHTS[s.id]) as Array<[ChannelOption, number]>) {
      score[ch] += w * s.strength;
      if (w > 0) reasons[ch].push(reasonOf(s));
    }
  }
  // a number or an address the customer wrote is used, not asked for again
  const phoneGiven = input.hasPhone ? null : phoneIn(input.text);
  if (score.sms > 0 && !input.hasPhone) reasons.sms.push(contactReason(phoneGiven, ['sms:a numret kunden skrev', 'text the number the customer gave'], ['fråga efter kundens mobilnummer', 'ask for the customer’s mobile number']));
  if (score.callback > 0 && !input.hasPhone) reasons.callback.push(contactReason(phoneGiven, ['ring numret kunden skrev', 'call the number the customer gave'], ['fråga efter kundens telefonnummer', 'ask for the customer’s phone number']));
  if (input.channel === 'email' && !input.hasPhone && !phoneGiven && !signals.some((s) => s.id === 'phoneWish')) score.callback -= 0.3;
  if (input.channel === 'chat' && score.chat > 0 && reasons.chat.length === 0) reasons.chat.push({ signal: 'channel', sv: 'inget talar för att byta kanal', en: 'nothing speaks for changing channel' });
  if (input.channel === 'email' && reasons.email.length === 0) reasons.email.push({ signal: 'channel', sv: 'inget talar för att byta kanal', en: 'nothing speaks for changing channel' });
  if (input.channel === 'sms' && reasons.sms.length === 0) reasons.sms.push({ signal: 'channel', sv: 'kunden svarade på ett sms; inget talar för att byta kanal', en: 'the customer answered a text; nothing speaks for changing channel' });
  if (score.email > 0 && !input.hasEmail && input.channel !== 'email') reasons.email.push(contactReason(emailIn(input.text), ['svara till adressen kunden skrev', 'answer to the address the customer gave'], ['fråga efter kundens e-postadress', 'ask for the customer’s e-mail address']));

  // the shop's own history: the channel that solved this kind of case fastest
  const fast = priors.fastestChannel.get(intent);
  if (fast && fast.cases >= 5) {
    score[fast.channel] += 0.2;
    reasons[fast.channel].push({
      signal: 'history',
      sv: `i butiken löstes ${fast.cases} sådana ärenden snabbast via ${CHANNEL_WORDS[fast.channel].sv} (median ${fast.medianHours.toFixed(1).replace('.', ',')} h)`,
      en: `in this shop ${fast.cases} such cases were solved fastest by ${CHANNEL_WORDS[fast.channel].en} (median ${fast.medianHours.toFixed(1)} h)`,
    });
  }
  // the shop's own cases like this one: which channel solved them
  const learned = priors.learned?.(input.text, intent);
  const tuning = priors.learnedTuning ?? { weight: LEARNED_WEIGHT, minP: LEARNED_MIN_P };
  if (learned && learned.p >= tuning.minP) {
    score[learned.channel] += tuning.weight * learned.p;
    const kind = KIND_NAMES[intent];
    reasons[learned.channel].push({
      signal: 'history',
      sv: `liknar ${learned.similar} tidigare ärenden${kind ? ` om ${kind.sv}` : ''} som löstes via ${CHANNEL_WORDS[learned.channel].sv} (${Math.round(learned.p * 100)} % säkert)`,
      en: `like ${learned.similar} earlier cases${kind ? ` about ${kind.en}` : ''} that were solved by ${CHANNEL_WORDS[learned.channel].en} (${Math.round(learned.p * 100)} % sure)`,
    });
  }
  for (const ch of Object.keys(score) as ChannelOption[]) {
    const f = priors.feedback.get(`channel:${ch}:${intent}`);
    if (f && f.accepted + f.dismissed >= 3) {
      const lean = (f.accepted - f.dismissed) / (f.accepted + f.dismissed + 2);
      score[ch] += 0.25 * lean;
      reasons[ch].push({ signal: 'feedback', sv: `agenterna har tagit förslaget ${f.accepted} av ${f.accepted + f.dismissed} gånger`, en: `agents took this suggestion ${f.accepted} of ${f.accepted + f.dismissed} times` });
    }
  }
  return (Object.keys(score) as ChannelOption[])
    .filter((ch) => !(ch === 'chat' && input.channel !== 'chat'))
    .map((ch) => ({ value: ch, score: Math.round(score[ch] * 100) / 100, reasons: reasons[ch] }))
    .sort((a, b) => b.score - a.score);
}

const CHANNEL_WORDS: Record<ChannelOption, { sv: string; en: string }> = {
  chat: { sv: 'chatt', en: 'chat' },
  email: { sv: 'e-post', en: 'e-mail' },
  callback: { sv: 'återuppringning', en: 'a callback' },
  sms: { sv: 'sms', en: 'SMS' },
};

/** The kinds of case in words an agent reads (the codes stay in the data). */
const KIND_NAMES: Record<string, { sv: string; en: string }> = {
  order_status: { sv: 'orderstatus', en: 'order status' },
  delivery_time: { sv: 'leveranstid', en: 'delivery time' },
  returns: { sv: 'retur eller byte', en: 'a return or exchange' },
  complaint: { sv: 'en reklamation', en: 'a complaint' },
  damaged: { sv: 'en skadad vara', en: 'a damaged item' },
  password: { sv: 'inloggning', en: 'signing in' },
  rebooking: { sv: 'ombokning', en: 'rebooking' },
  opening_hours: { sv: 'öppettider', en: 'opening hours' },
  invoice: { sv: 'faktura eller betalning', en: 'an invoice or payment' },
  product_advice: { sv: 'produktråd', en: 'product advice' },
  privacy: { sv: 'personuppgifter', en: 'personal data' },
  quote: { sv: 'en offert', en: 'a quote' },
  callback_confirmation: { sv: 'en återuppringning', en: 'a callback' },
  tried_to_reach: { sv: 'ett missat samtal', en: 'a missed call' },
};

export interface TemplateLike {
  id: string;
  name: string;
  category: string;
  language: 'sv' | 'en';
  keywords: string[];
}

/** Templates for the case's kind, in its language first; keywords they share with the text count too. */
export function scoreTemplates(text: string, intents: IntentFound[], templates: readonly TemplateLike[], priors: Priors, bothLanguages = false): Array<Scored<string>> {
  const lang = detectLanguage(text);
  const out: Array<Scored<string>> = [];
  for (const t of templates) {
    // the customer's language only, unless the agent asks for both
    if (!bothLanguages && t.language !== lang) continue;
    let score = 0;
    const reasons: Reason[] = [];
    const hit = intents.find((i) => i.intent === t.category);
    if (hit) {
      score += 1 + hit.score * 0.2 - intents.indexOf(hit) * 0.3;
      const kind = KIND_NAMES[t.category] ?? { sv: t.category, en: t.category };
      const words = hit.words.slice(0, 3).join(', ');
      const pct = hit.learned ? Math.round(hit.learned.p * 100) : 0;
      reasons.push(
        hit.learned
          ? { signal: 'intent', sv: `liknar ${hit.learned.examples} exempel om ${kind.sv} (${pct} % säker): ${words}`, en: `like ${hit.learned.examples} examples about ${kind.en} (${pct} % sure): ${words}` }
          : { signal: 'intent', sv: `handlar om ${kind.sv}: ${words}`, en: `about ${kind.en}: ${words}` },
      );
    }
    const kw = findWords(text, t.keywords);
    if (kw.length) {
      score += 0.2 * kw.length;
      reasons.push({ signal: 'intent', sv: `nyckelord: ${kw.slice(0, 3).join(', ')}`, en: `keywords: ${kw.slice(0, 3).join(', ')}` });
    }
    if (score <= 0) continue;
    score += t.language === lang ? 0.5 : -0.5;
    const f = priors.feedback.get(`template:${t.id}`);
    if (f && f.accepted + f.dismissed >= 3) score += 0.3 * ((f.accepted - f.dismissed) / (f.accepted + f.dismissed + 2));
    out.push({ value: t.id, score: Math.round(score * 100) / 100, reasons });
  }
  return out.filter((x) => x.score > 0).sort((a, b) => b.score - a.score).slice(0, 3);
}

export type PriorityLevel = 'urgent' | 'high' | 'normal';

/** What to answer first: time waited against the channel's target, urgent words, an upset or returning customer. */
export function scorePriority(input: SuggestInput, signals: Signal[]): Scored<PriorityLevel> {
  let score = 0;
  const reasons: Reason[] = [];
  for (const s of signals) {
    const w = s.id === 'waitedLong' ? 1 : s.id === 'urgency' ? 0.8 : s.id === 'anger' ? 0.7 : s.id === 'repeatContact' ? 0.5 : s.id === 'complaint' ? 0.2
      : s.id === 'safety' || s.id === 'fraud' || s.id === 'vulnerable' ? 0.8 : 0;
    if (w === 0) continue;
    score += w * s.strength;
    reasons.push(reasonOf(s));
  }
  const value: PriorityLevel = score >= 1.2 ? 'urgent' : score >= 0.6 ? 'high' : 'normal';
  return { value, score: Math.round(score * 100) / 100, reasons };
}

/** What to answer first, without the rest of the suggestions (the "Svara först" list ranks 100 cases). */
export function suggestPriority(input: SuggestInput): Scored<PriorityLevel> {
  return scorePriority(input, computeSignals(input));
}

export interface Suggestions {
  language: 'sv' | 'en';
  intent: { value: Intent; words: string[]; learned?: { p: number; examples: number } };
  signals: Signal[];
  channel: Array<Scored<ChannelOption>>;
  templates: Array<Scored<string>>;
  priority: Scored<PriorityLevel>;
}

/**
 * A follow-up that asks after the matter quoted ("any news?", "hur går det med detta?") or points
 * to it ("se nedan"). Not any question: "har ni presentkort?" above a quoted answer about a return
 * asks about gift cards, a thing no template answers, not about the return.
 */
const ASKS_ABOUT_QUOTE =
  /\b(any (news|update|updates|word)|anything new|news on this|an update|what'?s (happening|the status)|status on this|following up|follow(ing)? up on|n[åa]gra nyheter|n[åa]got nytt|nya besked|hur g[åa]r det|har ni hunnit|har ni kollat|h[öo]rt n[åa]got|p[åa]minnelse|reminder|se nedan|see below|se (mejlet|mailet|tr[åa]den) nedan|see the (email|thread) below)\b/iu;

/** Every suggestion for one case, each with the signals behind it. Pure: no store, no clock. */
export function suggest(
  input: SuggestInput,
  templates: readonly TemplateLike[],
  priors: Priors = NO_PRIORS,
  o: { bothLanguages?: boolean; kindModel?: KindModel | null; intents?: IntentFound[] } = {},
): Suggestions {
  // `intents`: the kinds the caller already read from this text. A kindModel of undefined takes
  // classifyIntents' default, the shipped model; null is the rules alone.
  const own = o.intents ?? classifyIntents(input.text, o.kindModel);
  // a follow-up that names no matter ("Hello, any news?", "se nedan") is about the one it quotes;
  // a thank-you that names none ("Tack, nu kom jag in!") closes it, whatever it quotes, and a
  // question of its own ("har ni presentkort?") is its own
  const intents = own.length === 0 && input.quoted && ASKS_ABOUT_QUOTE.test(input.text) ? classifyIntents(input.quoted, o.kindModel) : own;
  const intent = intents[0]?.intent ?? 'general';
  const signals = computeSignals(input, intents[0] ? { kind: { intent, words: intents[0].words } } : {});
  return {
    language: detectLanguage(input.text),
    intent: { value: intent, words: intents[0]?.words ?? [], ...(intents[0]?.learned ? { learned: intents[0].learned } : {}) },
    signals,
    channel: scoreChannels(input, signals, intent, priors),
    templates: scoreTemplates(input.text, intents, templates, priors, o.bothLanguages === true),
    priority: scorePriority(input, signals),
  };
}
