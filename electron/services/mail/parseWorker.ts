import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import { createAttachmentStore, type AttachmentStore } from './attachmentStore';
import { parseAndStore } from './parseAndStore';

type Job = { id: number; raw: Uint8Array; dataDir: string };

/**
 * The e-mail parser on its own thread: raw bytes in; the headers, the text and the attachments'
 * hashes out, the attachments written to the store here, so that neither their bytes nor their
 * writing cost the services' thread anything.
 * Messages are parsed one after another, in the order they came: started all at once, the
 * parses of a whole batch shared the thread and all finished near its end, so the sync waited
 * for the last of them before it could store the first, and the thread sat idle while it stored.
 */
const queue: Job[] = [];
let busy = false;
const stores = new Map<string, AttachmentStore>();
const storeIn = (dataDir: string) => stores.get(dataDir) ?? stores.set(dataDir, createAttachmentStore(dataDir)).get(dataDir)!;

async function drain(): Promise<void> {
  busy = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    try {
      const store = storeIn(job.dataDir);
      const result = await parseAndStore(Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength), store.put);
      parentPort!.postMessage({ id: job.id, result });
    } catch (e) {
      // the code travels too: a full disk must stay a full disk on the other side
      parentPort!.postMessage({ id: job.id, error: (e as Error).message || String(e), code: e instanceof AppError ? e.code : undefined });
    }
  }
  busy = false;
}

parentPort?.on('message', (job: Job) => {
  queue.push(job);
  if (!busy) void drain();
});
