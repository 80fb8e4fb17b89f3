import { z } from 'zod';
import { isCalendarDate, isValidTimeZone } from '../domain/calendar';

/**
 * Calendar values as they cross a boundary (the API, the relay protocol), checked once here: an
 * unknown zone or a date that does not exist would make every later date computation throw.
 */
export const TimeZoneField = z.string().max(64).refine(isValidTimeZone, 'an IANA time zone such as Europe/Stockholm');
/** A date that exists (2026-02-30 does not), as YYYY-MM-DD. */
export const CalendarDateField = z.string().refine(isCalendarDate, 'a calendar date, YYYY-MM-DD');
/** A time of day on the wall clock, HH:MM. */
export const ClockTimeField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day, HH:MM');
/** One day's opening hours; 24:00 closes at midnight, so a shop open round the clock is 00:00–24:00. */
export const DayHoursField = z.object({ open: ClockTimeField, close: z.union([ClockTimeField, z.literal('24:00')]) });
