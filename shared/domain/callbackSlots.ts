import type { OpeningHours } from './settings';
import { addDays, dateOf, dayRange, daysFrom, startOfDay, today, weekdayOf, zonedInstant, type CalendarDate } from './calendar';

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
export function slotsForDate(date: CalendarDate, rules: SlotRules, booked: readonly number[], now: number): Slot[] {
  if (rules.holidays.includes(date)) return [];
  const hours = rules.openingHours[weekdayOf(date)];
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
export function offeredSlots(date: CalendarDate, rules: SlotRules, booked: readonly number[], now: number): Slot[] {
  return slotsForDate(date, rules, booked, now).filter((s) => s.free > 0);
}

/** Whether an instant starts a slot of the shop's day (so a booking lands on the grid). */
export function isSlotStart(at: number, rules: SlotRules): boolean {
  const date = dateOf(at, rules.timeZone);
  return slotsForDate(date, { ...rules, leadMinutes: -1e9 }, [], at).some((s) => s.at === at);
}

/** The first slot with a place starting at `from` or later, within `days` days (for "try again" suggestions). */
export function nextFreeSlot(from: number, rules: SlotRules, booked: readonly number[], days = 14): Slot | null {
  let date = dateOf(from, rules.timeZone);
  for (let i = 0; i < days; i++) {
    const slot = offeredSlots(date, { ...rules, leadMinutes: 0 }, booked, from).find((s) => s.at >= from);
    if (slot) return slot;
    date = addDays(date, 1);
  }
  return null;
}

/** The instants whose bookings matter for the slots of `dates` (the first to the last, whole days). */
export const slotWindow = (dates: readonly CalendarDate[], timeZone: string) => dayRange(dates[0]!, dates[dates.length - 1]!, timeZone);

export interface BookableDay {
  date: CalendarDate;
  /** The instant the day starts in the shop's zone: to write the date out there. */
  at: number;
  /** Places left over the whole day. */
  free: number;
}

/** The shop's next `count` calendar days, from today, that have a free callback time. */
export function bookableDays(now: number, rules: SlotRules, booked: readonly number[], count = 14): BookableDay[] {
  return daysFrom(today(now, rules.timeZone), count)
    .map((date) => ({ date, at: startOfDay(date, rules.timeZone), free: offeredSlots(date, rules, booked, now).reduce((n, s) => n + s.free, 0) }))
    .filter((d) => d.free > 0);
}
