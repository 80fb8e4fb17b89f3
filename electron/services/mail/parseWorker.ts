import { parentPort } from 'node:worker_threads';
import { parseEmail } from './parseEmail';

type Job = { id: number; raw: Uint8Array };

/**
 * The e-mail parser on its own thread: raw bytes in, plain data out (attachments as bytes).
 * Messages are parsed one after another, in the order they came: started all at once, the
 * parses of a whole batch shared the thread and all finished near its end, so the sync waited
 * for the last of them before it could store the first, and the thread sat idle while it stored.
 */
const queue: Job[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    try {
      const parsed = await parseEmail(Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength));
      parentPort!.postMessage({ id: job.id, result: parsed });
    } catch (e) {
      parentPort!.postMessage({ id: job.id, error: (e as Error).message || String(e) });
    }
  }
  busy = false;
}

parentPort?.on('message', (job: Job) => {
  queue.push(job);
  if (!busy) void drain();
});
