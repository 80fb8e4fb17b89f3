import type { AppApi, MethodName } from '../../shared/contract/api';
import { ServerFrameSchema, createApiClient, type CallResult, type ClientTransport } from '../../shared/contract/wire';
import type { Link, LinkState } from './linkState';

const TOKEN_KEY = 'vaxel.token';

/**
 * Take the launch token from the address (#token=…), keep it for reloads of this tab only, and
 * remove it from the address bar so it is not bookmarked or shared by accident.
 */
export function takeToken(loc: Location, storage: Storage, history: History): string | null {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(loc.hash);
  if (m) {
    storage.setItem(TOKEN_KEY, m[1]!);
    history.replaceState(null, '', loc.pathname + loc.search);
    return m[1]!;
  }
  return storage.getItem(TOKEN_KEY);
}

/**
 * The AppApi over the web host's WebSocket. Calls made while the link is down wait for it (up to a
 * limit) instead of failing at once, so a host restart does not lose what the agent was doing.
 */
export function createWebHostClient(wsUrl: string): { api: AppApi; link: Link } {
  let ws: WebSocket | null = null;
  let state: LinkState = 'connecting';
  let nextId = 1;
  let retry = 0;
  const pending = new Map<number, { resolve(r: CallResult): void; frame: string; sent: boolean }>();
  const stateListeners = new Set<(s: LinkState) => void>();
  const eventListeners = new Set<(name: string, payload: unknown) => void>();

  const setState = (s: LinkState) => {
    if (s === state) return;
    state = s;
    for (const l of stateListeners) l(s);
  };

  function open() {
    const socket = new WebSocket(wsUrl);
    ws = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      retry = 0;
      setState('up');
      for (const p of pending.values()) {
        if (!p.sent) {
          socket.send(p.frame);
          p.sent = true;
        }
      }
    };
    socket.onmessage = (ev) => {
      let frame;
      try {
        frame = ServerFrameSchema.parse(JSON.parse(String(ev.data)));
      } catch {
        return; // not ours to act on
      }
      if (frame.type === 'event') for (const l of eventListeners) l(frame.name, frame.payload);
      else if (frame.type === 'result') {
        const p = pending.get(frame.id);
        if (p) {
          pending.delete(frame.id);
          p.resolve(frame.ok ? { ok: true, value: frame.value } : { ok: false, error: frame.error });
        }
      }
    };
    socket.onclose = () => {
      // a call that was sent may or may not have run; tell the caller rather than run it twice
      for (const [id, p] of pending) {
        if (p.sent) {
          pending.delete(id);
          p.resolve({ ok: false, error: { code: 'DISCONNECTED', message: 'the connection to Växel closed during the call' } });
        }
      }
      // refused before opening: the token is stale (the host was restarted with a new one)
      setState(opened || retry < 3 ? 'down' : 'refused');
      const delay = Math.min(10_000, 250 * 2 ** retry++);
      setTimeout(open, delay);
    };
  }

  const transport: ClientTransport = {
    call(method: MethodName, input: unknown) {
      return new Promise<CallResult>((resolve) => {
        const id = nextId++;
        const frame = JSON.stringify({ type: 'call', id, method, input });
        const entry = { resolve, frame, sent: false };
        pending.set(id, entry);
        if (ws && ws.readyState === WebSocket.OPEN) {
          ws.send(frame);
          entry.sent = true;
        }
        setTimeout(() => {
          if (pending.get(id) === entry && !entry.sent) {
            pending.delete(id);
            resolve({ ok: false, error: { code: 'DISCONNECTED', message: 'Växel could not be reached' } });
          }
        }, 30_000);
      });
    },
    subscribe(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
  };

  open();
  return {
    api: createApiClient(transport),
    link: {
      state: () => state,
      onChange(l) {
        stateListeners.add(l);
        return () => stateListeners.delete(l);
      },
    },
  };
}
