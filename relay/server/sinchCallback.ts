import type http from 'node:http';
import type { ProviderEventRow, ProviderEvents } from '../store/providerEvents';
import { checkSinchCallback } from './sinchSignature';

export const SINCH_CALLBACK_PATH = '/sinch/callback';
/** Sinch's callbacks are small JSON documents; anything larger is not one. */
const MAX_CALLBACK_BYTES = 256 * 1024;

export interface SinchCallbackDeps {
  /** The webhook secret set on the shop's Sinch app; without it the endpoint is off. */
  secret: string | undefined;
  events: ProviderEvents;
  now: () => number;
  /** Sends an accepted callback to the agents online now (the rest get it when they connect). */
  forward: (row: ProviderEventRow) => void;
  log: (line: string) => void;
}

/**
 * POST /sinch/callback: the laptops have no public address, so Sinch posts delivery reports and
 * replies here. Each is verified (signature, age, nonce), kept, and forwarded over the agents'
 * connections. Refusals say why in the status and text, never what the right signature was.
 */
export function handleSinchCallback(req: http.IncomingMessage, res: http.ServerResponse, d: SinchCallbackDeps): void {
  const reply = (status: number, text: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(text);
  };
  if (!d.secret) return reply(404, 'Not Found: this relay takes no Sinch callbacks (start it with --sinch-secret-file)');
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return reply(405, 'Method Not Allowed');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_CALLBACK_BYTES && !refused) {
      refused = true;
      reply(413, 'Payload Too Large');
      req.destroy();
    } else if (!refused) chunks.push(c);
  });
  req.on('error', () => {});
  req.on('end', () => {
    if (refused) return;
    const raw = Buffer.concat(chunks);
    const check = checkSinchCallback(d.secret!, raw, req.headers, d.now(), d.events.seen);
    if (!check.ok) {
      d.log(`sinch callback refused: ${check.why}`);
      return check.why === 'replayed' ? reply(409, 'Conflict: this nonce was used before') : reply(401, `Unauthorized: ${check.why}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return reply(400, 'Bad Request: the body is not JSON');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return reply(400, 'Bad Request: the body is not a JSON object');
    const row = d.events.add('sinch', check.nonce, raw.toString('utf8'), d.now());
    if (!row) return reply(409, 'Conflict: this nonce was used before');
    d.forward(row);
    reply(200, 'OK');
  });
}
