/**
 * The shop's calendar: every computation with days goes through here, in the shop's IANA time zone.
 *
 * A day is not 24 hours (23 in March, 25 in October in Stockholm) and "today" is not the UTC date, so
 * nothing else in the code adds milliseconds to step days or slices dates out of ISO strings (the
 * ESLint setup forbids both). Instants are epoch milliseconds; calendar dates are 'YYYY-MM-DD' on the
 * shop's wall calendar. Temporal does the zone rules; Intl formatters do the hot path of reading a
 * wall clock, since that runs per row in the queue and per slot in the slot grid.
 */
import { Temporal } from 'temporal-polyfill';

/** A date on the wall calendar, 'YYYY-MM-DD'. */
export type CalendarDate = string;

/** The wall-clock parts of an instant in an IANA time zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(s)) return false;
  try {
    return Temporal.PlainDate.from(s, { overflow: 'reject' }).toString() === s;
  } catch {
    return false;
  }
}

/** The wall clock of the time zone at this instant. */
export function wallClock(instant: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** The calendar date of parts that carry one. */
export const dateOfParts = (p: Pick<WallClock, 'year' | 'month' | 'day'>): CalendarDate => `${p.year}-${pad(p.month)}-${pad(p.day)}`;

/** The shop's calendar date at this instant. */
export const dateOf = (instant: number, timeZone: string): CalendarDate => dateOfParts(wallClock(instant, timeZone));

/** Today on the shop's calendar. */
export const today = (now: number, timeZone: string): CalendarDate => dateOf(now, timeZone);

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Tomorrow on the shop's calendar. */
export const tomorrow = (now: number, timeZone: string): CalendarDate => addDays(today(now, timeZone), 1);

/** 0 = Monday … 6 = Sunday. */
export const weekdayOf = (date: CalendarDate): number => Temporal.PlainDate.from(date).dayOfWeek - 1;

/** Whole days from `a` to `b` (b later: positive). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;
}

/** `count` consecutive dates starting at `from`. */
export function daysFrom(from: CalendarDate, count: number): CalendarDate[] {
  const start = Temporal.PlainDate.from(from);
  return Array.from({ length: Math.max(0, count) }, (_, i) => start.add({ days: i }).toString());
}

/** Monday to Sunday of the week `date` is in. */
export const weekOf = (date: CalendarDate): CalendarDate[] => daysFrom(addDays(date, -weekdayOf(date)), 7);

/** The instant the day begins in the zone (not always 00:00 where a change skips midnight). */
export function startOfDay(date: CalendarDate, timeZone: string): number {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds;
}

/** The instant the next day begins: the end (exclusive) of `date`. */
export const endOfDay = (date: CalendarDate, timeZone: string): number => startOfDay(addDays(date, 1), timeZone);

/** From the start of `from` to the end of `to`, as [start, end) instants. */
export const dayRange = (from: CalendarDate, to: CalendarDate, timeZone: string): { from: number; to: number } => ({ from: startOfDay(from, timeZone), to: endOfDay(to, timeZone) });

/**
 * The UTC instant of a wall-clock time in a time zone ('2026-03-29', '09:00', 'Europe/Stockholm').
 * A time that does not exist (skipped by the spring change) gives null; a time that happens twice
 * (the autumn change) gives the first.
 */
export function zonedInstant(date: CalendarDate, time: string, timeZone: string): number | null {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Temporal.PlainDate.from(date).toPlainDateTime({ hour: hh === 24 ? 0 : hh, minute: mm });
  const at = (hh === 24 ? wall.add({ days: 1 }) : wall).toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  if (hh !== 24 && !at.toPlainDateTime().equals(wall)) return null; // inside the spring gap
  return at.epochMilliseconds;
}

/** The same wall-clock time `days` calendar days away (a day across a clock change is 23 or 25 hours). */
export function shiftDays(instant: number, days: number, timeZone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone).add({ days }).epochMilliseconds;
}

/** 'YYYY-MM-DD HH:MM' on the wall clock of the time zone. */
export function localDateTime(instant: number, timeZone: string): string {
  const p = wallClock(instant, timeZone);
  return `${dateOfParts(p)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The time zone the running system or browser is set to, for defaults only. */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
