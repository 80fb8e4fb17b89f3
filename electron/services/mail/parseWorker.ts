import { parentPort } from 'node:worker_threads';
import { parseEmail } from './parseEmail';

/** The e-mail parser on its own thread: raw bytes in, plain data out (attachments as bytes). */
parentPort?.on('message', (job: { id: number; raw: Uint8Array }) => {
  parseEmail(Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength)).then(
    (parsed) => parentPort!.postMessage({ id: job.id, result: parsed }),
    (e: Error) => parentPort!.postMessage({ id: job.id, error: e.message || String(e) }),
  );
});
