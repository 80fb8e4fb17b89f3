import type { Logger } from '../logger';
import { workerClient, WorkerGone } from '../workerClient';
import type { AttachmentStore } from './attachmentStore';
import { parseAndStore, type ParsedAndStored, type ReadMessage } from './parseAndStore';

/**
 * Parsing e-mail is the heaviest part of a sync. A worker thread does it, and writes the
 * attachments to the store, so that fetching and storing go on meanwhile on the main thread.
 * Where no worker can start, or it stops, the work happens here and no message is lost.
 */
export function createParserPool(logger: Logger, store: AttachmentStore): { read: ReadMessage; close(): Promise<void> } {
  const thread = workerClient({ dir: __dirname, name: 'parseWorker', what: 'the e-mail parser thread', logger });
  const here: ReadMessage = (raw) => parseAndStore(raw, store.write);
  return {
    read(raw) {
      if (!thread.usable) return here(raw);
      return thread.call<ParsedAndStored>({ raw, dataDir: store.dataDir }).catch((e: Error) => {
        if (e instanceof WorkerGone) return here(raw);
        throw e;
      });
    },
    close: () => thread.close(),
  };
}
