import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import type { ConversationInfo } from '../../../shared/contract/relayProtocol';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { noticeText } from '../callbacks/callbackNotices';
import { storeConversation } from '../chat/chatIngest';

const conv = (id: string, lang: 'sv' | 'en', kind: ConversationInfo['kind'] = 'chat'): ConversationInfo => ({
  id, kind, state: 'queued', owner: null, customer: { id: `rc-${id}`, name: 'Tom Brown', email: null, phone: '+46701234567', lang, page: null, timeZone: null },
  createdAt: Date.parse('2026-12-01T10:00:00+01:00'), lastSeq: 0, callbackAt: kind === 'callback' ? Date.parse('2026-12-02T10:00:00+01:00') : null, callbackStatus: kind === 'callback' ? 'booked' : null, caseRef: null,
});

test('texts to a customer follow the customer’s language, not the agent’s', async () => {
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.parse('2026-12-01T10:00:00+01:00')), osLocale: 'sv-SE' });
  const api = createInMemoryClient(services.endpoint);
  await api.updateSettings({ language: 'sv' });
  const english = services.db.transaction(() => storeConversation(services, conv('conv-en-1', 'en')))();
  assert.equal((await api.getCase({ id: english.caseId })).customerLanguage, 'en', 'the widget spoke English');

  // a callback booked from an English widget: the confirmation is in English
  const booked = services.db.transaction(() => storeConversation(services, conv('conv-en-2', 'en', 'callback')))();
  const cb = services.repos.callbacks.ofCase(booked.caseId)[0]!;
  assert.match(noticeText({ ...services, osLocale: 'sv-SE' }, cb, 'confirm').body, /^Hello Tom! We will call you/);
  // with the relay's self-service link (the same body goes by e-mail): move or cancel without writing
  const linked = noticeText({ ...services, osLocale: 'sv-SE' }, cb, 'reminder', null, 'https://chat.shop.example/callback/t0k3n').body;
  assert.match(linked, /^Hello Tom! A reminder: we will call you .* Reply 1 to confirm or 2 to cancel\. Change the time: https:\/\/chat\.shop\.example\/callback\/t0k3n$/);

  // a phone case with no chat: what the customer wrote decides; too little text: the shop's language
  const written = await api.createCase({ channel: 'phone', subject: 'Samtal', customer: { name: 'Tom' }, note: 'x' });
  assert.equal((await api.getCase({ id: written.id })).customerLanguage, 'sv');
  await services.close();
});
