import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOpenAt, zonedParts } from './openingHours';
import { DEFAULT_OPENING_HOURS } from './settings';

test('zonedParts reads the wall clock in the shop time zone, across the clock change', () => {
  // 2026-03-29 01:30 UTC is 03:30 summer time in Stockholm (clocks went 02:00 → 03:00)
  assert.deepEqual(zonedParts(Date.UTC(2026, 2, 29, 1, 30), 'Europe/Stockholm'), { year: 2026, month: 3, day: 29, hour: 3, minute: 30, weekday: 6 });
  assert.equal(zonedParts(Date.UTC(2026, 2, 28, 1, 30), 'Europe/Stockholm').hour, 2);
});

test('isOpenAt follows weekday hours, closing time exclusive, and holidays', () => {
  const tz = 'Europe/Stockholm';
  // Monday 2026-11-23, 08:00 UTC = 09:00 in Stockholm (winter time)
  assert.equal(isOpenAt(Date.UTC(2026, 10, 23, 8, 0), DEFAULT_OPENING_HOURS, tz), true);
  assert.equal(isOpenAt(Date.UTC(2026, 10, 23, 7, 59), DEFAULT_OPENING_HOURS, tz), false);
  assert.equal(isOpenAt(Date.UTC(2026, 10, 23, 16, 0), DEFAULT_OPENING_HOURS, tz), false, '17:00 is closed');
  assert.equal(isOpenAt(Date.UTC(2026, 10, 22, 12, 0), DEFAULT_OPENING_HOURS, tz), false, 'Sunday');
  assert.equal(isOpenAt(Date.UTC(2026, 10, 23, 10, 0), DEFAULT_OPENING_HOURS, tz, ['2026-11-23']), false, 'holiday');
});
