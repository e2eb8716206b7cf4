import type { Lang } from '../analysis/types.ts';

/**
 * Calendar days for replies. A day is a `YYYY-MM-DD` string; every computation runs on the UTC
 * midnight of that date so the machine's time zone can never shift it by one.
 */

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

const withoutYear = new Map<Lang, Intl.DateTimeFormat>();
const withYear = new Map<Lang, Intl.DateTimeFormat>();

function formatter(lang: Lang, year: boolean): Intl.DateTimeFormat {
  const cache = year ? withYear : withoutYear;
  let found = cache.get(lang);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[lang], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(year ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    cache.set(lang, found);
  }
  return found;
}

function toUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "vendredi 27 novembre" / "Friday, November 27"; the year is added when it is not `today`'s.
 * French writes the first of the month "1er".
 */
export function formatDay(day: string, lang: Lang, today?: string): string {
  const showYear = today !== undefined && today.slice(0, 4) !== day.slice(0, 4);
  const text = formatter(lang, showYear).format(toUtc(day));
  return lang === 'fr' ? text.replace(/(^|\s)1(\s)/u, '$11er$2') : text;
}

/** The calendar day of an ISO date-time with offset, as written (the writer's local day). */
export function dayOf(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  if (!match?.[1]) throw new Error(`not an ISO date: ${iso}`);
  return match[1];
}

export function addDays(day: string, days: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = toUtc(day).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Reads 0 as Sunday too, so both JavaScript and ISO numbering work. */
function normaliseWeekdays(days: readonly number[]): Set<number> {
  return new Set(days.map((day) => (day === 0 ? 7 : day)));
}

/** The `count`-th working day after `day` (working days from the profile; Mon–Fri when empty). */
export function addWorkingDays(day: string, count: number, workingDays: readonly number[]): string {
  const working = normaliseWeekdays(workingDays.length > 0 ? workingDays : [1, 2, 3, 4, 5]);
  let current = day;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (working.has(isoWeekday(current))) left--;
  }
  return current;
}

const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

export function weekdayName(isoDay: number, lang: Lang): string {
  return WEEKDAY_NAMES[lang][(((isoDay + 6) % 7) + 7) % 7] ?? '';
}

/** "du lundi au vendredi" / "Monday to Friday"; a list when the days are not consecutive. */
export function formatWorkingDays(days: readonly number[], lang: Lang): string {
  const sorted = [...normaliseWeekdays(days)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  const consecutive = sorted.length > 1 && last - first === sorted.length - 1;
  if (consecutive) {
    return lang === 'fr'
      ? `du ${weekdayName(first, lang)} au ${weekdayName(last, lang)}`
      : `${weekdayName(first, lang)} to ${weekdayName(last, lang)}`;
  }
  const names = sorted.map((day) => weekdayName(day, lang) + (lang === 'fr' ? '' : 's'));
  const joiner = lang === 'fr' ? ' et ' : ' and ';
  const listed =
    names.length > 1 ? `${names.slice(0, -1).join(', ')}${joiner}${names.at(-1)}` : (names[0] ?? '');
  return lang === 'fr' ? `le ${listed}` : `on ${listed}`;
}

/** "9 h 30" / "9:30 am" from `HH:MM`. */
export function formatClock(clock: string, lang: Lang): string {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  // No-break spaces: "9 h 30" must never wrap.
  if (lang === 'fr') return m === 0 ? `${h}\u00a0h` : `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}`;
  const suffix = h >= 12 ? 'pm' : 'am';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(m).padStart(2, '0')} ${suffix}`;
}
