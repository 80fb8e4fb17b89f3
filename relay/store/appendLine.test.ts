import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { zonedInstant } from '../../shared/domain/calendar';
import { tempDir } from '../../tests/helpers/tempDir';
import { openRelayStore } from './relayStore';

const NOW = zonedInstant('2026-12-01', '23:45', 'Europe/Stockholm')!;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');

test('a stored line is answered as it was stored: seq in order per conversation, the agent by name, the picture; a resend is the first line again and stores nothing', async () => {
  const store = openRelayStore(path.join(tempDir('append'), 'relay.db'));
  const eva = store.addAgent('Eva', NOW);
  const { customer } = store.customerFor(undefined, 'sv', undefined, NOW);
  const v = store.newConversation(customer.id, 'chat', NOW).id;
  const first = store.append({ conversation: v, sender: 'customer', senderKey: `c:${customer.id}`, agentId: null, clientId: 'c1', text: 'hej', image: { name: 'image.png', type: 'image/png', data: PNG }, at: NOW });
  const second = store.append({ conversation: v, sender: 'agent', senderKey: `a:${eva.id}`, agentId: eva.id, clientId: 'a1', text: 'Hej! Vad kan jag hjälpa till med?', at: NOW + 1000 });
  assert.deepEqual([first.fresh, first.msg.seq, second.fresh, second.msg.seq], [true, 1, true, 2]);
  assert.deepEqual(second.msg.agent, { id: eva.id, name: 'Eva' });
  assert.deepEqual(store.messagesAfter(v, 0), [first.msg, second.msg], 'what was answered is what a reader gets later');

  const again = store.append({ conversation: v, sender: 'customer', senderKey: `c:${customer.id}`, agentId: null, clientId: 'c1', text: 'hej (sent again)', at: NOW + 2000 });
  assert.deepEqual(again, { msg: first.msg, fresh: false });
  assert.equal(store.conversation(v)!.lastSeq, 2, 'a resend moves no seq');
  assert.equal(store.messagesAfter(v, 0).length, 2);
  await store.close();
});

test('a line for a conversation that does not exist is refused with a clear error and stores nothing', async () => {
  const store = openRelayStore(path.join(tempDir('append'), 'relay.db'));
  assert.throws(() => store.append({ conversation: 'nope', sender: 'system', senderKey: 'system', agentId: null, clientId: 's1', text: 'x', at: NOW }), /no conversation nope/);
  assert.equal(store.counts().messages, 0);
  await store.close();
});
