import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import type { ConversationInfo } from '../../../shared/contract/relayProtocol';
import { manualClock } from '../../../shared/domain/clock';
import { composeMail } from '../../../tests/fixtures/rawMail';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { storeConversation, storeRelayMessage } from '../chat/chatIngest';
import { ingestEmail } from '../mail/ingestEmail';

test('a live chat waiting for an answer goes to the top of the queue and of “answer first”, above late e-mail', async () => {
  const now = Date.parse('2026-12-01T13:40:00+01:00');
  const clock = manualClock(now);
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock });
  const api = createInMemoryClient(services.endpoint);
  // e-mail that has waited 37 hours, far past its target
  const raw = await composeMail({ from: 'sen@kund.test', to: 'butik@shop.test', subject: 'Sent svar', text: 'Hallå?', date: new Date(now - 37 * 3_600_000) });
  await ingestEmail(services, { account: { id: 'acc', address: 'butik@shop.test' }, folder: 'INBOX', role: 'inbox', uidvalidity: 1, uid: 1, flags: [], raw, internalDate: null });

  const conv: ConversationInfo = { id: 'conv-live-1', kind: 'chat', state: 'queued', owner: null, customer: { id: 'rc-1', name: 'Lisa', email: null, phone: null, lang: 'sv', page: null, timeZone: null }, createdAt: now, lastSeq: 1, callbackAt: null, callbackStatus: null, caseRef: null };
  const { caseId } = services.db.transaction(() => storeConversation(services, conv))();
  services.db.transaction(() => storeRelayMessage(services, { type: 'msg', conversation: conv.id, seq: 1, from: 'customer', agent: null, clientId: 'c-00000001', text: 'Hej, finns jackan i M?', image: null, at: now }))();

  const queue = (await api.listCases({})).items;
  assert.equal(queue[0]!.id, caseId, 'the chat is first');
  assert.equal(queue[1]!.subject, 'Sent svar');
  const first = await api.suggestFirst({});
  assert.equal(first[0]!.caseId, caseId);
  assert.match(first[0]!.reasons.map((r) => r.sv).join(' '), /väntar i chatten/);

  // the chat ends: it takes its place by deadline again
  services.db.transaction(() => storeConversation(services, { ...conv, state: 'closed' }))();
  assert.equal((await api.listCases({})).items[0]!.subject, 'Sent svar');
  await services.close();
});
