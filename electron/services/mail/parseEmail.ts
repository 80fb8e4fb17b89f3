import { isUtf8 } from 'node:buffer';
import PostalMime, { type Address as PostalAddress, type Attachment as PostalAttachment } from 'postal-mime';

export interface Address {
  name: string;
  address: string;
}

export interface ParsedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
  contentId: string | null;
  inline: boolean;
}

export interface ParsedEmail {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  subject: string;
  from: Address | null;
  replyTo: Address | null;
  to: Address[];
  cc: Address[];
  date: number | null;
  text: string;
  html: string | null;
  attachments: ParsedAttachment[];
}

/** A message without its attachments: its headers and its text. */
export type ParsedText = Omit<ParsedEmail, 'attachments'>;

/** "<a@b>" → "a@b"; several ids in one header are split. */
export function messageIds(value: string | string[] | undefined): string[] {
  const all = Array.isArray(value) ? value.join(' ') : (value ?? '');
  // an id without '@' is no Message-ID (git-send-email's `In-Reply-To: <yes>`): it links nothing
  const ids = (all.match(/<[^<>\s]+>/g)?.map((v) => v.slice(1, -1)) ?? []).filter((v) => v.includes('@'));
  if (ids.length) return ids;
  return all.split(/\s+/).filter((v) => /^[^@<>]+@[^@<>]+$/.test(v));
}

function addresses(list: PostalAddress[] | PostalAddress | undefined): Address[] {
  const all = Array.isArray(list) ? list : list ? [list] : [];
  return all
    .flatMap((a) => a.group ?? [a])
    .flatMap((a) => (a.address && a.address.includes('@') ? [{ name: oneLine(a.name ?? ''), address: a.address.toLowerCase() }] : []));
}

/** A header's words on one line: folding keeps its tab or spaces (RFC 5322 unfolding), a reader wants one space. */
const oneLine = (s: string): string => windows1252Controls(s).replace(/\s+/g, ' ').trim();

// Windows-1252's printable characters at 0x80–0x9F, where ISO-8859-1 has control codes
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Mail labelled ISO-8859-1 or Windows-1252 is read as Windows-1252 by every mail program, but
 * Node 20's TextDecoder reads both as ISO-8859-1, so “quotes” and € came out as invisible control
 * codes. Those codes have no business in a mail's text, so each is read as Windows-1252's character.
 */
export function windows1252Controls(s: string): string {
  return /[\u0080-\u009f]/.test(s) ? s.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!) : s;
}

/** The Date header as epoch ms, or null when it is missing or says no date. */
function dateOf(value: string | undefined): number | null {
  if (!value) return null;
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? null : t;
}

function attachmentOf(a: PostalAttachment, i: number): ParsedAttachment {
  const c = a.content;
  // a view of the bytes postal-mime decoded, not a copy of them
  const content = typeof c === 'string' ? Buffer.from(c) : c instanceof ArrayBuffer ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
  const contentType = a.mimeType || 'application/octet-stream';
  const contentId = a.contentId ? a.contentId.replace(/^<|>$/g, '') : null;
  return {
    filename: a.filename ?? (contentType === 'text/calendar' ? 'invite.ics' : `attachment-${i + 1}`),
    contentType,
    content,
    contentId,
    inline: a.disposition === 'inline' && Boolean(contentId),
  };
}

/**
 * Parse a raw RFC 5322 message with postal-mime: charsets (UTF-8, ISO-8859-1, Windows-1252 and
 * the rest TextDecoder knows), encoded words, quoted-printable and base64 all come out as
 * JavaScript strings. Calendar parts, winmail.dat and forwarded messages stay attachments.
 * postal-mime replaced mailparser because it reads a message in about 60 % of the time, and parsing
 * was the largest single cost of an initial sync (the e-mail benchmark in the README).
 */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  const m = await PostalMime.parse(undeclared8bit(raw), { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
  const html = m.html ? windows1252Controls(m.html) : null;
  const text = windows1252Controls(m.text ?? (html ? htmlToPlain(html) : ''));
  return {
    messageId: messageIds(m.messageId)[0] ?? null,
    inReplyTo: messageIds(m.inReplyTo)[0] ?? null,
    references: messageIds(m.references),
    subject: oneLine(m.subject ?? ''),
    from: addresses(m.from)[0] ?? null,
    replyTo: addresses(m.replyTo)[0] ?? null,
    to: addresses(m.to),
    cc: addresses(m.cc),
    date: dateOf(m.date),
    text: text.replace(/\r\n/g, '\n').trim(),
    html,
    attachments: m.attachments.map(attachmentOf),
  };
}

/** A readable text body from HTML, for search and previews when a message has no text part. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Old mailers send 8-bit text without saying which charset. When nothing in the message names a
 * charset and the bytes are not UTF-8, read them as Windows-1252 (a superset of ISO-8859-1), as
 * mail programs do, so "Första" does not turn into "F\uFFFDrsta".
 */
export function undeclared8bit(raw: Buffer): Buffer {
  if (isUtf8(raw) || /charset\s*=/i.test(raw.toString('latin1'))) return raw;
  return Buffer.from(new TextDecoder('windows-1252').decode(raw), 'utf8');
}
