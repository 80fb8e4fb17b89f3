import type { Logger } from '../logger';
import { workerClient, WorkerGone } from '../workerClient';
import { parseEmail, type ParsedEmail } from './parseEmail';

export type Parse = (raw: Buffer) => Promise<ParsedEmail>;

/**
 * Parsing e-mail is the heaviest part of a sync. A worker thread does it, so that fetching and
 * storing go on meanwhile on the main thread. Where no worker can start, or it stops, parsing
 * happens here and no message is lost.
 */
export function createParserPool(logger: Logger): { parse: Parse; close(): Promise<void> } {
  const thread = workerClient({ dir: __dirname, name: 'parseWorker', what: 'the e-mail parser thread', logger });
  return {
    parse(raw) {
      if (!thread.usable) return parseEmail(raw);
      return thread.call<ParsedEmail>({ raw }).then(
        (parsed) => {
          // bytes come back as Uint8Array: make them Buffers again
          parsed.attachments = parsed.attachments.map((a) => ({ ...a, content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength) }));
          return parsed;
        },
        (e: Error) => {
          if (e instanceof WorkerGone) return parseEmail(raw);
          throw e;
        },
      );
    },
    close: () => thread.close(),
  };
}
