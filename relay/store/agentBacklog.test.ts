import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { zonedInstant } from '../../shared/domain/calendar';
import { tempDir } from '../../tests/helpers/tempDir';
import { planOf } from '../../tests/helpers/queryPlan';
import { UNSEEN_SQL } from './agentBacklog';
import { openRelayStore } from './relayStore';

const at = (date: string, time: string) => zonedInstant(date, time, 'Europe/Stockholm')!;
const NOW = at('2026-12-01', '23:45');

/** A conversation of `kind` opened at `opened`, with one line, closed at `closed` (or left open). */
function seed(store: ReturnType<typeof openRelayStore>, opened: number, closed: number | null, kind: 'chat' | 'message' = 'chat') {
  const { customer } = store.customerFor(undefined, 'sv', undefined, opened);
  const id = store.newConversation(customer.id, kind, opened).id;
  store.append({ conversation: id, sender: 'customer', senderKey: `c:${customer.id}`, agentId: null, clientId: `x-${id}`, text: 'hej', at: opened });
  if (closed !== null) store.closeConversation(id, closed);
  return id;
}
const unseen = (store: ReturnType<typeof openRelayStore>, agent: string, now = NOW) => store.unseenFor(agent, now).map((u) => u.conversation.id).sort();

test('a laptop is told, at its hello, of the open conversations, the closed ones of the last 30 days, and any it read part of, each with news after its position', async () => {
  const store = openRelayStore(path.join(tempDir('backlog'), 'relay.db'));
  const eva = store.addAgent('Eva', NOW).id;
  const open = seed(store, at('2026-06-01', '10:00'), null);
  const recent = seed(store, at('2026-11-20', '10:00'), at('2026-11-20', '10:30'));
  const old = seed(store, at('2026-09-01', '10:00'), at('2026-09-01', '10:30'));
  const oldHalfRead = seed(store, at('2026-09-02', '10:00'), at('2026-09-02', '10:30'));
  const readRecent = seed(store, at('2026-11-21', '10:00'), at('2026-11-21', '10:30'));
  store.append({ conversation: oldHalfRead, sender: 'system', senderKey: 'system', agentId: null, clientId: 'later', text: 'avslutad', at: at('2026-09-02', '10:31') });
  store.ackAgent(eva, oldHalfRead, 1);
  store.ackAgent(eva, readRecent, 1);

  assert.deepEqual(unseen(store, eva), [open, recent, oldHalfRead].sort(), 'not the old one never read, nor what was read to its end');
  assert.equal(store.unseenFor(eva, NOW).find((u) => u.conversation.id === oldHalfRead)!.cursor, 1, 'from its read position on');
  assert.ok(!unseen(store, eva).includes(old));
  await store.close();
});

test('read positions of conversations closed over 30 days ago and read to their end are forgotten, each closing once; a half-read one stays; nothing is told again', async () => {
  const store = openRelayStore(path.join(tempDir('backlog'), 'relay.db'));
  const eva = store.addAgent('Eva', NOW).id;
  const bo = store.addAgent('Bo', NOW).id;
  const readOld = seed(store, at('2026-09-01', '10:00'), at('2026-09-01', '10:30'), 'message');
  const halfOld = seed(store, at('2026-09-02', '10:00'), at('2026-09-02', '10:30'));
  const readRecent = seed(store, at('2026-11-21', '10:00'), at('2026-11-21', '10:30'));
  store.append({ conversation: halfOld, sender: 'system', senderKey: 'system', agentId: null, clientId: 'later', text: 'avslutad', at: at('2026-09-02', '10:31') });
  for (const a of [eva, bo]) for (const v of [readOld, halfOld, readRecent]) store.ackAgent(a, v, 1);
  const before = unseen(store, eva);

  assert.equal(store.forgetReadPositions(NOW), 2, "both agents' positions in the old conversation read to its end");
  assert.equal(store.forgetReadPositions(NOW), 0, 'each closing is looked at once');
  assert.deepEqual(unseen(store, eva), before, 'the laptop is told the same after as before');
  assert.deepEqual(unseen(store, eva), [halfOld]);
  const positions = store.db.prepare('SELECT conversation_id FROM agent_cursors WHERE agent_id = ? ORDER BY conversation_id').pluck().all(eva);
  assert.deepEqual(positions, [halfOld, readRecent].sort());

  // a clock set back an hour does not forget again, and a new hour forgets what closed in it
  assert.equal(store.forgetReadPositions(at('2026-12-01', '22:45')), 0);
  assert.equal(store.forgetReadPositions(at('2026-12-22', '12:00')), 2, 'the recent one, a month on');
  await store.close();
});

test("a laptop's backlog is read by index look-ups: no scan of every conversation the relay ever held", async () => {
  const store = openRelayStore(path.join(tempDir('backlog'), 'relay.db'));
  const plan = planOf(store.db, UNSEEN_SQL.replaceAll('@agent', "'a1'").replaceAll('@since', '0'));
  assert.doesNotMatch(plan, /SCAN (v|conversations)\b/, plan);
  assert.match(plan, /agent_cursors USING PRIMARY KEY \(agent_id=\?\)/);
  await store.close();
});
