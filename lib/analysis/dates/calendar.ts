import type { Day } from '../types.ts';

/**
 * Calendar arithmetic on local days. A day is an integer count of days since 1970-01-01 in the
 * writer's wall-clock calendar, so adding days never crosses a time-zone or DST boundary and
 * nothing here reads the machine's time zone (only `Date.UTC` and UTC getters).
 */

const MS_PER_DAY = 86_400_000;

/** The message's sent time as the writer's wall clock. */
export interface LocalRef {
  /** Local day number (days since 1970-01-01 in the writer's calendar). */
  today: number;
  hour: number;
  minute: number;
  /** Minutes east of UTC (`+01:00` → 60). */
  offsetMinutes: number;
  /** The UTC instant. */
  instant: Date;
}

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads an ISO 8601 time. The wall clock is taken from the string itself (which is already in
 * the writer's offset); a missing offset is read as UTC. Returns null for anything else.
 */
export function parseRef(ref: string): LocalRef | null {
  const m = ISO_WITH_OFFSET.exec(ref.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, tz] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = Number(h);
  const minute = Number(mi);
  if (hour > 23 || minute > 59) return null;
  let offsetMinutes = 0;
  if (tz && tz !== 'Z') {
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const today = fromYmd(year, month, day);
  const localMs = today * MS_PER_DAY + (hour * 60 + minute) * 60_000 + Number(s ?? 0) * 1000;
  return { today, hour, minute, offsetMinutes, instant: new Date(localMs - offsetMinutes * 60_000) };
}

export function fromYmd(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function toYmd(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function formatDay(day: number): Day {
  const { year, month, day: d } = toYmd(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday, like `Date.getDay`. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWorkingDay(day: number): boolean {
  const wd = weekdayOf(day);
  return wd !== 0 && wd !== 6;
}

/** Monday of the (Monday-first) week containing `day`. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** The day of the week `weekday` (0 = Sunday) in the Monday-first week starting `monday`. */
export function dayInWeek(monday: number, weekday: number): number {
  return monday + ((weekday + 6) % 7);
}

/** The next `weekday` after `today`; `today` itself only when `includeToday`. */
export function comingWeekday(today: number, weekday: number, includeToday: boolean): number {
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  return today + (ahead === 0 && !includeToday ? 7 : ahead);
}

export function lastWorkingDayOnOrBefore(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d--;
  return d;
}

/**
 * A day a business-day count moves over: Monday–Friday, less 1 January and 25 December, the two
 * public holidays France, the UK and the US share (the rest differ by country, and the writer's
 * country is not known here).
 */
function isBusinessDay(day: number): boolean {
  if (!isWorkingDay(day)) return false;
  const { month, day: d } = toYmd(day);
  return !((month === 1 && d === 1) || (month === 12 && d === 25));
}

/** `n` business days after `day` ("sous 3 jours ouvrés", "within 5 business days"). */
export function addWorkingDays(day: number, n: number): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d++;
    if (isBusinessDay(d)) left--;
  }
  return d;
}

/** Working days in `[from, to]`, both included. */
export function workingDaysBetween(from: number, to: number): number {
  let count = 0;
  for (let d = from; d <= to; d++) if (isWorkingDay(d)) count++;
  return count;
}

/** Same day of month `n` months later, clamped to the month's length ("31 Jan + 1 month" → 28 Feb). */
export function addMonths(day: number, n: number): number {
  const { year, month, day: d } = toYmd(day);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromYmd(y, m, Math.min(d, daysInMonth(y, m)));
}

/** The year in which `month` next comes, counting the current month as still ahead. */
export function yearOfComingMonth(today: number, month: number): number {
  const now = toYmd(today);
  return month >= now.month ? now.year : now.year + 1;
}

/** The first `dayOfMonth` on or after `today` (skipping months too short to have it). */
export function comingDayOfMonth(today: number, dayOfMonth: number): number | null {
  if (dayOfMonth < 1 || dayOfMonth > 31) return null;
  let { year, month } = toYmd(today);
  for (let i = 0; i < 13; i++) {
    if (dayOfMonth <= daysInMonth(year, month)) {
      const candidate = fromYmd(year, month, dayOfMonth);
      if (candidate >= today) return candidate;
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return null;
}

/**
 * Friday of the `n`-th week of a month (1-based; -1 = last). A week belongs to the month that
 * holds its Thursday, as ISO 8601 weeks belong to years, so "the first week of January 2027"
 * is 4–8 January, not the week of Friday 1 January.
 */
export function fridayOfWeekOfMonth(year: number, month: number, n: number): number {
  const first = fromYmd(year, month, 1);
  const last = fromYmd(year, month, daysInMonth(year, month));
  const firstThursday = comingWeekday(first, 4, true);
  if (n > 0) return firstThursday + 7 * (n - 1) + 1;
  const lastThursday = last - ((weekdayOf(last) - 4 + 7) % 7);
  return lastThursday + 1;
}
