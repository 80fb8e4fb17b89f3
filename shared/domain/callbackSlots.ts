import type { OpeningHours } from './settings';
import { zonedParts } from './openingHours';
import { localDate } from './openingHours';
import { zonedInstant } from './zonedTime';

/** What decides the callback slots a shop offers. */
export interface SlotRules {
  timeZone: string;
  openingHours: OpeningHours;
  /** YYYY-MM-DD in the shop's time zone. */
  holidays: readonly string[];
  /** Length of one callback slot. */
  slotMinutes: number;
  /** Agents on callback duty: how many callbacks one slot takes. */
  capacity: number;
  /** A slot must start at least this long from now. */
  leadMinutes: number;
}

export interface Slot {
  /** UTC instant the slot starts. */
  at: number;
  /** HH:MM on the shop's wall clock. */
  local: string;
  /** Places left (capacity minus bookings). */
  free: number;
}

export const DEFAULT_SLOT_RULES = { slotMinutes: 15, capacity: 1, leadMinutes: 30 } as const;

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Every slot of one day (the shop's calendar date), with the places left. Slots follow the opening
 * hours on the shop's wall clock, so across a clock change 09:00 stays 09:00; a wall time the
 * change skips is no slot. Booked instants each take one place in the slot they start.
 */
export function slotsForDate(date: string, rules: SlotRules, booked: readonly number[], now: number): Slot[] {
  if (rules.holidays.includes(date)) return [];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const hours = rules.openingHours[weekday];
  if (!hours) return [];
  const counts = new Map<number, number>();
  for (const b of booked) counts.set(b, (counts.get(b) ?? 0) + 1);
  const out: Slot[] = [];
  const earliest = now + rules.leadMinutes * 60_000;
  for (let t = toMinutes(hours.open); t + rules.slotMinutes <= toMinutes(hours.close); t += rules.slotMinutes) {
    const at = zonedInstant(date, hhmm(t), rules.timeZone);
    if (at === null || at < earliest) continue;
    out.push({ at, local: hhmm(t), free: Math.max(0, rules.capacity - (counts.get(at) ?? 0)) });
  }
  return out;
}

/** The slots a customer may choose: those with a place left. */
export function offeredSlots(date: string, rules: SlotRules, booked: readonly number[], now: number): Slot[] {
  return slotsForDate(date, rules, booked, now).filter((s) => s.free > 0);
}

/** Whether an instant starts a slot of the shop's day (so a booking lands on the grid). */
export function isSlotStart(at: number, rules: SlotRules): boolean {
  const date = localDate(zonedParts(at, rules.timeZone));
  return slotsForDate(date, { ...rules, leadMinutes: -1e9 }, [], at).some((s) => s.at === at);
}

/** The first slot with a place starting at `from` or later, within `days` days (for "try again" suggestions). */
export function nextFreeSlot(from: number, rules: SlotRules, booked: readonly number[], days = 14): Slot | null {
  let date = localDate(zonedParts(from, rules.timeZone));
  for (let i = 0; i < days; i++) {
    const slot = offeredSlots(date, { ...rules, leadMinutes: 0 }, booked, from).find((s) => s.at >= from);
    if (slot) return slot;
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    date = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  }
  return null;
}
