import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Language } from '../../../shared/domain/settings';
import type { DeliveryProblem } from '../../../shared/contract/schemas';
import type { Address } from './parseEmail';
import { threadSubject } from './threading';

export type ReplyMode = 'reply' | 'replyAll' | 'forward' | 'new';

/** Everything needed to build the message again, byte for byte: kept in the outbox row. */
export interface EmailPayload {
  from: Address;
  to: Address[];
  cc: Address[];
  subject: string;
  text: string;
  /** Without angle brackets; fixed when the message is queued, so a retry is the same message. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  date: number;
  attachments: Array<{ filename: string; sha256: string; contentType: string }>;
  /** The local message this answers: it gets \Answered on the server once sent. */
  answers: number | null;
  /** What the agent typed, without signature and quote: given back on undo. */
  typed?: string;
  followUps?: { sentCopy: boolean; answered: boolean };
  /** The last attempt ended so that the message may have gone out (a timeout after DATA …). */
  ambiguous?: boolean;
  /** The agent who wrote it: in X-Vaxel-Agent, so a colleague's Växel can say who answered. */
  agent?: string;
  /** Held because the thread changed, then sent anyway by the agent: not checked again. */
  guardOverridden?: boolean;
  /** Kept by the demo's mailbox instead of sent (demo/seedDemo.ts): shown as such on the message. */
  demo?: boolean;
  /** Why the last attempt failed (the window words it). */
  problemKind?: DeliveryProblem;
}

export interface Original {
  subject: string | null;
  bodyText: string;
  createdAt: number;
  rfcMessageId: string | null;
  from: Address | null;
  replyTo: Address | null;
  to: Address[];
  cc: Address[];
  references: string[];
}

export const newMessageId = (address: string) => `${randomUUID()}@${address.split('@')[1] ?? 'vaxel.invalid'}`;

const PREFIX: Record<'reply' | 'forward', Record<Language, string>> = {
  reply: { sv: 'Sv: ', en: 'Re: ' },
  forward: { sv: 'Vb: ', en: 'Fwd: ' },
};

/** "Re: Trasig leverans", never "Re: Sv: Re: Trasig leverans". */
export function replySubject(original: string, mode: 'reply' | 'forward', lang: Language): string {
  const base = original.replace(/^\s*((re|sv|aw|fw|fwd|vb|vs)(\[\d+\])?\s*:\s*)+/i, '').trim();
  return `${PREFIX[mode][lang]}${base || threadSubject(original) || '…'}`;
}

const same = (a: Address, b: Address) => a.address.toLowerCase() === b.address.toLowerCase();
const uniq = (list: Address[], except: Address[]) =>
  list.filter((a, i) => a.address && !except.some((e) => same(e, a)) && list.findIndex((b) => same(a, b)) === i);

/** Who a reply goes to: Reply-To or From; reply-all adds the other To and Cc, never the shop itself. */
export function replyRecipients(o: Original, mode: ReplyMode, shop: Address): { to: Address[]; cc: Address[] } {
  if (mode === 'forward' || mode === 'new') return { to: [], cc: [] };
  const primary = o.replyTo ?? o.from;
  const to = uniq(primary ? [primary] : [], [shop]);
  if (mode === 'reply') return { to, cc: [] };
  return { to: uniq([...to, ...o.to], [shop]), cc: uniq(o.cc, [shop, ...to, ...o.to]) };
}

function quoted(o: Original, lang: Language, timeZone: string): string {
  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(o.createdAt);
  const who = o.from ? (o.from.name ? `${o.from.name} <${o.from.address}>` : o.from.address) : '';
  const head = lang === 'sv' ? `${when} skrev ${who}:` : `On ${when}, ${who} wrote:`;
  return `${head}\n${o.bodyText.split('\n').map((l) => (l.startsWith('>') ? `>${l}` : `> ${l}`)).join('\n')}`;
}

function forwarded(o: Original, lang: Language, timeZone: string): string {
  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(o.createdAt);
  const addr = (a: Address) => (a.name ? `${a.name} <${a.address}>` : a.address);
  const l = lang === 'sv' ? ['Vidarebefordrat meddelande', 'Från', 'Datum', 'Ämne', 'Till'] : ['Forwarded message', 'From', 'Date', 'Subject', 'To'];
  return [`---------- ${l[0]} ----------`, `${l[1]}: ${o.from ? addr(o.from) : ''}`, `${l[2]}: ${when}`, `${l[3]}: ${o.subject ?? ''}`, `${l[4]}: ${o.to.map(addr).join(', ')}`, '', o.bodyText].join('\n');
}

/** The text as sent: the agent's words, the signature, then the quoted or forwarded original. */
export function emailBody(body: string, signature: string, mode: ReplyMode, o: Original | null, lang: Language, timeZone: string): string {
  const parts = [body.trimEnd()];
  if (signature.trim()) parts.push(`-- \n${signature.trim()}`);
  if (o && (mode === 'reply' || mode === 'replyAll')) parts.push(quoted(o, lang, timeZone));
  if (o && mode === 'forward') parts.push(forwarded(o, lang, timeZone));
  return `${parts.join('\n\n')}\n`;
}

/** Threading headers: In-Reply-To the parent, References its references plus the parent. */
export function threadingHeaders(o: Original | null, mode: ReplyMode): { inReplyTo: string | null; references: string[] } {
  if (!o?.rfcMessageId || mode === 'new') return { inReplyTo: null, references: [] };
  const refs = [...o.references.filter((r) => r !== o.rfcMessageId), o.rfcMessageId];
  // long threads: keep the root and the most recent ones (RFC 5322 §3.6.4 allows trimming)
  const trimmed = refs.length > 20 ? [refs[0]!, ...refs.slice(-19)] : refs;
  return mode === 'forward' ? { inReplyTo: null, references: trimmed } : { inReplyTo: o.rfcMessageId, references: trimmed };
}

/** The RFC 5322 bytes of a queued e-mail; the same payload always gives the same headers. */
export async function buildRawEmail(p: EmailPayload, readAttachment: (sha: string) => Buffer): Promise<Buffer> {
  const addr = (a: Address) => ({ name: a.name, address: a.address });
  return new MailComposer({
    from: addr(p.from),
    to: p.to.map(addr),
    cc: p.cc.map(addr),
    subject: p.subject,
    text: p.text,
    messageId: `<${p.messageId}>`,
    date: new Date(p.date),
    inReplyTo: p.inReplyTo ? `<${p.inReplyTo}>` : undefined,
    references: p.references.length ? p.references.map((r) => `<${r}>`).join(' ') : undefined,
    attachments: p.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: readAttachment(a.sha256) })),
    headers: { 'X-Mailer': 'Växel', ...(p.agent ? { 'X-Vaxel-Agent': p.agent } : {}) },
    baseBoundary: p.messageId.replace(/[^a-z0-9]/gi, '').slice(0, 24),
  })
    .compile()
    .build();
}
