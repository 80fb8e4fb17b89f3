import { ANOTHER_ONE, CARD_WORDS, DOES_NOT_WORK, LEXICON, PAID_WORDS, PHOTO_WORDS, SWEDISH_MARKERS, ENGLISH_MARKERS, fold } from './lexicon';
import { findWords } from './wordFinder';
import { afterCorrection } from './correction';
import { cuesIn } from './cues';
import { formatDuration } from '../../../shared/domain/durations';
import { wishesIn, type WishId } from './wishes';

/** What the engine knows about a case when it suggests. */
export interface SuggestInput {
  channel: 'chat' | 'email' | 'phone' | 'sms' | 'walkin';
  /** The customer's words (all their messages in the case, oldest first). */
  text: string;
  /**
   * The shop's answer or the mail the customer quoted or forwarded below their last words
   * (customerWords.ts): read for the kind of case only where their own words name none ("any news?").
   */
  quoted?: string;
  /** Back-and-forth turns so far (a customer message after a shop message counts one). */
  turns: number;
  attachments: number;
  /** The customer's earlier cases, by channel, and how many are about the same kind of thing. */
  history: { channels: string[]; sameIntent: number };
  /** Whether the shop is open now. */
  openNow: boolean;
  /** How long the customer has waited, against the channel's target (1 = at the target). */
  waitRatio: number | null;
  /** The channel's response target, to say "37 h past the target" rather than a percentage. */
  waitTargetMs?: number;
  /** The customer has a phone number / an e-mail address on record. */
  hasPhone: boolean;
  hasEmail: boolean;
}

/** One thing noticed, with its strength (0–1) and the words or figures behind it. */
export interface Signal {
  id: SignalId;
  strength: number;
  /** What was seen, for the reason shown to the agent ("trasig", "3 frågor"). */
  evidence: string[];
}

export type SignalId =
  | 'quickQuestion' | 'longText' | 'manyQuestions' | 'documents' | 'complaint' | 'sensitive' | 'anger' | 'urgency'
  | 'manyTurns' | 'phoneWish' | 'repeatContact' | 'closedNow' | 'attachments' | 'waitedLong'
  | 'smsWish' | 'writingWish' | 'chatWish' | 'refusesCall' | 'refusesEmail' | 'refusesSms'
  | 'vulnerable' | 'safety' | 'fraud' | 'privacy' | 'quote' | 'confused';

const clamp = (x: number) => Math.max(0, Math.min(1, x));

/** Questions asked: a run of marks is one question asked loudly ("var är mitt paket???"). */
export function countQuestions(text: string): number {
  return (text.match(/\?+/g) ?? []).length;
}

/** A friendly face: "!!" beside one is glad, not loud ("hej!! 😊"). */
const FRIENDLY = /[\u{1F600}-\u{1F60A}\u{1F60D}\u{1F642}\u{1F917}\u{1F970}\u{1F64F}\u{1F44D}\u{2764}\u{2665}\u{2728}\u{1F389}]|[:;]-?[)D]/u;
/** "!!" after a greeting or a thank-you is glad too ("tusen tack!!", "hej!!"). */
const GLAD_BANGS = /\b(hej|hejsan|halla|tack|tackar|thanks|thank you|hi|hello|hey|toppen|super|great|perfect|perfekt|grymt|underbart|wow|yay)!{2,}/giu;

/** Under this share of small letters, a text is written in capitals. */
const ALL_CAPS = 0.1;

/**
 * How loud a text is, 0 to 1: words in capitals among ordinary ones ("det här är FJÄRDE gången"),
 * and runs of "!!". A text written all in capitals says nothing by its capitals: many write so by
 * habit (caps lock, an old phone), and read as shouting, an opening-hours question in capitals was
 * advised a callback (the development part put in capitals: channel macro-F1 0.377, against 0.983
 * as written; 0.986 with this, and 4 of 1,943 messages advised otherwise than as written).
 */
