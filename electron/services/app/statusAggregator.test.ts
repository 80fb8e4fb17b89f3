import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AppStatus } from '../../../shared/contract/api';
import { createEventHub } from '../events/eventHub';
import { createStatusAggregator } from './statusAggregator';

test('one status for the whole app: online only when every channel is, emitted once per change', () => {
  const events = createEventHub();
  let pending = 0;
  const online = { mail: true, chat: true };
  const seen: AppStatus[] = [];
  events.subscribe((name, payload) => name === 'statusChanged' && seen.push(payload as AppStatus));
  createStatusAggregator({ events, repos: { outbox: { pendingCount: () => pending } as never }, online: () => online.mail && online.chat });

  events.emit('chatStatusChanged', {} as never);
  assert.deepEqual(seen, [{ outboxPending: 0, online: true }]);
  online.mail = false;
  events.emit('mailStatusChanged', []);
  // chat reports again, still fine by itself: the app stays offline, nothing flips back
  events.emit('chatStatusChanged', {} as never);
  events.emit('chatStatusChanged', {} as never);
  assert.deepEqual(seen.map((s) => s.online), [true, false]);
  pending = 2;
  events.emit('casesChanged', { ids: ['x'] });
  assert.deepEqual(seen.at(-1), { outboxPending: 2, online: false });
  assert.equal(seen.length, 3);
});
