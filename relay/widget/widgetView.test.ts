import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QueueInfo } from '../../shared/contract/relayProtocol';
import { PHONE_INPUT_PATTERN } from '../../shared/contract/relayConstants';
import { submitButtons, widgetView, type WidgetPane, type WidgetState } from './widgetView';
import { errorWords, WIDGET_TEXTS } from './widgetTexts';

const queue = (open: boolean, reason: QueueInfo['reason'] = open ? null : 'closed'): QueueInfo => ({ type: 'queue', open, reason, agentsOnline: open ? 2 : 0, freeSlots: open ? 3 : 0, position: null, waitSeconds: null });
const state = (o: Partial<WidgetState>): WidgetState => ({ connection: 'online', queue: queue(true), pane: 'none', hasConversation: false, ...o });

test('open shop: the chat composer with the call-back offer under it, no choices', () => {
  const v = widgetView(state({}));
  assert.deepEqual(v, { status: 'online', agentsAvailable: true, chatForm: true, offerCallback: true, alternatives: 'none' });
});

test('closed shop: leave a message or book a call, and no composer until a conversation exists', () => {
  assert.deepEqual(widgetView(state({ queue: queue(false) })), { status: 'closedNow', agentsAvailable: false, chatForm: false, offerCallback: false, alternatives: 'choices' });
  assert.equal(widgetView(state({ queue: queue(false, 'noAgents') })).status, 'noAgents');
  assert.equal(widgetView(state({ queue: queue(false), hasConversation: true })).chatForm, true, 'a started conversation can go on');
});

test('booking while the shop is open: the booking form replaces the composer', () => {
  const v = widgetView(state({ pane: 'callback' }));
  assert.equal(v.alternatives, 'callback');
  assert.equal(v.chatForm, false);
  assert.equal(widgetView(state({ pane: 'leave', queue: queue(false) })).alternatives, 'leave');
  // the confirmation gives the composer back while someone can answer
  assert.equal(widgetView(state({ pane: 'done' })).chatForm, true);
  assert.equal(widgetView(state({ pane: 'done', queue: queue(false) })).chatForm, false);
});

test('not yet connected, or offline: says so, and the composer stays so a line can wait to be sent', () => {
  assert.equal(widgetView(state({ connection: 'connecting', queue: null })).status, 'connecting');
  const off = widgetView(state({ connection: 'offline', queue: queue(false) }));
  assert.equal(off.status, 'offline');
  assert.equal(off.chatForm, true);
  assert.equal(off.alternatives, 'none');
});

test('in every state, at most one form with a submit button shows', () => {
  const panes: WidgetPane[] = ['none', 'leave', 'callback', 'done'];
  for (const connection of ['connecting', 'online', 'offline'] as const)
    for (const q of [null, queue(true), queue(false), queue(false, 'noAgents')])
      for (const pane of panes)
        for (const hasConversation of [false, true]) {
          const s = { connection, queue: q, pane, hasConversation };
          assert.ok(submitButtons(widgetView(s)) <= 1, JSON.stringify(s));
        }
});

test('the phone field’s pattern compiles the way browsers compile it (the v flag) and takes numbers as people write them', () => {
  const re = new RegExp(`^(?:${PHONE_INPUT_PATTERN})$`, 'v');
  for (const ok of ['070-123 45 67', '+46 70 123 45 67', '(08) 123 456']) assert.ok(re.test(ok), ok);
  for (const bad of ['ring mig', '12', 'x'.repeat(25)]) assert.ok(!re.test(bad), bad);
});

test('relay errors reach the customer in the widget’s language, never in the relay’s English', () => {
  for (const lang of ['sv', 'en'] as const) {
    const t = WIDGET_TEXTS[lang];
    const words = ['slot_full', 'already_booked', 'over_quota', 'closed', 'too_large', 'unavailable', 'bad_frame', 'not_found', 'forbidden'].map((c) => errorWords(t, c));
    assert.ok(words.every((w) => w.length > 10));
    assert.equal(errorWords(t, 'closed'), t.chatEnded);
    assert.equal(errorWords(t, 'something_new'), t.notSent, 'a code the widget does not know is still worded');
  }
  assert.match(errorWords(WIDGET_TEXTS.sv, 'too_large'), /1,5 MB/);
});
