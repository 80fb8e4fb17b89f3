import WebSocket from 'ws';
import { RELAY_CLOSE, RELAY_PROTOCOL_VERSION, RELAY_WS_PATH, RelayFrameSchema, parseFrame, type RelayFrame } from '../../../shared/contract/relayProtocol';

export type RelayLinkState = 'connecting' | 'online' | 'offline' | 'unauthorized' | 'stopped';

export interface RelayConnectionOptions {
  url: string;
  token: string;
  presence(): { state: 'online' | 'away'; capacity: number };
  onFrame(frame: RelayFrame): void;
  onState(state: RelayLinkState, detail: string | null): void;
  /** Reconnect delays: first, then doubling up to the last. */
  backoffMs?: [number, number];
  /** No frame and no ping for this long means the line is dead, even if TCP has not noticed. */
  silenceMs?: number;
  createSocket?: (url: string) => WebSocket;
}

export interface RelayConnection {
  send(frame: object): boolean;
  isOnline(): boolean;
  /** Try now instead of waiting for the next backoff step. */
  kick(): void;
  stop(): void;
}

/** The relay address as the agent typed it (http, https, ws or wss; with or without /ws). */
export function relaySocketUrl(url: string): string {
  const u = new URL(url.trim());
  if (u.protocol === 'http:') u.protocol = 'ws:';
  if (u.protocol === 'https:') u.protocol = 'wss:';
  if (u.protocol !== 'ws:' && u.protocol !== 'wss:') throw new Error(`the relay address must start with https://, http://, wss:// or ws:// (got ${u.protocol})`);
  if (!u.pathname.endsWith(RELAY_WS_PATH)) u.pathname = u.pathname.replace(/\/$/, '') + RELAY_WS_PATH;
  return u.toString();
}

/**
 * One agent's line to the relay: says hello with the token, keeps the line alive, reconnects with
 * backoff when it drops (or goes silent, as a laptop's Wi-Fi does), and stops for good on a token
 * the relay refuses, until the settings change.
 */
export function connectRelay(o: RelayConnectionOptions): RelayConnection {
  const [firstDelay, maxDelay] = o.backoffMs ?? [500, 30_000];
  const silenceMs = o.silenceMs ?? 70_000;
  const target = relaySocketUrl(o.url);
  let ws: WebSocket | null = null;
  let online = false;
  let stopped = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let silenceTimer: NodeJS.Timeout | null = null;

  const heard = () => {
    if (silenceTimer) clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => ws?.terminate(), silenceMs);
  };

  function open(): void {
    if (stopped) return;
    retryTimer = null;
    o.onState('connecting', null);
    const sock = o.createSocket ? o.createSocket(target) : new WebSocket(target, { handshakeTimeout: 15_000, perMessageDeflate: false });
    ws = sock;
    sock.on('open', () => {
      heard();
      sock.send(JSON.stringify({ type: 'hello', v: RELAY_PROTOCOL_VERSION, role: 'agent', token: o.token, ...o.presence() }));
    });
    sock.on('ping', heard);
    sock.on('message', (data) => {
      heard();
      const parsed = parseFrame(RelayFrameSchema, String(data));
      if (!parsed.ok) return; // a relay of a newer version may say things this one does not know
      if (parsed.frame.type === 'welcome') {
        attempt = 0;
        online = true;
        o.onState('online', null);
      }
      o.onFrame(parsed.frame);
    });
    sock.on('unexpected-response', (_req, res) => {
      sock.emit('error', new Error(`the relay answered HTTP ${res.statusCode} ${res.statusMessage ?? ''}`.trim()));
      sock.terminate();
    });
    let lastError: string | null = null;
    sock.on('error', (e) => void (lastError = e.message));
    sock.on('close', (code, reason) => {
      if (silenceTimer) clearTimeout(silenceTimer);
      if (ws !== sock) return;
      ws = null;
      online = false;
      if (stopped) return o.onState('stopped', null);
      if (code === RELAY_CLOSE.unauthorized) return o.onState('unauthorized', String(reason) || 'the relay does not know this token');
      o.onState('offline', lastError ?? (String(reason) || `closed (${code})`));
      const base = code === RELAY_CLOSE.replaced ? Math.max(30_000, firstDelay) : Math.min(maxDelay, firstDelay * 2 ** attempt++);
      retryTimer = setTimeout(open, base * (0.8 + Math.random() * 0.4));
    });
  }

  open();
  return {
    send(frame) {
      if (!online || !ws || ws.readyState !== WebSocket.OPEN) return false;
      ws.send(JSON.stringify(frame));
      return true;
    },
    isOnline: () => online,
    kick() {
      if (stopped || ws) return;
      if (retryTimer) clearTimeout(retryTimer);
      attempt = 0;
      open();
    },
    stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (silenceTimer) clearTimeout(silenceTimer);
      if (ws) ws.close(1000, 'agent signed out');
      else o.onState('stopped', null);
    },
  };
}
