import {
  addMonths,
  addWorkingDays,
  comingDayOfMonth,
  comingWeekday,
  dayInWeek,
  daysInMonth,
  fridayOfWeekOfMonth,
  fromYmd,
  type LocalRef,
  lastWorkingDayOnOrBefore,
  mondayOf,
  toYmd,
  weekdayOf,
  workingDaysBetween,
  yearOfComingMonth,
} from './calendar.ts';
import type { Resolution } from './rule-types.ts';

/**
 * How each family of time expressions becomes a day. Shared by both languages: the rules
 * (data) only say which family a phrase belongs to.
 *
 * Conventions, from the labelled sets (eval/FORMAT.md):
 * - a weekday means the coming one; said on that very weekday, the one a week later;
 * - "next Tuesday" means the Tuesday of next week;
 * - a window ("next week", "in January", "mid-December") resolves to its last working day and
 *   is vague; "end of the month" is the month's last calendar day and is not;
 * - a window is vague when it spans more than two working days (FORMAT: "vague").
 */

const exact = (due: number): Resolution => ({ due, vague: false });
const loose = (due: number): Resolution => ({ due, vague: true });

/** The weekend (or a Saturday/Sunday mail) looks ahead to the coming working week. */
function workingWeekMonday(ref: LocalRef): number {
  const wd = weekdayOf(ref.today);
  return wd === 0 || wd === 6 ? mondayOf(ref.today) + 7 : mondayOf(ref.today);
}

export function today(ref: LocalRef): Resolution {
  return exact(ref.today);
}

/** The next day (written in the small hours, some readers mean the day that is starting). */
export function tomorrow(ref: LocalRef): Resolution {
  return exact(ref.today + 1);
}

export function daysAhead(ref: LocalRef, n: number): Resolution {
  return exact(ref.today + n);
}

/** "first thing": this morning when written before work starts, otherwise the next morning. */
export function firstThing(ref: LocalRef): Resolution {
  return exact(ref.hour < 8 ? ref.today : ref.today + 1);
}

export function weekday(ref: LocalRef, wd: number, includeToday: boolean): Resolution {
  return exact(comingWeekday(ref.today, wd, includeToday));
}

/**
 * "next Friday", "vendredi prochain": the Friday of next week. Said early in the week, the
 * coming Friday is another honest reading; the labelled sets accept both, the Friday of next
 * week is always among them.
 */
export function nextWeekday(ref: LocalRef, wd: number): Resolution {
  return exact(dayInWeek(mondayOf(ref.today) + 7, wd));
}

/** "Friday of next week", "vendredi de la semaine prochaine". */
export function weekdayOfNextWeek(ref: LocalRef, wd: number): Resolution {
  return exact(dayInWeek(mondayOf(ref.today) + 7, wd));
}

/** "mardi en huit": a week after the coming Tuesday. */
export function weekdayWeekAfter(ref: LocalRef, wd: number): Resolution {
  return exact(comingWeekday(ref.today, wd, false) + 7);
}

/** "end of the week", "fin de semaine": Friday of the working week in view. */
export function endOfWeek(ref: LocalRef, weeksAhead: number): Resolution {
  const monday = weeksAhead === 0 ? workingWeekMonday(ref) : mondayOf(ref.today) + 7 * weeksAhead;
  return exact(monday + 4);
}

/** "this week", "dans la semaine": until Friday; vague when more than two working days are left. */
export function thisWeek(ref: LocalRef): Resolution {
  const friday = workingWeekMonday(ref) + 4;
  const from = Math.max(ref.today, workingWeekMonday(ref));
  return { due: friday, vague: workingDaysBetween(from, friday) > 2 };
}

export type WeekPart = 'early' | 'mid' | 'late' | 'whole';

/** A part of a coming week: early → Wednesday, mid → Thursday, late/whole → Friday. */
export function weekWindow(ref: LocalRef, weeksAhead: number, part: WeekPart): Resolution {
  const monday = mondayOf(ref.today) + 7 * weeksAhead;
  const due = monday + (part === 'early' ? 2 : part === 'mid' ? 3 : 4);
  return { due, vague: part !== 'late' };
}

