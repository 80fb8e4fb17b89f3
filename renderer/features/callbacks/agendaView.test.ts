import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Callback } from '../../../shared/contract/api';
import { agendaView, statusKey } from './agendaView';

const call = (id: string, o: Partial<Callback>): Callback => ({
  id, caseId: null, customerId: null, phone: '+46701234567', name: '', dueAt: 1000, timeZone: 'Europe/Stockholm', customerTimeZone: null, local: { shop: '2026-12-01 10:00', customer: null },
  durationMin: 15, note: '', assignee: null, status: 'booked', outcome: null, outcomeNote: null, remindedAt: null, dueNotifiedAt: null, late: false, attempt: 1, source: 'widget', shared: true, confirmedAt: null, customerRemindedAt: null, ...o,
});

test('“Mine” is the calls assigned to me, not the shop’s unassigned ones; a call not reached does not read as done', () => {
  const agenda = [call('a', { assignee: 'Maja' }), call('b', { assignee: null }), call('c', { assignee: 'Bo' }), call('d', { assignee: 'Maja', status: 'done', outcome: 'not_reached', dueAt: 2000 })];
  const mine = agendaView(agenda, { whose: 'mine', me: 'Maja', from: 0, now: 500 });
  assert.deepEqual([...mine.overdue, ...mine.upcoming].map((c) => c.id).sort(), ['a', 'd']);
  const shop = agendaView(agenda, { whose: 'shop', me: 'Maja', from: 0, now: 1500 });
  assert.deepEqual(shop.overdue.map((c) => c.id).sort(), ['a', 'b', 'c'], 'booked and past its time');
  assert.equal(statusKey(agenda[3]!), 'callbacks.outcome.not_reached');
  assert.equal(statusKey(agenda[0]!), 'callbacks.status.booked');
});
