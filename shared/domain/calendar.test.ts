import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, dateOf, daysBetween, daysFrom, endOfDay, isCalendarDate, localDateTime, shiftDays, startOfDay, today, tomorrow, weekOf, weekdayOf, zonedInstant } from './calendar';

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
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2026-03-28', 2), '2026-03-30');
});

test('today and tomorrow are the shop\'s dates, not the UTC date, just before midnight', () => {
  // 2026-12-01 23:45 in Stockholm is 22:45 UTC: the UTC date is the same, but at 00:30 it is not
  const lateEvening = Date.UTC(2026, 11, 1, 22, 45);
  assert.equal(today(lateEvening, TZ), '2026-12-01');
  assert.equal(tomorrow(lateEvening, TZ), '2026-12-02');
  const justAfterMidnight = Date.UTC(2026, 11, 1, 23, 30); // 00:30 on 2 December in Stockholm
  assert.equal(today(justAfterMidnight, TZ), '2026-12-02');
  assert.equal(tomorrow(justAfterMidnight, TZ), '2026-12-03');
  // New Year's Eve: the year turns on the shop's wall clock
  assert.equal(tomorrow(Date.UTC(2026, 11, 31, 22, 59), TZ), '2027-01-01');
  assert.equal(today(Date.UTC(2026, 11, 31, 23, 0), TZ), '2027-01-01');
  assert.equal(today(Date.UTC(2026, 11, 31, 23, 0), 'America/New_York'), '2026-12-31');
});

test('a day across a clock change is 23 or 25 hours long, and stepping days keeps the wall time', () => {
  assert.equal(endOfDay('2026-03-29', TZ) - startOfDay('2026-03-29', TZ), 23 * 3_600_000);
  assert.equal(endOfDay('2026-10-25', TZ) - startOfDay('2026-10-25', TZ), 25 * 3_600_000);
  assert.equal(startOfDay('2026-12-01', TZ), Date.UTC(2026, 10, 30, 23, 0));
  const nineOnSaturday = zonedInstant('2026-03-28', '09:00', TZ)!;
  assert.equal(localDateTime(shiftDays(nineOnSaturday, 1, TZ), TZ), '2026-03-29 09:00');
  assert.equal(localDateTime(shiftDays(zonedInstant('2026-10-26', '09:00', TZ)!, -1, TZ), TZ), '2026-10-25 09:00');
  assert.equal(dateOf(startOfDay('2026-10-25', TZ), TZ), '2026-10-25');
});

test('weeks run Monday to Sunday, and dates are checked', () => {
  assert.equal(weekdayOf('2026-11-23'), 0, 'a Monday');
  assert.equal(weekdayOf('2026-11-29'), 6, 'a Sunday');
  assert.deepEqual(weekOf('2026-12-31'), ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  assert.deepEqual(daysFrom('2026-02-27', 3), ['2026-02-27', '2026-02-28', '2026-03-01']);
  assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
  assert.equal(isCalendarDate('2026-02-29'), false);
  assert.equal(isCalendarDate('2028-02-29'), true);
  assert.equal(isCalendarDate('2026-1-01'), false);
});
