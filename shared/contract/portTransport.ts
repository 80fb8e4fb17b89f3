import type { AppApiHandlers, EventName } from './api';
import { apiMethods } from './api';
import { AppError } from './errors';
import { CallFrameSchema, handleCall, ServerFrameSchema, type CallResult, type ServiceEndpoint } from './wire';

/**
 * The fourth transport: the services on the far side of a message port (a worker thread in
 * browser mode, an Electron utilityProcess in the desktop app). Messages are the same call,
 * result and event frames the other transports use, checked by the same schemas, so the window
 * cannot tell where the services run. Each side adapts its port to PortLike in a few lines.
 */
export interface PortLike {
  post(message: unknown): void;
  /** Start listening; returns how to stop. */
  listen(onMessage: (message: unknown) => void): () => void;
}

/** The services' side: answer the calls that arrive, forward every event. */
export function servePort(port: PortLike, endpoint: ServiceEndpoint): () => void {
  const stopEvents = endpoint.events.subscribe((name, payload) => port.post({ type: 'event', name, payload }));
  const stopCalls = port.listen((message) => {
    const frame = CallFrameSchema.safeParse(message);
    if (!frame.success) return; // not a call (a control message of the host), not ours to answer
    void handleCall(endpoint.handlers, frame.data.method, frame.data.input).then((result) => port.post({ type: 'result', id: frame.data.id, ...result }));
  });
  return () => {
    stopEvents();
    stopCalls();
  };
}

/**
 * The window's side: an endpoint whose handlers ask across the port. When the far side is gone,
 * `fail` answers every call still waiting, so nothing hangs.
 */
export function portEndpoint(port: PortLike): ServiceEndpoint & { fail(message: string): void; close(): void } {
  let nextId = 0;
  let gone: string | null = null;
  const waiting = new Map<number, (r: CallResult) => void>();
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const stop = port.listen((message) => {
    const frame = ServerFrameSchema.safeParse(message);
    if (!frame.success) return;
    const f = frame.data;
    if (f.type === 'event') for (const l of [...listeners]) l(f.name as EventName, f.payload);
    else if (f.type === 'result') {
      const resolve = waiting.get(f.id);
      waiting.delete(f.id);
      resolve?.(f.ok ? { ok: true, value: f.value } : { ok: false, error: f.error });
    }
  });
  const call = (method: string, input: unknown) =>
    new Promise<CallResult>((resolve) => {
      if (gone) return resolve({ ok: false, error: { code: 'INTERNAL', message: gone } });
      const id = nextId++;
      waiting.set(id, resolve);
      port.post({ type: 'call', id, method, input });
    });
  const handlers = Object.fromEntries(
    Object.keys(apiMethods).map((method) => [
      method,
      async (input: unknown) => {
        const r = await call(method, input);
        if (!r.ok) throw AppError.fromPayload(r.error);
        return r.value;
      },
    ]),
  ) as unknown as AppApiHandlers;
  return {
    handlers,
    events: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    fail(message) {
      gone = message;
      for (const resolve of waiting.values()) resolve({ ok: false, error: { code: 'INTERNAL', message } });
      waiting.clear();
    },
    close: stop,
  };
}
