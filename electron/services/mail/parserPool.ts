import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';
import { workerEntry } from '../workerEntry';
import { parseEmail, type ParsedEmail } from './parseEmail';

export type Parse = (raw: Buffer) => Promise<ParsedEmail>;


/**
 * Parsing e-mail is the heaviest part of a sync. A worker thread does it, so that fetching and
 * storing go on meanwhile on the main thread. Where no worker can start, parsing stays here.
 */
export function createParserPool(logger: Logger): { parse: Parse; close(): Promise<void> } {
  const entry = workerEntry(__dirname, 'parseWorker');
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve(p: ParsedEmail): void; reject(e: Error): void }>();
  let next = 0;
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const start = () => {
    if (!entry) return null;
    try {
      const w = new Worker(entry.file, { execArgv: entry.execArgv });
      w.unref();
      w.on('message', (m: { id: number; parsed?: ParsedEmail; error?: string }) => {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.error !== undefined) return p.reject(new Error(m.error));
        const parsed = m.parsed!;
        // bytes come back as Uint8Array: make them Buffers again
        parsed.attachments = parsed.attachments.map((a) => ({ ...a, content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength) }));
        p.resolve(parsed);
      });
      w.on('error', (e) => {
        logger.warn('the e-mail parser thread failed; parsing continues on the main thread', { error: String(e) });
        worker = null;
        failAll(e);
      });
      w.on('exit', () => {
        if (worker === w) worker = null;
        failAll(new Error('the parser thread stopped'));
      });
      return w;
    } catch (e) {
      logger.warn('no parser thread; parsing on the main thread', { error: String(e) });
      return null;
    }
  };
  worker = start();
  let broken = worker === null;
  return {
    parse(raw) {
      if (broken || !worker) return parseEmail(raw);
      const id = ++next;
      const w = worker;
      return new Promise<ParsedEmail>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, raw });
      }).catch((e: Error) => {
        // a thread that died does not lose the message: parse it here
        if (!worker) {
          broken = true;
          return parseEmail(raw);
        }
        throw e;
      });
    },
    async close() {
      const w = worker;
      worker = null;
      broken = true;
      if (w) await w.terminate();
    },
  };
}
