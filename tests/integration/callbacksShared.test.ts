import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import type { AppApi } from '../../shared/contract/api';
import { createServices, type Services } from '../../electron/services/app/createServices';
import { inProcessRelay } from '../helpers/relay';
import { tempDir } from '../helpers/tempDir';
import { tomorrow as tomorrowIn } from '../../shared/domain/calendar';
import { clockStartingAt, type Clock } from '../../shared/domain/clock';
import { until } from '../helpers/until';

// the laptops and the relay share one clock that starts just before midnight, where a UTC "tomorrow" goes wrong
const clock: Clock = clockStartingAt(Date.parse('2026-12-01T23:45:00+01:00'));

async function laptop(relayUrl: string, token: string, name: string): Promise<{ services: Services; api: AppApi }> {
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock, osLocale: 'sv-SE', startChat: true, chatTuning: { backoffMs: [100, 1000] } });
  const api = createInMemoryClient(services.endpoint);
  await api.updateSettings({ agentName: name, openingHours: Array(7).fill({ open: '08:00', close: '20:00' }), callbackCapacity: 1, callbackSlotMinutes: 30 });
  await api.saveChatRelay({ url: relayUrl, token });
  await until(`${name} online`, () => services.chat.status().state === 'online');
  return { services, api };
}

test('two agents on two laptops book the last place of a slot at once: one gets it, both agendas show it, a move is seen by both', async (t) => {
  const { relay, store } = await inProcessRelay({ now: clock.now });
  const anna = await laptop(relay.url, store.addAgent('Anna', Date.now()).token, 'Anna');
  const bo = await laptop(relay.url, store.addAgent('Bo', Date.now()).token, 'Bo');
  t.after(async () => {
    await anna.services.close();
    await bo.services.close();
  });
  // the relay learns the shop's slot rules from the laptops' settings
  await anna.api.updateSettings({ callbackCapacity: 1 });
  await until('the rules reached the relay', () => store.shop().callbacks.slotMinutes === 30);

  const tomorrow = tomorrowIn(clock.now(), 'Europe/Stockholm');
  assert.equal(tomorrow, '2026-12-02');
  const { slots } = await anna.api.callbackSlots({ date: tomorrow });
  const at = slots.find((s) => s.local === '10:00')!.at;
  const results = await Promise.allSettled([
    anna.api.bookCallback({ phone: '0701111111', name: 'Kund Ett', at, note: 'Faktura', confirm: false }),
    bo.api.bookCallback({ phone: '0702222222', name: 'Kund Två', at, note: 'Retur', confirm: false }),
  ]);
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, 'one booking');
  assert.match(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.message), /every place in that slot is taken/);
  const won = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Awaited<ReturnType<AppApi['bookCallback']>>>).value;

  for (const s of [anna, bo]) {
    await until('the booking on both laptops', () => s.services.repos.callbacks.between(at - 1, at + 1).length === 1);
  }
  const later = slots.find((s) => s.local === '14:00')!.at;
  const other = won.phone === '+46701111111' ? bo : anna;
  const moved = await other.api.changeCallback({ id: won.id, at: later });
  assert.equal(moved.local.shop.slice(11), '14:00');
  for (const s of [anna, bo]) await until('the move on both laptops', () => s.services.repos.callbacks.get(won.id)?.due_at === later);
  // the freed slot is offered again, the new one is not
  const again = await bo.api.callbackSlots({ date: tomorrow });
  assert.equal(again.slots.find((x) => x.at === at)!.free, 1);
  assert.equal(again.slots.find((x) => x.at === later)!.free, 0);
});
