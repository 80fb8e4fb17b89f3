import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServices } from '../../electron/services/app/createServices';
import { manualClock } from '../../shared/domain/clock';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import { tempDir } from '../../tests/helpers/tempDir';
import { alwaysUp, type LinkState } from '../api/linkState';
import { createAppStore, startAppStore } from './createAppStore';
import { QUEUE_PAGE } from './queueSlice';

async function setup(osLocale = 'sv-SE') {
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.UTC(2026, 0, 5, 10)), osLocale });
  const api = createInMemoryClient(services.endpoint);
  const store = createAppStore({ api, link: alwaysUp, locale: 'en-US' }, 5);
  await startAppStore(store);
  return { services, api, store };
}

const settle = () => new Promise((r) => setTimeout(r, 40));

test('language follows the OS locale the services report, then the agent’s choice', async () => {
  const { store, services } = await setup('sv-SE');
  assert.equal(store.getState().language, 'sv');
  await store.getState().saveSettings({ language: 'en' });
  assert.equal(store.getState().language, 'en');
  await settle();
  services.close();
});

test('in browser mode “same as the computer” is the browser’s language, not the host’s', async () => {
  const services = createServices({ dataDir: tempDir(), mode: 'browser', clock: manualClock(Date.UTC(2026, 0, 5, 10)), osLocale: 'en-US' });
  const api = createInMemoryClient(services.endpoint);
  const store = createAppStore({ api, link: alwaysUp, locale: 'sv-SE' }, 5);
  await startAppStore(store);
  assert.equal(store.getState().language, 'sv');
  await store.getState().saveSettings({ language: 'en' });
  assert.equal(store.getState().language, 'en', 'a choice in Settings still wins');
  await settle();
  await services.close();
});

test('creating a case selects it and the queue refreshes from the change event', async () => {
  const { store, services } = await setup();
  assert.equal(store.getState().total, 0);
  const ok = await store.getState().createCase({ channel: 'phone', subject: 'Ring tillbaka om retur', customer: { name: 'Eva' } });
  assert.equal(ok, true);
  assert.equal(store.getState().detail?.case.subject, 'Ring tillbaka om retur');
  await settle();
  assert.equal(store.getState().total, 1);
  assert.equal(store.getState().rows.get(0)?.subject, 'Ring tillbaka om retur');
  await store.getState().addNote('Kunden vill ha pengarna tillbaka.');
  assert.equal(store.getState().detail?.messages.length, 1);
  await settle();
  services.close();
});

test('the queue loads only the pages asked for', async () => {
  const { store, services, api } = await setup();
  for (let i = 0; i < QUEUE_PAGE * 2 + 5; i++) await api.createCase({ channel: 'email', subject: `Fråga ${i}`, customer: {} });
  await settle();
  assert.equal(store.getState().total, QUEUE_PAGE * 2 + 5);
  assert.equal(store.getState().rows.size, QUEUE_PAGE, 'only the first page after a refresh');
  await store.getState().ensureRows(QUEUE_PAGE * 2, QUEUE_PAGE * 2 + 4);
  assert.equal(store.getState().rows.size, QUEUE_PAGE + 5);
  assert.equal(store.getState().rows.has(QUEUE_PAGE + 1), false);
  await settle();
  services.close();
});

test('a filter picked while the window starts is kept', async () => {
  const services = createServices({ dataDir: tempDir(), mode: 'test' });
  const api = createInMemoryClient(services.endpoint);
  await api.createCase({ channel: 'email', subject: 'Öppen', customer: {} });
  const solved = await api.createCase({ channel: 'email', subject: 'Löst', customer: {} });
  await api.updateCase({ id: solved.id, status: 'resolved' });
  const store = createAppStore({ api, link: alwaysUp, locale: 'sv' }, 5);
  const starting = startAppStore(store);
  await store.getState().setFilter('resolved');
  // once the picked filter's rows are on screen, the rest of the start must not blank the list
  const totals: number[] = [];
  const unsubscribe = store.subscribe((s) => totals.push(s.total));
  await starting;
  unsubscribe();
  assert.equal(store.getState().filter, 'resolved');
  assert.deepEqual([...store.getState().rows.values()].map((c) => c.subject), ['Löst']);
  assert.ok(!totals.includes(0), `the queue went empty while the window started: ${totals.join(', ')}`);
  await settle();
  services.close();
});

test('a failed action shows an error code and changes nothing', async () => {
  const { store, services } = await setup();
  const ok = await store.getState().createCase({ channel: 'email', subject: 'x', customer: { email: 'nope' } });
  assert.equal(ok, false);
  assert.equal(store.getState().error?.code, 'INVALID_INPUT');
  store.getState().dismissError();
  assert.equal(store.getState().error, null);
  await settle();
  services.close();
});

