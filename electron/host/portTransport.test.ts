import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageChannel } from 'node:worker_threads';
import { createApiClient, handleCall, type ClientTransport } from '../../shared/contract/wire';
import { portEndpoint, servePort } from '../../shared/contract/portTransport';
import { manualClock } from '../../shared/domain/clock';
import { tempDir } from '../../tests/helpers/tempDir';
import { createServices } from '../services/app/createServices';
import { nodePort } from '../services/app/nodePort';

/** The services on one end of a real MessagePort (structured clone, as between threads), a client on the other. */
function across() {
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.parse('2026-12-01T10:00:00+01:00')) });
  const { port1, port2 } = new MessageChannel();
  const stopServing = servePort(nodePort(port1), services.endpoint);
  const endpoint = portEndpoint(nodePort(port2));
  const transport: ClientTransport = { call: (method, input) => handleCall(endpoint.handlers, method, input), subscribe: (l) => endpoint.events.subscribe(l) };
  const api = createApiClient(transport);
  const close = async () => {
    stopServing();
    endpoint.close();
    port1.close();
    port2.close();
    await services.close();
  };
  return { services, endpoint, api, close };
}

test('across a message port: calls, their errors with their codes, and events, as over any transport', async () => {
  const { api, close } = across();
  const seen: string[] = [];
  api.on('casesChanged', (p) => seen.push(...p.ids));
  const made = await api.createCase({ channel: 'phone', subject: 'Över porten', customer: { name: 'Eva' } });
  assert.equal((await api.getCase({ id: made.id })).case.subject, 'Över porten');
  await assert.rejects(api.getCase({ id: 'nope' }), (e: { code: string }) => e.code === 'NOT_FOUND');
  await assert.rejects(api.createCase({ channel: 'phone', subject: '', customer: { name: '' } } as never), (e: { code: string }) => e.code === 'INVALID_INPUT');
  await new Promise((r) => setTimeout(r, 20));
  assert.ok(seen.includes(made.id), 'the change event crossed the port');
  await close();
});

test('when the services are gone, every waiting call is answered, and later ones at once', async () => {
  const { port1, port2 } = new MessageChannel();
  const endpoint = portEndpoint(nodePort(port2)); // nobody serves port1: calls would wait for ever
  const pending = endpoint.handlers.getInfo({});
  endpoint.fail('the services stopped');
  await assert.rejects(pending, /the services stopped/);
  await assert.rejects(endpoint.handlers.getStatus({}), /the services stopped/);
  endpoint.close();
  port1.close();
  port2.close();
});
