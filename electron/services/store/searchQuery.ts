/**
 * Turn what the agent typed into a safe FTS5 query: every word becomes a quoted prefix term, all
 * must match. Operators and punctuation typed by the agent are treated as text, so no input can
 * make the query fail to parse. Returns null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}'_.@+-]*/gu) ?? [];
  const terms = words
    .map((w) => w.replace(/[.'_@+-]+$/u, ''))
    .filter((w) => w.length > 0)
    .slice(0, 12)
    .map((w) => `"${w.replace(/"/g, '""')}"*`);
  return terms.length ? terms.join(' ') : null;
}

/** "#1042" or "1042" asks for a case by its number. */
export function caseNumberIn(text: string): number | null {
  const m = /^\s*#?(\d{1,9})\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}