/** "early this week" said on a weekend means the coming working week, as "this week" does. */
export function thisWeekWindow(ref: LocalRef, part: WeekPart): Resolution {
  const due = workingWeekMonday(ref) + (part === 'early' ? 2 : part === 'mid' ? 3 : 4);
  return { due, vague: part !== 'late' };
}

/** "at the beginning of the week": this week while it has not passed, else next week. */
export function weekPartNearest(ref: LocalRef, part: WeekPart): Resolution {
  const thisWeekDue = weekWindow(ref, 0, part);
  if (thisWeekDue.due !== null && thisWeekDue.due >= ref.today) return thisWeekDue;
  return weekWindow(ref, 1, part);
}

/** The weekend in view: its Sunday. */
export function weekend(ref: LocalRef, weeksAhead: number): Resolution {
  return exact(mondayOf(ref.today) + 7 * weeksAhead + 6);
}

/** "before the weekend": the last working day before it. */
export function beforeWeekend(ref: LocalRef): Resolution {
  return exact(workingWeekMonday(ref) + 4);
}

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'working_day' | 'working_hour';

/** "within 48 hours", "sous huitaine", "dans 15 jours", "2 business days". */
export function duration(ref: LocalRef, n: number, unit: DurationUnit): Resolution | null {
  if (!Number.isFinite(n) || n < 0 || n > 1000) return null;
  switch (unit) {
    case 'hour': {
      const minutes = ref.hour * 60 + ref.minute + n * 60;
      return exact(ref.today + Math.floor(minutes / 1440));
    }
    case 'working_hour':
      return exact(addWorkingDays(ref.today, Math.max(1, Math.ceil(n / 24))));
    case 'day':
      return exact(ref.today + n);
    case 'working_day':
      return exact(addWorkingDays(ref.today, n));
    case 'week':
      return exact(ref.today + 7 * n);
    case 'month':
      return exact(addMonths(ref.today, n));
  }
}

/** "by the 15th", "avant le 15": that day of this month if still ahead, else of the next. */
export function dayOfMonth(ref: LocalRef, d: number): Resolution | null {
  const due = comingDayOfMonth(ref.today, d);
  return due === null ? null : exact(due);
}

/** "the 1st of next month", "le 15 du mois prochain". */
export function dayOfNextMonth(ref: LocalRef, d: number): Resolution | null {
  const { year, month } = monthOf(ref, { relative: 1 });
  return d >= 1 && d <= daysInMonth(year, month) ? exact(fromYmd(year, month, d)) : null;
}

/**
 * "in a day or two", "dans 2 à 3 jours": due by the later end; vague when the window it leaves
 * open is wider than two working days.
 */
export function durationRange(low: Resolution | null, high: Resolution | null): Resolution | null {
  if (!low || !high || low.due === null || high.due === null) return high;
  return { due: high.due, vague: workingDaysBetween(low.due, high.due) > 2 };
}

/** A month named by number, or relative to now (0 = this month). */
export type MonthRef = { month: number; year?: number } | { relative: number };

