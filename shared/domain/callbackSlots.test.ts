import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSlotStart, nextFreeSlot, offeredSlots, slotsForDate, type SlotRules } from './callbackSlots';
import { DEFAULT_OPENING_HOURS } from './settings';

const rules: SlotRules = { timeZone: 'Europe/Stockholm', openingHours: DEFAULT_OPENING_HOURS, holidays: ['2026-12-24'], slotMinutes: 30, capacity: 2, leadMinutes: 30 };
const LONG_AGO = Date.UTC(2026, 0, 1);

test('slots follow the opening hours on the shop’s wall clock', () => {
  const monday = slotsForDate('2026-11-23', rules, [], LONG_AGO);
  assert.equal(monday.length, 16, '09:00–17:00 in 30-minute slots');
  assert.equal(monday[0]!.local, '09:00');
  assert.equal(monday[0]!.at, Date.UTC(2026, 10, 23, 8, 0));
  assert.equal(monday.at(-1)!.local, '16:30');
  assert.equal(slotsForDate('2026-11-22', rules, [], LONG_AGO).length, 0, 'closed on Sunday');
  assert.equal(slotsForDate('2026-12-24', rules, [], LONG_AGO).length, 0, 'closed on a holiday');
});

test('a slot is full at capacity and is no longer offered', () => {
  const at = Date.UTC(2026, 10, 23, 8, 0);
  assert.equal(slotsForDate('2026-11-23', rules, [at], LONG_AGO)[0]!.free, 1);
  assert.equal(offeredSlots('2026-11-23', rules, [at, at], LONG_AGO)[0]!.local, '09:30');
});

test('slots too soon are not offered', () => {
  const now = Date.UTC(2026, 10, 23, 8, 10); // 09:10 local
  assert.equal(offeredSlots('2026-11-23', rules, [], now)[0]!.local, '10:00');
});

test('across the clock changes 09:00 stays 09:00 local', () => {
  // Monday 30 March 2026 (after the spring change) and Monday 26 October (after the autumn change)
  assert.equal(slotsForDate('2026-03-30', rules, [], LONG_AGO)[0]!.at, Date.UTC(2026, 2, 30, 7, 0));
  assert.equal(slotsForDate('2026-10-26', rules, [], LONG_AGO)[0]!.at, Date.UTC(2026, 9, 26, 8, 0));
});

test('slot starts and the next free slot', () => {
  assert.equal(isSlotStart(Date.UTC(2026, 10, 23, 8, 30), rules), true);
  assert.equal(isSlotStart(Date.UTC(2026, 10, 23, 8, 10), rules), false);
  const fri = Date.UTC(2026, 10, 27, 15, 50); // Friday 16:50 local: 16:30 has begun; the next is Saturday 10:00
  assert.equal(nextFreeSlot(fri, rules, [])!.at, Date.UTC(2026, 10, 28, 9, 0));
});