/** Words written in capitals that are names of things, not shouting ("funkar dimmern med LED-lampor?"). */
const ABBREVIATIONS = new Set(['LED', 'USB', 'GDPR', 'VAT', 'SEO', 'BRF', 'IKEA', 'BPA', 'FAQ', 'EUR', 'SEK', 'SMS', 'RCS', 'OCR', 'PDF', 'RGB', 'HDMI', 'DHL', 'UPS', 'GLS', 'PIN', 'ETA', 'CEO', 'ESD', 'AAA', 'BANKID',
  // what a thing is made of or has ("har cykelhjälmen MIPS?", "is the case TPU?")
  'MIPS', 'GPS', 'NFC', 'ABS', 'TPU', 'IPX', 'LCD', 'OLED', 'WIFI', 'DAB', 'ANC', 'SPF', 'PVC', 'MDF', 'RFID', 'DIY', 'ISO', 'USA', 'CBD', 'SUP', 'MTB', 'GTX', 'EAN', 'RPM', 'DPI', 'EPS', 'PFAS', 'FSC']);

export function shouting(text: string): number {
  const letters = text.replace(/[^\p{L}]/gu, '').length || 1;
  let caps = (text.match(/\b\p{Lu}{3,}\b/gu) ?? []).filter((w) => !ABBREVIATIONS.has(w)).join('').length;
  if ((text.match(/\p{Ll}/gu) ?? []).length / letters < ALL_CAPS) caps = 0;
  const runs = (text.match(/!{2,}/g) ?? []).length;
  const bangs = runs === 0 || FRIENDLY.test(text) ? 0 : runs - (fold(text).match(GLAD_BANGS) ?? []).length;
  return clamp(caps / letters * 3 + bangs * 0.25);
}

/** The markers as the text is read, folded, once (folding them for each word was a tenth of a suggestion's time). */
const SV_MARKERS = new Set(SWEDISH_MARKERS.map(fold));
const EN_MARKERS = new Set<string>(ENGLISH_MARKERS);

export function detectLanguage(text: string): 'sv' | 'en' {
  const words = fold(text).split(/[^a-z]+/);
  const sv = words.filter((w) => SV_MARKERS.has(w)).length + (/[åäö]/i.test(text) ? 2 : 0);
  const en = words.filter((w) => EN_MARKERS.has(w)).length;
  return en > sv ? 'en' : 'sv';
}

/**
 * What "svara här" / "answer here" asks for, by the channel the message came by; a note typed from a
 * call or a visit has no "here" to answer in.
 */
const HERE_IS: Record<SuggestInput['channel'], SignalId | null> = { chat: 'chatWish', email: 'writingWish', sms: 'smsWish', phone: null, walkin: null };

/**
 * A fault named as the case a policy question is about ("är returen gratis om varan är felaktig?", "what if
 * it arrives broken?"): no fault of this customer's.
 */
const FAULT_IF = /\b(om|ifall|if|in case|what if) (varan|den|det|en vara|produkten|saken|the item|an item|it|the product|something|nagot|a product)( (ar|blir|skulle vara|visar sig vara|is|was|turns out to be|arrives|comes|kommer))? (felaktig|felaktigt|trasig|trasigt|skadad|skadat|sonder|defekt|faulty|broken|damaged|defective)\b/;

/**
 * Every signal in the input, the absent ones left out. `kind`: the kind the case was read as, and
 * the words that said so. Where the words and cues below found nothing, a kind that needs a written
 * trail gives its signal: a complaint or damage ("lampan flimrar sen första dagen"), a payment, a
 * privacy request, a quote.
 */
