import { parseEmail, type ParsedAttachment, type ParsedText } from './parseEmail';

/** An attachment once it is in the attachment store: what it is, and its file's SHA-256. */
export interface StoredFile extends Omit<ParsedAttachment, 'content'> {
  sha: string;
  size: number;
}

/** A message parsed, its attachments written: the headers and text, and the files by hash. */
export interface ParsedAndStored {
  parsed: ParsedText;
  files: StoredFile[];
}

/** Parse a raw message and write its attachments, on this thread or on the parser's. */
export type ReadMessage = (raw: Buffer) => Promise<ParsedAndStored>;

/**
 * Parse a raw message and put its attachments in the store (`put`: the store's write on this
 * thread, its synchronous put on the parser's). A message with neither a sender nor a recipient
 * is unreadable: it throws, and the ingest keeps it raw with the reason. Files are written before
 * any row refers to them, and by content, so a crash leaves at most a file nothing refers to. Only
 * hashes come back: the bytes need not travel between threads.
 */
export async function parseAndStore(raw: Buffer, put: (content: Buffer) => string | Promise<string>): Promise<ParsedAndStored> {
  const { attachments, ...parsed } = await parseEmail(raw);
  // checked before any file is written, so a message refused as unreadable leaves none behind
  if (!parsed.from && parsed.to.length === 0) throw new Error('no sender and no recipient could be read');
  const files = await Promise.all(attachments.map(async ({ content, ...a }) => ({ ...a, sha: await put(content), size: content.length })));
  return { parsed, files };
}
