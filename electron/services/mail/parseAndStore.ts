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
 * thread, its synchronous put on the parser's). Files are written before any row refers to them,
 * and by content, so a crash leaves at most a file nothing refers to. Only hashes come back: the
 * bytes need not travel between threads.
 */
export async function parseAndStore(raw: Buffer, put: (content: Buffer) => string | Promise<string>): Promise<ParsedAndStored> {
  const { attachments, ...parsed } = await parseEmail(raw);
  const files = await Promise.all(attachments.map(async ({ content, ...a }) => ({ ...a, sha: await put(content), size: content.length })));
  return { parsed, files };
}