export function computeSignals(i: SuggestInput, o: { kind?: { intent: string; words: string[] } } = {}): Signal[] {
  const out: Signal[] = [];
  const add = (id: SignalId, strength: number, evidence: string[] = []) => strength > 0 && out.push({ id, strength: clamp(strength), evidence });
  const words = i.text.trim().split(/\s+/).filter(Boolean).length;
  const questions = countQuestions(i.text);
  const kindSays = (...kinds: string[]) => (o.kind && kinds.includes(o.kind.intent) ? o.kind.words : []);
  const cues = cuesIn(i.text);
  // mail that is no customer's (a scam, text that instructs the tool) moves nothing: no money, fault,
  // tone or danger in it is a customer's, so it stays where it came and is not put first
  if (cues.has('notFromCustomer')) return out;
  // the shop's own website or chat at fault ("er chatt funkar inte i min telefon") is no complaint
  // about a thing bought, nor is a login that fails ("inloggningen funkar inte"): both stay where asked
  // (nor is a return's label that will not scan: "returfraktsedeln funkar inte i automaten")
  const notAThing = cues.has('siteFault') || cues.has('labelFault') || o.kind?.intent === 'password';
  // (and another colour asked for in an exchange is no fault: "byta tröjan mot en annan färg")
  const swap = cues.has('swapFor');
  // (nor a fault asked after before it happens: "will the casserole crack on a gas flame?")
  const askedBefore = (cues.has('faultAsked') || cues.has('resistAsked') || cues.has('faultIf')) && o.kind?.intent === 'product_advice';
  const faultIf = fold(i.text).match(FAULT_IF)?.[0];
  // (nor the words inside what says they tell no fault: a seal broken by opening, a complaint's word
  // disowned, "not complaining, just curious", the wrong colour the customer chose, "blev fel färg när
  // jag beställde, mitt fel", a warranty asked about before a fault, "is the battery covered by the warranty too?")
  const noFaultIn = (['sealBroken', 'noComplaintMeant', 'boughtByMistake', 'howLongItLasts'] as const).flatMap((id) => cues.get(id) ?? []);
  const faultWords = notAThing || askedBefore ? [] : [...findWords(i.text, LEXICON.complaint), ...findWords(i.text, LEXICON.damaged)].filter((w) => !(swap && ANOTHER_ONE.includes(w)) && !faultIf?.includes(w.trim()) && !noFaultIn.some((m) => m.includes(fold(w))));
  // (nor an order's tracking that "does not work": "min order står som skickad men spårningen funkar inte";
  // nor a time that "doesn't work": "the 2pm doesn't work after all")
  const onlyDoesNotWork = faultWords.every((w) => DOES_NOT_WORK.includes(w));
  const found = (o.kind?.intent === 'order_status' || cues.has('timeNoGood')) && onlyDoesNotWork ? [] : faultWords;
  const complaint = found.length ? found : kindSays('complaint', 'damaged');
  // which ways to pay there are ("kan man betala med klarna?") is a quick question, not this customer's
  // payment; nor is money named as the day an order was paid ("ni tog betalt för en vecka sen")
  // (a refund is no payment matter at all, so the sensitive list has no word for one: asked in the
  // chat, "refund when", "kan jag få presentkort i stället för återbetalning?", it is a return's question)
  // (words inside the payment told as the order's proof, "my card got charged but no confirmation", are its too)
  const paid = cues.get('paidWhen');
  // (nor a card named on a visit, "is there an ATM near your shop? my cards are all from abroad", nor
  // a firm's own invoice to the shop, "our invoice was returned")
  const toShop = cues.get('toTheShop');
  const money = cues.has('waysToPay') ? [] : findWords(i.text, LEXICON.sensitive).filter((w) => !(cues.has('visit') && CARD_WORDS.includes(w)) && !toShop?.includes(fold(w)) && !(paid && (PAID_WORDS.includes(w) || paid.includes(fold(w)))));
  const sensitive = money.length ? money : kindSays('invoice');
  // a receipt the customer does not have is nothing to send ("en present utan kvitto"), nor one they
  // ask whether they need ("behöver jag kvittot?"), nor are photos the customer means to take ("får
  // man fotografera i butiken? vill ta bilder till min blogg")
  const noReceipt = cues.has('noReceipt');
  // (nor is a picture of the shop's pointed at, "den gröna vasen på bilden", where no fault is told: a
  // fault's "på bilden" is most often the customer's own picture)
  const noPhotoToSend = cues.has('photosTaken') || (cues.has('pictureSeen') && complaint.length === 0);
  // nor is a copy asked to be the genuine one ("är det en kopia?": an imitation)
  const fake = cues.has('fakeAsked');
  const documents = findWords(i.text, LEXICON.documents).filter((w) => !(noReceipt && (w === 'kvitto' || w === 'receipt')) && !(noPhotoToSend && PHOTO_WORDS.includes(w)) && !(fake && (w === 'kopia' || w === 'copy of')));
  const angerWords = findWords(i.text, LEXICON.anger);
  const shout = shouting(i.text);

  const upset = angerWords.length > 0 || shout > 0.15;
  // (a contact told to be one of several, "I have asked you four times", is no quick question either)
  const repeatTold = cues.has('repeatStated');
  if (words <= 30 && questions <= 1 && complaint.length === 0 && sensitive.length === 0 && documents.length === 0 && !upset && !repeatTold && i.turns < 6) add('quickQuestion', 1, [`${words}`]);
  if (words > 80) add('longText', (words - 80) / 120 + 0.4, [`${words}`]);
  if (questions >= 3) add('manyQuestions', (questions - 2) / 3 + 0.4, [`${questions}`]);
  if (documents.length) add('documents', 0.5 + 0.25 * documents.length, documents);
  if (i.attachments > 0) add('attachments', 0.6, [`${i.attachments}`]);
  if (complaint.length) add('complaint', 0.5 + 0.25 * complaint.length, complaint);
  if (sensitive.length) add('sensitive', 0.5 + 0.25 * sensitive.length, sensitive);
  if (angerWords.length || shout > 0.15) add('anger', 0.35 * angerWords.length + shout, [...angerWords, ...(shout > 0.15 ? ['!!/CAPS'] : [])]);
  const urgency = findWords(i.text, LEXICON.urgency);
  if (urgency.length) add('urgency', 0.5 + 0.25 * urgency.length, urgency);
  if (i.turns >= 6) add('manyTurns', (i.turns - 4) / 8, [`${i.turns}`]);
  // what the customer asks for, or refuses, in so many words
  const wishes = wishesIn(i.text);
  const wish = (w: WishId, id: SignalId) => wishes.has(w) && add(id, 1, [wishes.get(w)!]);
  wish('call', 'phoneWish');
  wish('sms', 'smsWish');
  wish('writing', 'writingWish');
  // "svara här" asks for the answer where the message came: by SMS in an answer to the shop's SMS,
  // by e-mail in an e-mail, in the chat in the chat; the chat named ("svara i chatten") is the chat
  // wherever it is written
  const here = wishes.get('here');
  const hereMeans = here?.includes('chat') ? 'chatWish' : HERE_IS[i.channel];
  if (hereMeans && !out.some((s) => s.id === hereMeans)) wish('here', hereMeans);
  wish('noCall', 'refusesCall');
  wish('noEmail', 'refusesEmail');
  wish('noSms', 'refusesSms');
  // When a voice's cue calls for none: a vulnerable customer in a thank-you with nothing asked ("Sara
  // helped my elderly mother, thank you"), or whose wheelchair is told to ask whether the premises suit
  // it ("does your shop have a step-free entrance? My husband uses a wheelchair": the visit's reason,
  // answered in writing like it); a message not understood by one it was not meant for ("Vem är du? Jag
  // förstår inte detta meddelande")
  const thanksOnly = cues.has('praise') && !cues.has('question') && !cues.has('contrast');
  const accessAsked = cues.has('visit') && /\b(wheelchair|rullstol)/.test(cues.get('vulnerable') ?? '');
  const voices = ['vulnerable', 'safety', 'fraud', 'confused'] as const;
  const noVoice: Partial<Record<(typeof voices)[number], boolean>> = { vulnerable: thanksOnly || accessAsked, confused: cues.has('notMeantForMe') || cues.has('otherBuyerMeant'), fraud: cues.has('otherBuyerMeant') };
  for (const id of voices) if (cues.has(id) && !noVoice[id]) add(id, 1, [cues.get(id)!]);
  // a privacy request or a quote is the case's kind, so it is read where the kind is: after what the
  // customer took back ("kan man bli återförsäljare? nej förresten, har ni rea snart?" asks no quote)
  const kept = afterCorrection(i.text);
  const asked = kept === i.text ? cues : cuesIn(kept);
  for (const id of ['privacy', 'quote'] as const) {
    if (asked.has(id)) add(id, 1, [asked.get(id)!]);
    else if (kindSays(id).length) add(id, 1, kindSays(id));
  }
  // a repeat contact: from the shop's history, or stated ("tredje gången jag skriver")
  if (i.history.sameIntent > 0) add('repeatContact', 0.4 + 0.3 * i.history.sameIntent, [`${i.history.sameIntent}`]);
  else if (repeatTold) add('repeatContact', 1, [cues.get('repeatStated')!]);
  if (!i.openNow) add('closedNow', 1);
  if (i.waitRatio !== null && i.waitRatio > 0.5) {
    // "+37 h": past the target by that much; "-20 min": that much left (reasons.ts words it)
    const evidence = i.waitTargetMs ? `${i.waitRatio >= 1 ? '+' : '-'}${formatDuration((i.waitRatio - 1) * i.waitTargetMs)}` : `${Math.round(i.waitRatio * 100)}%`;
    add('waitedLong', i.waitRatio / 2, [evidence]);
  }
  return out;
}
