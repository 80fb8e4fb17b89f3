import { createApiClient, handleCall, type ClientTransport, type ServiceEndpoint } from './wire';
import type { AppApi } from './api';

/**
 * The third transport: the services and a client in one process. Payloads go through a JSON round
 * trip, so a test sees exactly what a real transport would carry (no shared object references,
 * no functions, no Dates sneaking through).
 */
export function createInMemoryClient(endpoint: ServiceEndpoint): AppApi {
  const transport: ClientTransport = {
    async call(method, input) {
      const result = await handleCall(endpoint.handlers, method, roundTrip(input));
      return roundTrip(result);
    },
    subscribe(listener) {
      return endpoint.events.subscribe((name, payload) => listener(name, roundTrip(payload)));
    },
  };
  return createApiClient(transport);
}

function roundTrip<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
