import { RELAY_PROTOCOL_VERSION, RELAY_WS_PATH } from '../../shared/contract/relayConstants';
import { pageAddress } from '../../shared/domain/pageAddress';
import type { QueueInfo, RelayFrame, RelayMsg, ShopConfig } from '../../shared/contract/relayProtocol';

/** What the customer sent and the relay has not confirmed: kept across reloads and resent as is. */
export interface PendingFrame {
  clientId: string;
  frame: Record<string, unknown>;
}

export interface WidgetEvents {
  onState(state: 'connecting' | 'online' | 'offline'): void;
  onWelcome(shop: ShopConfig): void;
  onMessage(m: RelayMsg): void;
  onAccepted(clientId: string, conversation: string, seq: number): void;
  onQueue(q: QueueInfo): void;
  onTyping(name: string, on: boolean): void;
  onShop(shop: ShopConfig): void;
  onError(code: string, message: string, ref?: string): void;
  onSlots(date: string, slots: Array<{ at: number; local: string; free: number }>): void;
  onDays(days: Array<{ date: string; at: number; free: number }>): void;
}

const SESSION_KEY = 'vaxel.chat.session';
const PENDING_KEY = 'vaxel.chat.pending';

export function newClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The customer's side of the protocol: says hello with the kept session, resends what was not
 * confirmed, acknowledges what was shown, and reconnects with backoff when the line drops.
 */
export function connectWidget(relayUrl: string, lang: 'sv' | 'en', ev: WidgetEvents) {
  const store = window.localStorage;
  let ws: WebSocket | null = null;
  let since = 0;
  let conversation: string | null = null;
  let attempt = 0;
  let stopped = false;
  const pending: PendingFrame[] = JSON.parse(store.getItem(PENDING_KEY) ?? '[]') as PendingFrame[];
  const savePending = () => store.setItem(PENDING_KEY, JSON.stringify(pending));

  const wsUrl = relayUrl.replace(/^http/, 'ws').replace(/\/$/, '') + RELAY_WS_PATH;

  function open(): void {
    ev.onState('connecting');
    const sock = new WebSocket(wsUrl);
    ws = sock;
    sock.onopen = () => {
      const session = store.getItem(SESSION_KEY) ?? undefined;
      sock.send(JSON.stringify({ type: 'hello', v: RELAY_PROTOCOL_VERSION, role: 'customer', session, lang, page: pageAddress(location.href) ?? undefined, since }));
    };
    sock.onmessage = (e) => {
      // The relay validated what it stored; the widget stays small (no schema library) and only
      // checks the shape it reads.
      let frame: unknown;
      try {
        frame = JSON.parse(String(e.data));
      } catch {
        return;
      }
      if (frame && typeof frame === 'object' && typeof (frame as { type?: unknown }).type === 'string') handle(frame as RelayFrame);
    };
    sock.onclose = () => {
      if (ws !== sock) return;
      ws = null;
      ev.onState('offline');
      if (stopped) return;
      const delay = Math.min(30_000, 500 * 2 ** attempt++) * (0.75 + Math.random() / 2);
      setTimeout(open, delay);
    };
  }

  function handle(f: RelayFrame): void {
    switch (f.type) {
      case 'welcome':
        attempt = 0;
        if (f.session) store.setItem(SESSION_KEY, f.session);
        conversation = f.conversation ?? null;
        ev.onWelcome(f.shop!);
        ev.onState('online');
        for (const p of pending) ws?.send(JSON.stringify(p.frame));
        return;
      case 'msg':
        if (f.conversation === conversation || conversation === null) {
          conversation = f.conversation;
          since = Math.max(since, f.seq);
        }
        ev.onMessage(f);
        ws?.send(JSON.stringify({ type: 'ack', conversation: f.conversation, seq: f.seq }));
        return;
      case 'accepted': {
        const i = pending.findIndex((p) => p.clientId === f.clientId);
        if (i >= 0) {
          pending.splice(i, 1);
          savePending();
        }
        if (conversation !== f.conversation && (pending.length === 0 || i >= 0)) conversation = f.conversation;
        ev.onAccepted(f.clientId, f.conversation, f.seq);
        return;
      }
      case 'queue':
        return ev.onQueue(f);
      case 'typing':
        return ev.onTyping(f.name, f.on);
      case 'shop':
        return ev.onShop(f.config);
      case 'slots':
        return ev.onSlots(f.date, f.slots);
      case 'days':
        return ev.onDays(f.days);
      case 'error':
        if (f.ref) {
          const i = pending.findIndex((p) => p.clientId === f.ref);
          if (i >= 0 && f.code !== 'rate_limited' && f.code !== 'unavailable') {
            pending.splice(i, 1);
            savePending();
          }
        }
        return ev.onError(f.code, f.message, f.ref);
      default:
        return;
    }
  }

  function queue(frame: Record<string, unknown> & { clientId: string }): void {
    pending.push({ clientId: frame.clientId, frame });
    savePending();
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
  }

  open();
  return {
    pending: () => pending.slice(),
    say(text: string, image?: { name: string; type: string; data: string }): string {
      const clientId = newClientId();
      queue({ type: 'say', clientId, text, ...(image ? { image } : {}) });
      return clientId;
    },
    leave(name: string, email: string, text: string): string {
      const clientId = newClientId();
      queue({ type: 'leave', clientId, name, email, text });
      return clientId;
    },
    callback(name: string, phone: string, at: string, note: string, timeZone?: string): string {
      const clientId = newClientId();
      queue({ type: 'callback', clientId, name, phone, at, note, ...(timeZone ? { timeZone } : {}) });
      return clientId;
    },
    days(): void {
      if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'days' }));
    },
    slots(date: string): void {
      if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'slots', date }));
    },
    typing(on: boolean): void {
      if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'typing', on }));
    },
    stop(): void {
      stopped = true;
      ws?.close();
    },
  };
}
