import { z } from 'zod';
import {
  apiEvents,
  apiMethods,
  isEventName,
  isMethodName,
  type AppApi,
  type AppApiHandlers,
  type EventName,
  type MethodName,
  type Unsubscribe,
} from './api';
import { AppError, ERROR_CODES, ERROR_REASONS, toErrorPayload, type ErrorPayload } from './errors';

/**
 * Transport-neutral pieces: the frames a byte-stream transport sends, the server side that checks
 * and dispatches one call, and the client side that turns a transport into an AppApi. Electron IPC,
 * the web host and the in-memory pair all reuse these, so validation lives in one place.
 */

export const ErrorPayloadSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  reason: z.enum(ERROR_REASONS).optional(),
  values: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional(),
});

export const CallFrameSchema = z.object({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  method: z.string().max(100),
  input: z.unknown(),
});
export type CallFrame = z.output<typeof CallFrameSchema>;

export type CallResult = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

export const CallResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorPayloadSchema }),
]);

export const ResultFrameSchema = z.intersection(
  z.object({ type: z.literal('result'), id: z.number().int().nonnegative() }),
  CallResultSchema,
);
export const EventFrameSchema = z.object({ type: z.literal('event'), name: z.string(), payload: z.unknown() });
/** A frame the server sends when it cannot read what it got (bad JSON, bad shape). */
export const ProtocolErrorFrameSchema = z.object({ type: z.literal('protocol-error'), error: ErrorPayloadSchema });
export const ServerFrameSchema = z.union([ResultFrameSchema, EventFrameSchema, ProtocolErrorFrameSchema]);
export type ServerFrame = z.output<typeof ServerFrameSchema>;

/** Where events come from on the service side. */
export interface EventSource {
  subscribe(listener: (name: EventName, payload: unknown) => void): Unsubscribe;
}

/** The service side as transports see it: validated handlers plus an event source. */
export interface ServiceEndpoint {
  handlers: AppApiHandlers;
  events: EventSource;
}

/** Check a call's method and input, run it, check its output. Never throws. */
export async function handleCall(handlers: AppApiHandlers, method: unknown, input: unknown): Promise<CallResult> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `unknown method ${String(method).slice(0, 100)}` } };
  }
  const parsed = apiMethods[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `${method}: ${z.prettifyError(parsed.error)}` } };
  }
  try {
    const handler = handlers[method] as (i: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = apiMethods[method].output.safeParse(value);
    if (!checked.success) {
      return { ok: false, error: { code: 'INTERNAL', message: `${method} returned a malformed result: ${z.prettifyError(checked.error)}` } };
    }
    return { ok: true, value: checked.data };
  } catch (e) {
    return { ok: false, error: toErrorPayload(e) };
  }
}

/** Check an event payload before it is sent; returns null for an unknown or malformed event. */
export function checkEvent(name: unknown, payload: unknown): { name: EventName; payload: unknown } | null {
  if (!isEventName(name)) return null;
  const parsed = apiEvents[name].safeParse(payload);
  return parsed.success ? { name, payload: parsed.data } : null;
}

/** The client end of any transport. */
export interface ClientTransport {
  call(method: MethodName, input: unknown): Promise<CallResult>;
  subscribe(listener: (name: string, payload: unknown) => void): Unsubscribe;
}

/** Build an AppApi over a transport: results and events are validated on arrival. */
export function createApiClient(transport: ClientTransport, onInvalidEvent?: (name: string) => void): AppApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  transport.subscribe((name, payload) => {
    const ok = checkEvent(name, payload);
    if (!ok) {
      onInvalidEvent?.(name);
      return;
    }
    for (const l of listeners.get(ok.name) ?? []) l(ok.payload);
  });

  const api: Record<string, unknown> = {
    on(event: EventName, listener: (payload: unknown) => void): Unsubscribe {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  for (const method of Object.keys(apiMethods) as MethodName[]) {
    api[method] = async (input: unknown) => {
      const result = await transport.call(method, input ?? {});
      if (!result.ok) throw AppError.fromPayload(result.error);
      const parsed = apiMethods[method].output.safeParse(result.value);
      if (!parsed.success) throw new AppError('INTERNAL', `${method}: the services answered with a malformed result`);
      return parsed.data;
    };
  }
  return api as AppApi;
}
