import { isUtf8 } from 'node:buffer';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';

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

/** "<a@b>" → "a@b"; several ids in one header are split. */
export function messageIds(value: string | string[] | undefined): string[] {
  const all = Array.isArray(value) ? value.join(' ') : (value ?? '');
  // an id without '@' is no Message-ID (git-send-email's `In-Reply-To: <yes>`): it links nothing
  const ids = (all.match(/<[^<>\s]+>/g)?.map((v) => v.slice(1, -1)) ?? []).filter((v) => v.includes('@'));
  if (ids.length) return ids;
  return all.split(/\s+/).filter((v) => /^[^@<>]+@[^@<>]+$/.test(v));
}

function addresses(a: AddressObject | AddressObject[] | undefined): Address[] {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return list.flatMap((o) =>
    o.value.flatMap((v) => (v.group ? v.group : [v])).flatMap((v) => (v.address ? [{ name: v.name ?? '', address: v.address.toLowerCase() }] : [])),
  );
}

/**
 * Parse a raw RFC 5322 message with mailparser: charsets (UTF-8, ISO-8859-1, Windows-1252),
 * encoded words, quoted-printable and base64 all come out as JavaScript strings. Calendar parts
 * and winmail.dat stay attachments.
 */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  const m: ParsedMail = await simpleParser(undeclared8bit(raw), { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, keepCidLinks: true });
  const html = typeof m.html === 'string' ? m.html : null;
  const text = m.text ?? (html ? htmlToPlain(html) : '');
  return {
    messageId: messageIds(m.messageId)[0] ?? null,
    inReplyTo: messageIds(m.inReplyTo)[0] ?? null,
    references: messageIds(m.references),
    subject: m.subject ?? '',
    from: addresses(m.from)[0] ?? null,
    replyTo: addresses(m.replyTo)[0] ?? null,
    to: addresses(m.to),
    cc: addresses(m.cc),
    date: m.date && !Number.isNaN(m.date.getTime()) ? m.date.getTime() : null,
    text: text.replace(/\r\n/g, '\n').trim(),
    html,
    attachments: m.attachments.map((a, i) => ({
      filename: a.filename ?? (a.contentType === 'text/calendar' ? 'invite.ics' : `attachment-${i + 1}`),
      contentType: a.contentType || 'application/octet-stream',
      content: a.content,
      contentId: a.cid ?? null,
      inline: a.contentDisposition === 'inline' && Boolean(a.cid),
    })),
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
