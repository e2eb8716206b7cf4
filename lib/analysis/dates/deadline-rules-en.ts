import {
  MONTH_WORDS,
  monthNumber,
  NUMBER_WORDS,
  numberValue,
  rx,
  WEEKDAY_WORDS,
  weekdayNumber,
} from './lexicon.ts';
import * as r from './resolvers.ts';
import type { DeadlineRule } from './rule-types.ts';

/**
 * English time expressions that name a day, as data: each rule's pattern finds the words
 * (prepositions included, so the span reads "by Friday"), `resolve` says which family of
 * resolvers.ts it belongs to. Explicit dates ("Dec 3", "12/03", "January 8") are left to
 * chrono's own parsers (see chrono-extensions.ts).
 */

const WD = WEEKDAY_WORDS.en;
const MONTH = MONTH_WORDS.en;
const NUM = NUMBER_WORDS.en;
const BY =
  '(?:(?:by|on|before|until|till|for|due|no\\s+later\\s+than|not\\s+later\\s+than|latest\\s+by|(?:at\\s+)?around|about)\\s+)?';
const DAY_TIME =
  '(?:EOD|COB|EOB|first\\s+thing|noon|midday|lunch(?:time)?|(?:the\\s+)?(?:end|close)\\s+of\\s+(?:the\\s+)?(?:business\\s+|working\\s+|work\\s+)?(?:day|business|play))';
const HEAD = `(?:(?:${DAY_TIME}|early|late)\\s+(?:on\\s+)?)?`;
const TAIL = `(?:,?\\s+(?:(?:in\\s+the\\s+)?(?:morning|afternoon|evening)|night|(?:at\\s+|by\\s+|before\\s+)?${DAY_TIME}|at\\s+the\\s+latest|(?:at|by|before)\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?))?`;
const NOT_PAST = '(?<!(?:last|past|previous)\\s+)';
/** "Have a good end of the week" / "enjoy the rest of the week" are greetings, not deadlines. */
const NOT_GREETING = '(?<!(?:good|great|nice|lovely|wonderful|enjoy|enjoy\\s+the)\\s+)';

const wd = (m: RegExpExecArray, ...names: string[]) => {
  for (const name of names) {
    const n = weekdayNumber('en', m.groups?.[name]);
    if (n !== null) return n;
  }
  return null;
};

const monthRef = (m: RegExpExecArray): r.MonthRef | null => {
  const rel = m.groups?.rel?.toLowerCase();
  if (rel) return { relative: rel === 'next' || rel === 'following' ? 1 : 0 };
  const month = monthNumber('en', m.groups?.m);
  if (month === null) return null;
  const year = m.groups?.y ? Number(m.groups.y) : undefined;
  return year === undefined ? { month } : { month, year };
};

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: -1,
  final: -1,
};

