import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localDateTime, nextDate, zonedInstant } from './zonedTime';

const TZ = 'Europe/Stockholm';

test('wall-clock times in Stockholm map to the right UTC instant in winter and summer', () => {
  assert.equal(zonedInstant('2026-11-23', '09:00', TZ), Date.UTC(2026, 10, 23, 8, 0));
  assert.equal(zonedInstant('2026-06-15', '09:00', TZ), Date.UTC(2026, 5, 15, 7, 0));
});

test('across the spring change: 09:00 the day after is 07:00 UTC; 02:30 on the night does not exist', () => {
  assert.equal(zonedInstant('2026-03-28', '09:00', TZ), Date.UTC(2026, 2, 28, 8, 0));
  assert.equal(zonedInstant('2026-03-29', '09:00', TZ), Date.UTC(2026, 2, 29, 7, 0));
  assert.equal(zonedInstant('2026-03-29', '02:30', TZ), null);
});

test('across the autumn change: 09:00 the day after is 08:00 UTC; 02:30 happens twice and the first is taken', () => {
  assert.equal(zonedInstant('2026-10-24', '09:00', TZ), Date.UTC(2026, 9, 24, 7, 0));
  assert.equal(zonedInstant('2026-10-25', '09:00', TZ), Date.UTC(2026, 9, 25, 8, 0));
  assert.equal(zonedInstant('2026-10-25', '02:30', TZ), Date.UTC(2026, 9, 25, 0, 30));
  assert.equal(localDateTime(Date.UTC(2026, 9, 25, 1, 30), TZ), '2026-10-25 02:30', 'the second 02:30');
});

test('other zones and date arithmetic', () => {
  assert.equal(zonedInstant('2026-11-23', '09:00', 'America/New_York'), Date.UTC(2026, 10, 23, 14, 0));
  assert.equal(nextDate('2026-12-31'), '2027-01-01');
  assert.equal(nextDate('2026-03-28', 2), '2026-03-30');
});
