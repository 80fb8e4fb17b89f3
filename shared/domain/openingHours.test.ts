import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOpenAt } from './openingHours';
import { DEFAULT_OPENING_HOURS } from './settings';

test('isOpenAt follows weekday hours, closing time exclusive, and holidays', () => {
  const tz = 'Europe/Stockholm';
  // Monday 2026-11-23, 08:00 UTC = 09:00 in Stockholm (winter time)
  assert.equal(isOpenAt(Date.UTC(2026, 10, 23, 8, 0), DEFAULT_OPENING_HOURS, tz), true);
  assert.equal(isOpenAt(Date.UTC(2026, 10, 23, 7, 59), DEFAULT_OPENING_HOURS, tz), false);
  assert.equal(isOpenAt(Date.UTC(2026, 10, 23, 16, 0), DEFAULT_OPENING_HOURS, tz), false, '17:00 is closed');
  assert.equal(isOpenAt(Date.UTC(2026, 10, 22, 12, 0), DEFAULT_OPENING_HOURS, tz), false, 'Sunday');
  assert.equal(isOpenAt(Date.UTC(2026, 10, 23, 10, 0), DEFAULT_OPENING_HOURS, tz, ['2026-11-23']), false, 'holiday');
  // 23:30 on Monday in Stockholm is already Tuesday in UTC+0 terms of nothing: the shop's weekday counts
  assert.equal(isOpenAt(Date.UTC(2026, 10, 23, 22, 30), Array(7).fill(null).map((_, i) => (i === 0 ? { open: '23:00', close: '24:00' } : null)), tz), true);
});