export const EN_DEADLINE_RULES: DeadlineRule[] = [
  {
    id: 'en.today',
    lang: 'en',
    pattern: rx(
      `${BY}(?:later\\s+)?(?:today|tonight|this\\s+(?:morning|afternoon|evening))${TAIL}|(?:by\\s+|before\\s+)?(?:the\\s+)?end\\s+of\\s+today|right\\s+away|straight\\s+away|immediately`,
    ),
    reason: 'Names the day the message was sent.',
    examples: {
      positive: ['I will send it today', 'by tonight', 'later today', 'this afternoon', 'right away'],
      negative: ['todays', 'a tonic'],
    },
    resolve: (_m, ref) => r.today(ref),
  },
  {
    id: 'en.end-of-day',
    lang: 'en',
    pattern: rx(
      `(?<!(?:^|[.!?]\\s+)at\\s+(?:the\\s+)?)${BY}(?:the\\s+)?(?:EOD|COB|EOB|close\\s+of\\s+(?:business|play)|end\\s+of\\s+(?:the\\s+)?(?:business\\s+|working\\s+|work\\s+)?day)(?:\\s+today)?`,
    ),
    reason:
      'End of (business) day, with no other day named, is today ("At the end of the day," opening a sentence is an idiom).',
    examples: {
      positive: [
        'by EOD',
        'COB today',
        'by close of business',
        'by the end of the day',
        "I'll send it at the end of the day",
      ],
      negative: ['codebase', 'the day', 'At the end of the day, it is your call.'],
    },
    resolve: (_m, ref) => r.today(ref),
  },
  {
    id: 'en.first-thing',
    lang: 'en',
    pattern: rx('first\\s+thing(?:\\s+in\\s+the\\s+morning)?'),
    reason: '"First thing" alone is the next morning.',
    examples: { positive: ['first thing in the morning'], negative: ['the first things'] },
    resolve: (_m, ref) => r.firstThing(ref),
  },
  {
    id: 'en.tomorrow',
    lang: 'en',
    pattern: rx(`${BY}${HEAD}(?:tomorrow|tmrw|tmr)${TAIL}`),
    reason: 'The day after the message was sent.',
    examples: {
      positive: [
        'tomorrow',
        'by tomorrow morning',
        'first thing tomorrow',
        'close of business tomorrow',
        'tomorrow EOD',
      ],
      negative: ['tomorrows'],
    },
    resolve: (_m, ref) => r.tomorrow(ref),
  },
  {
    id: 'en.day-after-tomorrow',
    lang: 'en',
    pattern: rx(`${BY}(?:the\\s+)?day\\s+after\\s+tomorrow${TAIL}`),
    reason: 'Two days after the message was sent.',
    examples: {
      positive: ['the day after tomorrow', 'by the day after tomorrow'],
      negative: ['the day after'],
    },
    resolve: (_m, ref) => r.daysAhead(ref, 2),
  },
  {
    id: 'en.weekday',
    lang: 'en',
    pattern: rx(
      `${NOT_PAST}${BY}${HEAD}(?<wd>${WD})\\.?(?:,?\\s+(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.h/]|\\s*(?:am|pm|a\\.m|p\\.m|o['’]clock|${MONTH})))?${TAIL}`,
    ),
    reason:
      'A bare weekday is the coming one (a week ahead when written on that weekday); a day number after it decides.',
    examples: {
      positive: [
        'by Friday',
        'on Monday morning',
        'first thing Monday',
        'end of day Thursday',
        'Wednesday at 3pm',
        'Friday the 4th',
        'by Weds',
      ],
      negative: ['on Fridays', 'last Friday', 'Fridaynight'],
    },
    resolve: (m, ref) => {
      if (m.groups?.d) return r.weekdayWithDate(ref, Number(m.groups.d));
      const n = wd(m, 'wd');
      return n === null ? null : r.weekday(ref, n, false);
    },
  },
  {
    id: 'en.this-weekday',
    lang: 'en',
    pattern: rx(`${BY}${HEAD}(?:this\\s+(?:coming\\s+)?|coming\\s+)(?<wd>${WD})${TAIL}`),
    reason: '"This Friday": the coming Friday, today included.',
    examples: {
      positive: ['this Friday', 'by this coming Monday', 'coming Tuesday'],
      negative: ['this week'],
    },
    resolve: (m, ref) => {
      const n = wd(m, 'wd');
      return n === null ? null : r.weekday(ref, n, true);
    },
  },
  {
    id: 'en.next-weekday',
    lang: 'en',
    pattern: rx(`${BY}${HEAD}next\\s+(?<wd>${WD})${TAIL}`),
    reason:
      '"Next Tuesday": the Tuesday of next week (the coming one is an alternative while it is this week).',
    examples: {
      positive: ['next Tuesday', 'by next Friday afternoon'],
      negative: ['next week', 'the next day'],
    },
    resolve: (m, ref) => {
      const n = wd(m, 'wd');
      return n === null ? null : r.nextWeekday(ref, n);
    },
  },
  {
    id: 'en.weekday-next-week',
    lang: 'en',
    pattern: rx(
      `${BY}${HEAD}(?<wd>${WD}),?\\s+(?:of\\s+)?(?:next|the\\s+following)\\s+week|${BY}next\\s+week,?\\s+(?:on\\s+)?(?<wd2>${WD})`,
    ),
    reason: 'A weekday of next week, named as such.',
    examples: {
      positive: ['Friday next week', 'on Monday of next week', 'next week on Tuesday'],
      negative: ['next week'],
    },
    resolve: (m, ref) => {
      const n = wd(m, 'wd', 'wd2');
      return n === null ? null : r.weekdayOfNextWeek(ref, n);
    },
  },
  {
    id: 'en.weekday-week-after',
    lang: 'en',
    pattern: rx(`a\\s+week\\s+(?:from|on)\\s+(?<wd>${WD})|(?<wd2>${WD})\\s+week(?!\\s*end)`),
    reason: '"A week from Friday" / "Friday week": seven days after the coming Friday.',
    examples: { positive: ['a week from Friday', 'Tuesday week'], negative: ['a week from now'] },
    resolve: (m, ref) => {
      const n = wd(m, 'wd', 'wd2');
      return n === null ? null : r.weekdayWeekAfter(ref, n);
    },
  },
  {
    id: 'en.end-of-week',
    lang: 'en',
    pattern: rx(
      `${NOT_GREETING}${BY}(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+|this\\s+)?(?:working\\s+|work\\s+|business\\s+)?week|EOW|close\\s+of\\s+(?:the\\s+)?week|week['’]s\\s+end)`,
    ),
    reason: 'The end of the working week in view: Friday (next Friday when written at the weekend).',
    examples: {
      positive: ['end of week', 'by the end of the week', 'by EOW'],
      negative: ['end of weekend', 'week end'],
    },
    resolve: (_m, ref) => r.endOfWeek(ref, 0),
  },
  {
    id: 'en.end-of-next-week',
    lang: 'en',
    pattern: rx(`${BY}(?:the\\s+)?(?:end\\s+of|late)\\s+(?:the\\s+)?(?:next|following)\\s+week`),
    reason: 'Friday of next week.',
    examples: { positive: ['by the end of next week', 'late next week'], negative: ['next week'] },
    resolve: (_m, ref) => r.endOfWeek(ref, 1),
  },
  {
    id: 'en.this-week',
    lang: 'en',
    pattern: rx(
      `${NOT_GREETING}${BY}(?:(?:later|sometime|some\\s+time|during|over|within|in)\\s+)?(?:this|the\\s+rest\\s+of\\s+(?:the|this))\\s+week|within\\s+the\\s+week|in\\s+the\\s+course\\s+of\\s+the\\s+week`,
    ),
    reason: 'A window until Friday; vague while more than two working days are left.',
    examples: {
      positive: ['this week', 'later this week', 'sometime this week', 'within the week'],
      negative: ['this weekend'],
    },
    resolve: (_m, ref) => r.thisWeek(ref),
  },
  {
    id: 'en.week-part',
    lang: 'en',
    pattern: rx(
      `${BY}(?:(?<early>early|(?:the\\s+)?(?:beginning|start)\\s+of)|(?<mid>mid|(?:the\\s+)?middle\\s+of))[\\s-]*(?:(?<which>next|this|the|the\\s+following)\\s+)?week|${BY}(?<midweek>mid[\\s-]?week)`,
    ),
    reason: 'The start (by Wednesday) or middle (by Thursday) of a week: a loose window.',
    examples: {
      positive: ['early next week', 'the beginning of next week', 'mid-week', 'middle of this week'],
      negative: ['next week'],
    },
    resolve: (m, ref) => {
      const part: r.WeekPart = m.groups?.early ? 'early' : 'mid';
      const which = m.groups?.which?.toLowerCase();
      if (which?.includes('next') || which?.includes('following')) return r.weekWindow(ref, 1, part);
      if (which === 'this') return r.thisWeekWindow(ref, part);
      return r.weekPartNearest(ref, part);
    },
  },
  {
    id: 'en.next-week',
    lang: 'en',
    pattern: rx(
      `(?!before\\s)(?<!before\\s+)${BY}(?:(?:sometime|some\\s+time|during|over|in|within|anytime|any\\s+time)\\s+)?(?:the\\s+)?(?:next|coming|following)\\s+week`,
    ),
    reason: 'A window of five working days: vague, due by its Friday.',
    examples: {
      positive: ['next week', 'sometime next week', 'during the coming week'],
      negative: ['next weekend', 'next Tuesday'],
    },
    resolve: (_m, ref) => r.weekWindow(ref, 1, 'whole'),
  },
  {
    id: 'en.week-after-next',
    lang: 'en',
    pattern: rx(`${BY}(?:the\\s+)?week\\s+after\\s+next`),
    reason: 'A window two weeks out: vague, due by its Friday.',
    examples: { positive: ['the week after next'], negative: ['the week after'] },
    resolve: (_m, ref) => r.weekWindow(ref, 2, 'whole'),
  },
  {
    id: 'en.weekend',
    lang: 'en',
    pattern: rx(`(?:this|over\\s+the|at\\s+the|on\\s+the|during\\s+the)\\s+weekend|(?<next>next)\\s+weekend`),
    reason: 'The weekend in view: due by its Sunday.',
    examples: {
      positive: ['over the weekend', 'this weekend', 'next weekend'],
      negative: ['weekends are busy'],
    },
    resolve: (m, ref) => r.weekend(ref, m.groups?.next ? 1 : 0),
  },
  {
    id: 'en.before-weekend',
    lang: 'en',
    pattern: rx('(?:by|before)\\s+the\\s+weekend'),
    reason: 'Before the weekend: by Friday.',
    examples: { positive: ['before the weekend', 'by the weekend'], negative: ['over the weekend'] },
    resolve: (_m, ref) => r.beforeWeekend(ref),
  },
  {
    id: 'en.this-time-next-week',
    lang: 'en',
    pattern: rx(`${BY}(?:this|(?:the\\s+)?same)\\s+time\\s+next\\s+week`),
    reason: '"By this time next week": exactly seven days after the sent time, a day, not a window.',
    examples: {
      positive: ['by this time next week', 'same time next week'],
      negative: ['next week', 'this time'],
    },
    resolve: (_m, ref) => r.daysAhead(ref, 7),
  },
  {
    id: 'en.within-hour',
    lang: 'en',
    pattern: rx(`(?:within|in|inside)\\s+(?:the\\s+(?:next\\s+)?|the\\s+coming\\s+)hour`),
    reason: '"Within the hour": an hour after the sent time, so usually the same day.',
    examples: {
      positive: ["I'll call you back within the hour", 'in the next hour'],
      negative: ['within hours', 'by the hour'],
    },
    resolve: (_m, ref) => r.duration(ref, 1, 'hour'),
  },
  {
    id: 'en.duration',
    lang: 'en',
    pattern: rx(
      `(?:in|within|inside(?:\\s+of)?|under|in\\s+less\\s+than|(?:in|within|over|during)\\s+the\\s+next)\\s+(?<n>${NUM})(?:\\s*(?:or|to|-|–)\\s*(?<n2>${NUM}))?[\\s-]*(?<biz>(?:business|working|work)\\s+)?(?<unit>hours?|hrs?|h|days?|weeks?|months?|fortnights?)(?:(?<approx>\\s+or\\s+so)|\\s+or\\s+(?<n3>${NUM}))?`,
    ),
    reason: 'A delay counted from the sent time; business/working days skip weekends.',
    examples: {
      positive: [
        'within 48 hours',
        'in two weeks',
        'in a week',
        'within 5 business days',
        'within 24h',
        'in a fortnight',
      ],
      negative: ['in the next few days', 'in two'],
    },
    resolve: (m, ref) => durationFrom(m, ref),
  },
  {
    id: 'en.duration-from-now',
    lang: 'en',
    pattern: rx(
      `(?<n>${NUM})[\\s-]*(?<biz>(?:business|working|work)\\s+)?(?<unit>hours?|days?|weeks?|months?)\\s+(?:from\\s+(?:now|today)|out)`,
    ),
    reason: '"A week from now": the same delay, said the other way round.',
    examples: {
      positive: ['a week from now', 'three days from today', '2 weeks out'],
      negative: ['a week from Friday'],
    },
    resolve: (m, ref) => durationFrom(m, ref),
  },
  {
    id: 'en.working-days',
    lang: 'en',
    pattern: rx(`(?<n>${NUM})[\\s-]*(?<biz>(?:business|working)\\s+)(?<unit>days?|hours?)`),
    reason: 'A count of working days, even without "within".',
    examples: { positive: ['2 business days', 'three working days'], negative: ['business days'] },
    resolve: (m, ref) => durationFrom(m, ref),
  },
  {
    id: 'en.day-of-month',
    lang: 'en',
    pattern: rx(
      `${BY}(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+(?:the\\s+|this\\s+)?(?<nextm>next\\s+|the\\s+following\\s+)?month)?(?!\\s*(?:of\\s+)?(?:${MONTH}))|(?:by|on|before|until|for|around)\\s+the\\s+(?<d2>\\d{1,2})(?![\\d:.,/]\\d)(?!\\s*(?:of\\s+)?(?:${MONTH}|%|am|pm))`,
    ),
    reason: 'A day of the month alone: this month if still ahead, otherwise next month.',
    examples: {
      positive: ['by the 15th', 'on the 1st', 'before the 20th', 'by the 15', 'on the 1st of next month'],
      negative: ['the 15th of December', 'the 5 %'],
    },
    resolve: (m, ref) => {
      const d = Number(m.groups?.d ?? m.groups?.d2);
      const res = m.groups?.nextm ? r.dayOfNextMonth(ref, d) : r.dayOfMonth(ref, d);
      if (res && /around|about/i.test(m[0])) res.vague = true;
      return res;
    },
  },
  {
    id: 'en.end-of-month',
    lang: 'en',
    pattern: rx(
      `${BY}(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+|this\\s+)?month|month[\\s-]?end|EOM)|${BY}(?:the\\s+)?end\\s+of\\s+(?:(?<rel>next|the\\s+following)\\s+month|(?:the\\s+month\\s+of\\s+)?(?<m>${MONTH})(?:\\s+(?<y>\\d{4}))?)`,
    ),
    reason: "The month's last calendar day: a precise deadline, not a window.",
    examples: {
      positive: ['end of the month', 'by month-end', 'by the end of next month', 'end of January'],
      negative: ['end of the week', 'monthly'],
    },
    resolve: (m, ref) => r.endOfMonth(ref, monthRef(m) ?? { relative: 0 }),
  },
  {
    id: 'en.end-of-year',
    lang: 'en',
    pattern: rx(
      `${BY}(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+|this\\s+)?year|year[\\s-]?end|EOY|end\\s+of\\s+(?<y>\\d{4}))`,
    ),
    reason: '31 December.',
    examples: {
      positive: ['by year-end', 'before the end of the year', 'end of 2026'],
      negative: ['yearly'],
    },
    resolve: (m, ref) => r.endOfYear(ref, m.groups?.y ? Number(m.groups.y) : undefined),
  },
  {
    id: 'en.month-window',
    lang: 'en',
    pattern: rx(
      `(?:(?:sometime|some\\s+time|later|anytime|any\\s+time)\\s+)?(?:in|during|within|over|throughout)\\s+(?:the\\s+month\\s+of\\s+)?(?<m>${MONTH})(?:\\s+(?<y>\\d{4}))?(?!\\s*\\d)`,
    ),
    reason: 'A whole month: vague, due by its last working day.',
    examples: {
      positive: ['in January', 'sometime in February', 'during March 2027'],
      negative: ['January 8', 'in the morning'],
    },
    resolve: (m, ref) => {
      const month = monthRef(m);
      return month ? r.monthWindow(ref, month, 'whole') : null;
    },
  },
  {
    id: 'en.this-or-next-month',
    lang: 'en',
    pattern: rx(
      `${BY}(?:(?:sometime|some\\s+time|during|within|over|in|later|anytime)\\s+)?(?:(?<rel>this|next|the\\s+following|the\\s+coming)\\s+month)|within\\s+the\\s+month`,
    ),
    reason: 'This or next month as a window: due by its last working day.',
    examples: {
      positive: ['this month', 'sometime next month', 'within the month'],
      negative: ['monthly report'],
    },
    resolve: (m, ref) => {
      const rel = m.groups?.rel?.toLowerCase() ?? 'this';
      return r.monthWindow(ref, { relative: rel === 'this' ? 0 : 1 }, 'whole');
    },
  },
  {
    id: 'en.month-part',
    lang: 'en',
    pattern: rx(
      `${BY}(?:in\\s+)?(?:the\\s+)?(?<part>early|beginning\\s+of|start\\s+of|mid|middle\\s+of|late)[\\s-]*(?:the\\s+month\\s+of\\s+)?(?:(?<m>${MONTH})(?:\\s+(?<y>\\d{4}))?|(?<rel>this|next|the)\\s+month)(?!\\s*\\d)`,
    ),
    reason: 'Early (by the 10th), mid (by the 20th) or late in a month: vague, moved back to a working day.',
    examples: {
      positive: [
        'mid-December',
        'early January',
        'in early January',
        'the beginning of next month',
        'late March',
      ],
      negative: ['early next week', 'mid-week'],
    },
    resolve: (m, ref) => {
      const month = monthRef(m);
      const p = m.groups?.part?.toLowerCase() ?? '';
      const part: r.MonthPart = p.startsWith('mid') ? 'mid' : p === 'late' ? 'late' : 'early';
      return month ? r.monthWindow(ref, month, part) : null;
    },
  },
  {
    id: 'en.week-of-month',
    lang: 'en',
    pattern: rx(
      `(?:(?:in|during|by|within)\\s+)?(?:the\\s+)?(?<n>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+week\\s+of\\s+(?:(?<m>${MONTH})(?:\\s+(?<y>\\d{4}))?|(?<rel>this|next|the)\\s+month)`,
    ),
    reason: 'A week of a month (the week holding its Thursday): vague, due by its Friday.',
    examples: {
      positive: ['first week of January', 'the last week of March', 'the second week of next month'],
      negative: ['first week'],
    },
    resolve: (m, ref) => {
      const month = monthRef(m);
      const n = ORDINALS[m.groups?.n?.toLowerCase() ?? ''];
      return month && n ? r.weekOfMonth(ref, month, n) : null;
    },
  },
  {
    id: 'en.week-of-date',
    lang: 'en',
    pattern: rx(
      `(?:(?:during|in|by|for)\\s+)?the\\s+week\\s+of\\s+(?:the\\s+)?(?:(?<m>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?|(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?(?:\\s+(?<m2>${MONTH}))?)`,
    ),
    reason: 'The week of a date: a window, due by its Friday.',
    examples: {
      positive: ['the week of December 7', 'during the week of the 14th'],
      negative: ['the week after next'],
    },
    resolve: (m, ref) => {
      const d = Number(m.groups?.d ?? m.groups?.d2);
      return r.weekOfDate(ref, d, monthNumber('en', m.groups?.m ?? m.groups?.m2));
    },
  },
  {
    id: 'en.holiday',
    lang: 'en',
    pattern: rx(
      `${BY}(?:(?<xmasday>christmas\\s+day)|(?<xmas>christmas(?:\\s+eve)?|xmas)|(?<ny>(?:the\\s+)?new\\s+year(?:['’]s?)?(?:\\s+(?:day|eve))?))(?!\\s+(?:holidays?|break|party|season|card|gift))`,
    ),
    reason:
      'Christmas as a deadline is Christmas Eve (the day itself only for "Christmas Day"); the new year is 31 December.',
    examples: {
      positive: ['before Christmas', 'by Christmas Day', "by New Year's"],
      negative: ['the Christmas party'],
    },
    resolve: (m, ref) =>
      r.holiday(ref, m.groups?.xmasday ? 'christmas_day' : m.groups?.xmas ? 'christmas' : 'new_year'),
  },
  {
    id: 'en.quarter',
    lang: 'en',
    pattern: rx(
      `${BY}(?:(?<end>(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?)|(?:in|during|within)\\s+(?:the\\s+)?)(?:Q(?<q>[1-4])|(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter|(?<rel>this|next|the)\\s+quarter)(?:\\s+(?<y>\\d{4}))?`,
    ),
    reason: 'End of a quarter is its last day; "in Q1" is a window, due by its last working day.',
    examples: {
      positive: ['by the end of Q1', 'in Q2', 'end of the quarter', 'during the third quarter'],
      negative: ['a quarter of the budget'],
    },
    resolve: (m, ref) => {
      const ords: Record<string, number> = {
        first: 1,
        '1st': 1,
        second: 2,
        '2nd': 2,
        third: 3,
        '3rd': 3,
        fourth: 4,
        '4th': 4,
      };
      const rel = m.groups?.rel?.toLowerCase();
      const q = m.groups?.q ? Number(m.groups.q) : (ords[m.groups?.ord?.toLowerCase() ?? ''] ?? null);
      const which = q ?? { relative: rel === 'next' ? 1 : 0 };
      return r.quarter(ref, which, Boolean(m.groups?.end), m.groups?.y ? Number(m.groups.y) : undefined);
    },
  },
  {
    id: 'en.week-number',
    lang: 'en',
    pattern: rx(`(?:(?:in|during|by|for)\\s+)?(?:week|wk|CW)\\s*(?:#\\s*)?(?<w>\\d{1,2})(?![\\d:/])`),
    reason: 'A numbered (ISO) week: a window, due by its Friday.',
    examples: { positive: ['week 49', 'in wk 2', 'CW50'], negative: ['next week', 'week 500'] },
    resolve: (m, ref) => r.isoWeek(ref, Number(m.groups?.w)),
  },
  {
    id: 'en.first-thing-next-week',
    lang: 'en',
    pattern: rx('first\\s+thing\\s+next\\s+week'),
    reason: 'First thing next week: Monday of next week.',
    examples: { positive: ['first thing next week'], negative: ['first thing tomorrow'] },
    resolve: (_m, ref) => r.weekdayOfNextWeek(ref, 1),
  },
  {
    id: 'en.in-the-morning',
    lang: 'en',
    pattern: rx('(?<!(?:good|this|tomorrow|[a-z]day)\\s+)(?:first\\s+thing\\s+)?in\\s+the\\s+morning'),
    reason: '"In the morning" alone is the next morning (this one when written before work starts).',
    examples: {
      positive: ["I'll send it in the morning"],
      negative: ['tomorrow in the morning', 'good morning'],
    },
    resolve: (_m, ref) => r.firstThing(ref),
  },
  {
    id: 'en.before-next-week',
    lang: 'en',
    pattern: rx('before\\s+(?:the\\s+)?next\\s+week'),
    reason: 'Before next week starts: by Friday of this working week.',
    examples: { positive: ['before next week'], negative: ['by next week'] },
    resolve: (_m, ref) => r.endOfWeek(ref, 0),
  },
];

function durationFrom(m: RegExpExecArray, ref: Parameters<typeof r.duration>[0]) {
  const unitWord = m.groups?.unit?.toLowerCase() ?? '';
  const business = Boolean(m.groups?.biz);
  const of = (word: string | undefined) => {
    const n = numberValue('en', word);
    if (n === null) return null;
    if (unitWord.startsWith('fortnight')) return r.duration(ref, 14 * n, 'day');
    if (unitWord.startsWith('h')) return r.duration(ref, n, business ? 'working_hour' : 'hour');
    if (unitWord.startsWith('d')) return r.duration(ref, n, business ? 'working_day' : 'day');
    if (unitWord.startsWith('w')) return r.duration(ref, n, 'week');
    return r.duration(ref, n, 'month');
  };
  const upper = m.groups?.n2 ?? m.groups?.n3;
  const res = upper ? r.durationRange(of(m.groups?.n), of(upper)) : of(m.groups?.n);
  if (res && m.groups?.approx) res.vague = true;
  return res;
}
