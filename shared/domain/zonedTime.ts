import { zonedParts } from './openingHours';

const pad = (n: number) => String(n).padStart(2, '0');

/** How far the wall clock in `timeZone` is ahead of UTC at this instant, in ms. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return wall - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The UTC instant of a wall-clock time in a time zone ('2026-03-29', '09:00', 'Europe/Stockholm').
 * A time that does not exist (skipped by the spring change) gives null; a time that happens twice
 * (the autumn change) gives the first.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // try the offsets around that wall time: the earliest instant whose wall clock matches wins
  const candidates = [wall - zoneOffsetMs(wall - 86_400_000, timeZone), wall - zoneOffsetMs(wall, timeZone), wall - zoneOffsetMs(wall + 86_400_000, timeZone)];
  const ok = candidates.filter((t) => localDateTime(t, timeZone) === `${date} ${pad(hh)}:${pad(mm)}`).sort((a, b) => a - b);
  return ok[0] ?? null;
}

/** 'YYYY-MM-DD HH:MM' on the wall clock of the time zone. */
export function localDateTime(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar date after `date` (YYYY-MM-DD). */
export function nextDate(date: string, days = 1): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
