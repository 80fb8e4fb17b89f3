import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockStartingAt } from '../../shared/domain/clock';
import { zonedInstant } from '../../shared/domain/calendar';
import { ALWAYS_OPEN_SHOP, FrameClient, inProcessRelay } from '../../tests/helpers/relay';
import { makeSelfServiceToken } from './selfServiceToken';

const START = Date.parse('2026-12-01T23:10:00+01:00');
const at = (date: string, time: string) => zonedInstant(date, time, 'Europe/Stockholm')!;

async function booked(lang: 'sv' | 'en' = 'sv') {
  const r = await inProcessRelay({ now: clockStartingAt(START).now });
  r.store.setShop({ ...ALWAYS_OPEN_SHOP, openingHours: Array(7).fill({ open: '09:00', close: '17:00' }) });
  const anna = r.store.addAgent('Anna', START);
  const agent = await FrameClient.agent(r.relay.url, anna.token);
  agent.send({ type: 'book', ref: 'b1', at: at('2026-12-02', '10:00'), phone: '+46701234567', name: 'Eva', lang });
  const ok = await agent.next('ok', (f) => f.ref === 'b1');
  agent.send({ type: 'selfServiceLink', conversation: ok.conversation!, ref: 'l1' });
  const link = (await agent.next('ok', (f) => f.ref === 'l1')).link!;
  return { ...r, agent, id: ok.conversation!, link };
}

const post = (url: string, form: Record<string, string>) => fetch(url, { method: 'POST', body: new URLSearchParams(form), redirect: 'manual' });

test('the link shows the booked time and the free ones; a new time moves the callback for every agent', async () => {
  const { agent, id, link, relay } = await booked();
  assert.ok(link.startsWith(`${relay.url}/callback/`));
  const page = await (await fetch(link)).text();
  assert.match(page, /Vi ringer dig onsdag 2 december kl\. 10:00 på \+46701234567/);
  assert.match(page, /<button name="at" value="\d+">09:00<\/button>/);
  assert.doesNotMatch(page, /value="\d+">10:00</, 'its own time is not offered again');
  assert.doesNotMatch(page, /<script/);

  const later = at('2026-12-03', '14:30');
  const res = await post(`${link}?day=2026-12-03`, { at: String(later) });
  assert.equal(res.status, 303);
  const moved = await agent.next('conversation', (c) => c.conversation.id === id && c.conversation.callbackAt === later);
  assert.equal(moved.conversation.callbackStatus, 'booked');
  assert.match(await (await fetch(new URL(res.headers.get('location')!, relay.url))).text(), /Klart! Vi ringer dig i stället torsdag 3 december kl\. 14:30/);
});

test('cancel from the link; a time off the grid or outside the hours changes nothing', async () => {
  const { agent, id, link } = await booked('en');
  const offGrid = await post(link, { at: String(at('2026-12-03', '14:31')) });
  assert.match(offGrid.headers.get('location')!, /done=invalid/);
  const night = await post(link, { at: String(at('2026-12-03', '03:00')) });
  assert.match(night.headers.get('location')!, /done=invalid/);
  await post(link, { action: 'cancel' });
  await agent.next('conversation', (c) => c.conversation.id === id && c.conversation.callbackStatus === 'cancelled');
  const page = await (await fetch(link)).text();
  assert.match(page, /The callback is cancelled/);
  assert.doesNotMatch(page, /<button name="at"/, 'a cancelled callback can not be moved from the link');
});

test('a changed, forged or expired link opens nothing', async () => {
  const { link, id, relay, store } = await booked();
  const tampered = link.replace(/(\/callback\/[0-9a-f]{32})\.[0-9a-z]+\./, '$1.zzzzzzzz.');
  assert.notEqual(tampered, link);
  assert.equal((await fetch(tampered)).status, 404);
  const forged = `${relay.url}/callback/${makeSelfServiceToken(Buffer.alloc(32, 7), id, at('2026-12-20', '12:00'))}`;
  assert.equal((await fetch(forged)).status, 404);
  const expired = `${relay.url}/callback/${makeSelfServiceToken(store.selfServiceKey, id, START - 1)}`;
  const res = await fetch(expired);
  assert.equal(res.status, 404);
  assert.match(await res.text(), /Länken har gått ut/);
  assert.equal((await post(tampered, { action: 'cancel' })).status, 404);
});
