import type { EventName, EventPayload, Unsubscribe } from '../../../shared/contract/api';
import type { EventSource } from '../../../shared/contract/wire';

/** Services announce what changed here; every transport forwards it to its windows. */
export interface EventHub extends EventSource {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

export function createEventHub(onListenerError?: (e: unknown) => void): EventHub {
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  return {
    subscribe(listener): Unsubscribe {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(name, payload) {
      for (const l of [...listeners]) {
        try {
          l(name, payload);
        } catch (e) {
          onListenerError?.(e);
        }
      }
    },
  };
}
