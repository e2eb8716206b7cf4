/**
 * Calendar days in the user's time zone. "Today" is always computed with the zone from the
 * settings (Intl.DateTimeFormat with `timeZone`), never the machine's: a freelancer in Montréal
 * working on a laptop set to Paris time must see Friday's promise late only after *their* Friday.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatter cache: building an Intl.DateTimeFormat costs far more than using one. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock day and time of `now` in `timeZone`. */
export function wallClock(now: Date, timeZone: string): { day: string; time: string } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(now)) parts[part.type] = part.value;
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Today's `YYYY-MM-DD` in `timeZone`. */
export function todayIn(timeZone: string, now: Date): string {
  return wallClock(now, timeZone).day;
}

function toUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** `day` moved by `n` calendar days (pure calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = toUtc(day).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Sunday closing the (Monday-first) week that holds `day`. */
export function endOfWeek(day: string): string {
  return addDays(day, 7 - isoWeekday(day));
}
