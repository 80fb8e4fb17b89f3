import type { OpeningHours } from './settings';
import { dateOfParts, wallClock } from './calendar';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether the shop is open at this instant, by its weekly hours and holidays in its own time zone. */
export function isOpenAt(instant: number, hours: OpeningHours, timeZone: string, holidays: readonly string[] = []): boolean {
  const p = wallClock(instant, timeZone);
  if (holidays.includes(dateOfParts(p))) return false;
  const day = hours[p.weekday];
  if (!day) return false;
  const m = p.hour * 60 + p.minute;
  return m >= minutesOf(day.open) && m < minutesOf(day.close);
}