function monthOf(ref: LocalRef, m: MonthRef): { year: number; month: number } {
  if ('relative' in m) {
    const now = toYmd(ref.today);
    const index = now.year * 12 + now.month - 1 + m.relative;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  return { year: m.year ?? yearOfComingMonth(ref.today, m.month), month: m.month };
}

/** "end of the month", "fin janvier": the month's last calendar day. */
export function endOfMonth(ref: LocalRef, m: MonthRef): Resolution {
  const { year, month } = monthOf(ref, m);
  return exact(fromYmd(year, month, daysInMonth(year, month)));
}

export function endOfYear(ref: LocalRef, year?: number): Resolution {
  return exact(fromYmd(year ?? toYmd(ref.today).year, 12, 31));
}

export type MonthPart = 'early' | 'mid' | 'late' | 'whole';

/**
 * A window in a month: early → by the 10th, mid → by the 20th, late / the whole month → by its
 * end; each moved back to a working day, and vague. "this month" is vague only while more than
 * two working days are left.
 */
export function monthWindow(ref: LocalRef, m: MonthRef, part: MonthPart): Resolution {
  let { year, month } = monthOf(ref, m);
  const dueIn = (y: number, mo: number) => {
    const last = daysInMonth(y, mo);
    const d = part === 'early' ? 10 : part === 'mid' ? 20 : last;
    return lastWorkingDayOnOrBefore(fromYmd(y, mo, d));
  };
  let due = dueIn(year, month);
  // "début du mois" written on the 25th means next month's beginning.
  if (due < ref.today && 'relative' in m && m.relative === 0 && part !== 'whole') {
    ({ year, month } = monthOf(ref, { relative: 1 }));
    due = dueIn(year, month);
  }
  const vague = part === 'whole' && due >= ref.today ? workingDaysBetween(ref.today, due) > 2 : true;
  return { due, vague };
}

/** "the first week of December": Friday of that week (a week belongs to the month of its Thursday). */
export function weekOfMonth(ref: LocalRef, m: MonthRef, n: number): Resolution {
  const { year, month } = monthOf(ref, m);
  return loose(fridayOfWeekOfMonth(year, month, n));
}

/** A date given by day (and maybe month): the coming one. */
function comingDate(ref: LocalRef, d: number, month: number | null): number | null {
  if (month === null) return comingDayOfMonth(ref.today, d);
  const now = toYmd(ref.today);
  for (const year of [now.year, now.year + 1]) {
    if (d >= 1 && d <= daysInMonth(year, month) && fromYmd(year, month, d) >= ref.today)
      return fromYmd(year, month, d);
  }
  return null;
}

/** A day and month written out ("le premier décembre"): the coming one. */
export function dayAndMonth(ref: LocalRef, d: number, month: number): Resolution | null {
  const due = comingDate(ref, d, month);
  return due === null ? null : exact(due);
}

/** "Friday the 4th", "vendredi 4": the day number decides, the weekday only confirms it. */
export function weekdayWithDate(ref: LocalRef, d: number): Resolution | null {
  const due = comingDayOfMonth(ref.today, d);
  return due === null ? null : exact(due);
}

/** "the week of 7 December", "la semaine du 7": a window, due by that week's Friday. */
export function weekOfDate(ref: LocalRef, d: number, month: number | null): Resolution | null {
  const day = comingDate(ref, d, month);
  return day === null ? null : loose(mondayOf(day) + 4);
}

/**
 * Christmas as a deadline means before the holiday: 24 December (25 only for "Christmas Day"
 * itself); the new year means by 31 December.
 */
export function holiday(ref: LocalRef, which: 'christmas' | 'christmas_day' | 'new_year'): Resolution {
  const now = toYmd(ref.today);
  const day = which === 'christmas_day' ? 25 : which === 'christmas' ? 24 : 31;
  const year = fromYmd(now.year, 12, day) < ref.today ? now.year + 1 : now.year;
  return exact(fromYmd(year, 12, day));
}

/**
 * A quarter (1–4, or 0 / 1 for this / next quarter): "end of Q1" is its last calendar day and
 * precise; "in Q1" is a window, due by its last working day, and vague.
 */
export function quarter(
  ref: LocalRef,
  q: number | { relative: number },
  end: boolean,
  year?: number,
): Resolution {
  const now = toYmd(ref.today);
  let y = year ?? now.year;
  let n: number;
  if (typeof q === 'number') n = q;
  else {
    const index = Math.floor((now.month - 1) / 3) + q.relative;
    y += Math.floor(index / 4);
    n = (index % 4) + 1;
  }
  const lastMonth = n * 3;
  let last = fromYmd(y, lastMonth, daysInMonth(y, lastMonth));
  if (last < ref.today && year === undefined && typeof q === 'number') {
    last = fromYmd(y + 1, lastMonth, daysInMonth(y + 1, lastMonth));
  }
  return end ? exact(last) : loose(lastWorkingDayOnOrBefore(last));
}

/** ISO week `w` (weeks start on Monday; week 1 holds 4 January), the coming one: due by its Friday. */
export function isoWeek(ref: LocalRef, w: number): Resolution | null {
  if (!Number.isInteger(w) || w < 1 || w > 53) return null;
  const fridayOf = (year: number) => mondayOf(fromYmd(year, 1, 4)) + 7 * (w - 1) + 4;
  const year = toYmd(ref.today).year;
  const friday = fridayOf(year) >= ref.today ? fridayOf(year) : fridayOf(year + 1);
  return loose(friday);
}
