/**
 * The words a customer wrote in an e-mail, without what their mail program added: the message they
 * answer, quoted below a reply header ("Den tors 3 dec. 2026 kl 10:12 skrev Butiken <info@butik.se>:",
 * "On Thu, 3 Dec 2026 at 10:12, Shop <info@shop.se> wrote:", Outlook's "-----Original Message-----"
 * or "Från: … / Skickat: …"), lines quoted with ">", and the signature after "-- " or a phone's
 * "Skickat från min iPhone". The quoted answer is the shop's own words: read as the customer's, a
 * "Tack!" under a quoted answer about a return was a return, and a phone number in a signature
 * is no wish to be called.
 *
 * Hand-written because the kept library for this (email-reply-parser, Crisp's) needs Node 22 and
 * pulls in the native re2 as a peer; what is needed here is a few patterns (customerWords.test.ts).
 */

/**
 * A reply header says "skrev" or "wrote" and ends with a colon ("… skrev Butiken <info@butik.se>:",
 * "… Shop <info@shop.se> wrote:"), and names an address or a time of day: the customer's own
 * "jag skrev till er den 3 december:" names neither.
 */
const REPLY_HEADER = /\b(skrev|wrote|a écrit|schrieb|kirjoitti)\b.*:\s*$/i;
const DATE_OR_ADDRESS = /@|\d{1,2}[:.]\d{2}/;
/**
 * A reply header inside a line, where a mail's text lost its line breaks (an HTML mail read as one
 * paragraph: "… /Birgitta > Den 4 dec. 2026 kl. 16:40 skrev Garnboden: > Hej Birgitta …",
 * "Best, Priya > On 3 Dec 2026, at 11:02, Brudsalongen wrote: > …"): "Den" or "On" and a day's
 * number, then a sender who "skrev" or "wrote" and a colon. The customer's own "Den 3 december
 * skrev jag till er:" or "On Monday I wrote:" names no sender, so is none. A time's colon and an
 * address in angle brackets may stand inside it.
 */
const HEADER_PART = String.raw`(?:[^:<>]|<[^<>]{1,80}>|(?<=\d):(?=\d))`;
const INLINE_REPLY_HEADERS = [
  new RegExp(String.raw`(?:^|\s)>?\s*\bden\s+(?:[a-zåäö]{2,6}\.?\s+)?\d{1,2}\b${HEADER_PART}{0,80}?\sskrev\s+(?!(?:jag|vi|ni|du|han|hon|de|dom|man)\b)${HEADER_PART}{1,80}:`, 'iu'),
  new RegExp(String.raw`(?:^|\s)>?\s*\bon\s+(?:[a-z]{2,9},?\s+)?\d{1,2}\b${HEADER_PART}{0,120}?(?<!\b(?:i|we|you|he|she|they))\s+wrote:`, 'i'),
];
/** The words of a separator before the original or a forwarded mail, in the languages mail programs write them. */
const ORIGINAL_WORDS = '(original message|ursprungligt meddelande|vidarebefordrat meddelande|forwarded message|videresendt melding)';
/** An original-message or forwarded-message separator inside a line (as INLINE_REPLY_HEADERS). */
const INLINE_ORIGINAL_MARKER = new RegExp(String.raw`\s-{3,}\s*${ORIGINAL_WORDS}\s*-{3,}`, 'i');

/** Where a line's own words end at a quote that lost its line breaks; null where none begins inside it. */
function inlineQuoteStart(line: string): number | null {
  const at = [...INLINE_REPLY_HEADERS, INLINE_ORIGINAL_MARKER].map((re) => re.exec(line)?.index ?? -1).filter((i) => i > 0);
  return at.length > 0 ? Math.min(...at) : null;
}

