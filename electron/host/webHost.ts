import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import { CallFrameSchema, checkEvent, handleCall, type ServiceEndpoint } from '../../shared/contract/wire';
import type { Logger } from '../services/logger';
import { silentLogger } from '../services/logger';

export interface WebHostOptions {
  endpoint: ServiceEndpoint;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Absent: a random token for this launch. */
  token?: string;
  logger?: Logger;
}

export interface WebHost {
  /** The address to open, with the token in the fragment (never sent to the server in a request line). */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Close codes the host uses; 4xxx are ours. */
export const CLOSE = { protocolError: 1008, tooBig: 1009 } as const;
/** Room for one 25 MB attachment in base64 (stageAttachment), and no more. */
export const MAX_FRAME = 40 * 1024 * 1024;

/**
 * Serves the renderer and bridges the AppApi over a WebSocket on 127.0.0.1. Only a page served by
 * this host (Origin), addressed as this host (Host, against DNS rebinding), holding this launch's
 * token may call it; anything else is refused before a WebSocket exists.
 */
export async function startWebHost(o: WebHostOptions): Promise<WebHost> {
  const log = o.logger ?? silentLogger;
  const token = o.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let origin = '';
  let allowedHosts = new Set<string>();

  const serveStatic = sirv(o.staticDir, { dev: false, etag: true, gzip: false, brotli: false, single: false });
  const server = http.createServer((req, res) => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('misdirected request');
      return;
    }
    setSecurityHeaders(res, origin);
    serveStatic(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refuse = (status: number, why: string) => {
      log.warn('web host refused a connection', { why, origin: req.headers.origin });
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== '/api') return refuse(404, 'path');
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(421, 'host');
    if (req.headers.origin !== origin) return refuse(403, 'origin');
    const given = Buffer.from(url.searchParams.get('token') ?? '');
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) return refuse(401, 'token');
    wss.handleUpgrade(req, socket, head, (ws) => serveClient(ws, o.endpoint, log));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serveClient(ws: WebSocket, endpoint: ServiceEndpoint, log: Logger): void {
  const send = (frame: unknown) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };
  const unsubscribe = endpoint.events.subscribe((name, payload) => {
    const ev = checkEvent(name, payload);
    if (ev) send({ type: 'event', name: ev.name, payload: ev.payload });
    else log.error('dropped a malformed event', { name });
  });
  ws.on('close', unsubscribe);
  ws.on('error', (e) => {
    log.warn('web host connection error', { error: e.message });
    if (e.message.includes('Max payload')) ws.close(CLOSE.tooBig, 'frame too large');
  });
  ws.on('message', async (data, isBinary) => {
    let raw: unknown;
    try {
      if (isBinary) throw new Error('binary frame');
      raw = JSON.parse(data.toString());
    } catch {
      send({ type: 'protocol-error', error: { code: 'INVALID_INPUT', message: 'a frame was not valid JSON text; it was ignored' } });
      return;
    }
    const frame = CallFrameSchema.safeParse(raw);
    if (!frame.success) {
      send({ type: 'protocol-error', error: { code: 'INVALID_INPUT', message: 'a frame was not a call {type, id, method, input}; it was ignored' } });
      return;
    }
    const result = await handleCall(endpoint.handlers, frame.data.method, frame.data.input);
    send({ type: 'result', id: frame.data.id, ...result });
  });
}

function setSecurityHeaders(res: http.ServerResponse, origin: string): void {
  const ws = origin.replace(/^http/, 'ws');
  res.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      `connect-src 'self' ${ws}`,
      "frame-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