test('search shows matches and drops stale answers', async () => {
  const { store, services, api } = await setup();
  await api.createCase({ channel: 'chat', subject: 'Var är mitt paket?', customer: { name: 'Nils' } });
  await api.createCase({ channel: 'email', subject: 'Faktura fel', customer: { name: 'Ada' } });
  const first = store.getState().setQuery('paket');
  const second = store.getState().setQuery('faktura');
  await Promise.all([first, second]);
  assert.equal(store.getState().searched, 'faktura');
  assert.deepEqual(store.getState().hits.map((h) => h.case.subject), ['Faktura fel']);
  await settle();
  services.close();
});

test('search by keyboard: “#N” + Enter opens case N; the arrows pick a result and Enter opens it', async () => {
  const { store, services } = await setup();
  const made = [];
  for (const subject of ['Retur av jacka', 'Retur av skor', 'Fel färg']) made.push((await store.getState().createCase({ channel: 'phone', subject, customer: { name: 'Eva' } })) && store.getState().selectedId!);
  await store.getState().select(null);
  assert.equal(await store.getState().openSearchHit('#2'), true);
  assert.equal(store.getState().detail?.case.subject, 'Retur av skor');
  await store.getState().setQuery('retur');
  assert.equal(store.getState().hits.length, 2);
  store.getState().moveActiveHit(1);
  store.getState().moveActiveHit(1);
  const second = store.getState().hits[1]!.case.id;
  assert.equal(store.getState().activeHit, 1);
  await store.getState().openSearchHit('retur');
  assert.equal(store.getState().selectedId, second);
  store.getState().moveActiveHit(1);
  assert.equal(store.getState().activeHit, 0, 'the arrows wrap around');
  assert.equal(await store.getState().openSearchHit('#999'), true, 'no case 999: the result the arrows are on');
  await settle();
  services.close();
});

test('a change that keeps a row in its place is patched from the change record: no queue, status or “Svara först” fetch', async () => {
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.UTC(2026, 0, 5, 10)) });
  const inner = createInMemoryClient(services.endpoint);
  const calls: string[] = [];
  const api = new Proxy(inner, {
    get: (target, name: string) => {
      const f = target[name as keyof typeof target] as unknown;
      return typeof f === 'function' && name !== 'on' ? (...args: unknown[]) => (calls.push(name), (f as (...a: unknown[]) => unknown)(...args)) : f;
    },
  });
  const a = await inner.createCase({ channel: 'phone', subject: 'Första', customer: { name: 'Eva' } });
  await inner.createCase({ channel: 'phone', subject: 'Andra', customer: { name: 'Ola' } });
  const store = createAppStore({ api, link: alwaysUp, locale: 'sv' }, 5);
  await startAppStore(store);
  await settle();
  calls.length = 0;

  await inner.updateCase({ id: a.id, subject: 'Första, nytt ämne' });
  await settle();
  assert.deepEqual([...store.getState().rows.values()].map((c) => c.subject), ['Första, nytt ämne', 'Andra']);
  assert.deepEqual(calls, [], 'patched in place');

  // a new priority may move the row: what is on screen is fetched again
  await inner.updateCase({ id: a.id, priority: 'low' });
  await settle();
  assert.deepEqual(calls, ['listCases']);
  assert.deepEqual([...store.getState().rows.values()].map((c) => c.subject), ['Andra', 'Första, nytt ämne']);
  await services.close();
});

test('after the link comes back, what the services pushed meanwhile is asked for again, “Svara först” included', async () => {
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.UTC(2026, 0, 5, 10)) });
  const inner = createInMemoryClient(services.endpoint);
  const calls: string[] = [];
  const api = new Proxy(inner, {
    get: (target, name: string) => {
      const f = target[name as keyof typeof target] as unknown;
      return typeof f === 'function' && name !== 'on' ? (...args: unknown[]) => (calls.push(name), (f as (...a: unknown[]) => unknown)(...args)) : f;
    },
  });
  let state: LinkState = 'up';
  const listeners: Array<(s: LinkState) => void> = [];
  const link = { state: () => state, onChange: (l: (s: LinkState) => void) => (listeners.push(l), () => {}) };
  const store = createAppStore({ api, link, locale: 'sv' }, 5);
  await startAppStore(store);
  await settle();
  calls.length = 0;
  for (const s of ['down', 'up'] as const) {
    state = s;
    listeners.forEach((l) => l(s));
  }
  await settle();
  for (const method of ['getStatus', 'listCases', 'suggestFirst']) assert.ok(calls.includes(method), `${method} after the reconnect`);
  await services.close();
});