/** Outlook's and others' separators before the original. */
const ORIGINAL_MARKER = new RegExp(String.raw`^\s*-{2,}\s*${ORIGINAL_WORDS}\s*-{2,}\s*$`, 'i');
/** Outlook's header block: "Från:" or "From:", then "Skickat:", "Sent:" or "Date:" within a few lines. */
const HEADER_FROM = /^\s*\*?(från|from)\s*:\*?\s*\S/i;
const HEADER_SENT = /^\s*\*?(skickat|sent|date|datum)\s*:\*?\s*\S/i;
/** Where a signature begins: the RFC 3676 delimiter, or a phone's or an app's line. */
const SIGNATURE = /^(-- ?|—|(skickat från min|sent from my|hämta outlook för|get outlook for|skickat från e-post för|sent from mail for)\b.*)$/i;

/**
 * A closing on a line of its own ("Med vänliga hälsningar", "Mvh Anna", "Kind regards,"), followed
 * by at most a few short lines (a name, a title, a phone number): the signature block. Read as the
 * customer's words, "Med vänliga hälsningar / Anna Svensson / Tel: 070-123 45 67" outweighed
 * "har ni öppet nu?" for the kind model.
 */
// ("Best," alone is a closing; "Best price possible please" is not)
const CLOSING = /^(((med )?(vänlig|vänliga|bästa|varma|glada) (hälsning|hälsningar)|mvh|m\.v\.h\.?|hälsningar|vänligen|(kind|best|warm|many) (regards|wishes)|regards|cheers|yours (sincerely|faithfully|truly)|sincerely)\b[ ,.!/\p{L}-]{0,40}|best[,.!]?)$/iu;
const SIGNATURE_LINES = 5;
const SIGNATURE_LINE_LENGTH = 60;

/** The text without a signature block at its end (CLOSING). */
function withoutClosing(lines: string[]): string[] {
  const last = lines.length - 1;
  for (let i = last; i >= 0 && last - i <= SIGNATURE_LINES; i--) {
    if (lines[i]!.trim().length > SIGNATURE_LINE_LENGTH) break;
    if (i > 0 && CLOSING.test(lines[i]!.trim())) return lines.slice(0, i);
  }
  return lines;
}

/** A mail split in the customer's own words and the answer they quote below or between them. */
export interface MailWords {
  own: string;
  /** The quoted answer or forwarded mail ('' where none): what "any news?" is about. */
  quoted: string;
}

export function splitMailWords(text: string): MailWords {
  const original = text.replace(/\r\n?/g, '\n').split('\n');
  const lines = [...original];
  let end = lines.length;
  // where the quoted part begins after the own words (a signature is neither)
  let quotedFrom: { line: number; column: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // a header may be wrapped over two lines ("On Thu, 3 Dec 2026 at 10:12, Shop <" / "info@shop.se> wrote:")
    const joined = i + 1 < lines.length ? `${line} ${lines[i + 1]}` : line;
    const header =
      (REPLY_HEADER.test(line) && DATE_OR_ADDRESS.test(line)) ||
      (/^\s*(on|den)\s/i.test(line) && REPLY_HEADER.test(joined) && DATE_OR_ADDRESS.test(joined)) ||
      ORIGINAL_MARKER.test(line) ||
      (HEADER_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_SENT.test(l)));
    if (header || SIGNATURE.test(line.trim())) {
      end = i;
      if (header) quotedFrom = { line: i, column: 0 };
      break;
    }
    const quoteStart = inlineQuoteStart(line);
    if (quoteStart !== null) {
      end = i + 1;
      quotedFrom = { line: i, column: quoteStart };
      // the line's own words, without the quote marker before the header ("… /Birgitta >")
      lines[i] = line.slice(0, quoteStart).replace(/[\s>]+$/, '');
      break;
    }
  }
  const mine = lines.slice(0, end);
  const own = withoutClosing(mine.filter((l) => !/^\s*>/.test(l)))
    .join('\n')
    .trim();
  const quotedLines = [
    ...mine.filter((l) => /^\s*>/.test(l)),
    ...(quotedFrom ? [original[quotedFrom.line]!.slice(quotedFrom.column), ...original.slice(quotedFrom.line + 1)] : []),
  ];
  // a mail that is all quote or signature keeps its text: better read than lost
  return { own: own || text.trim(), quoted: own ? quotedLines.join('\n').trim() : '' };
}

/** The customer's own words of a mail (splitMailWords). */
export function customerWords(text: string): string {
  return splitMailWords(text).own;
}
