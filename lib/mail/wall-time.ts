/**
 * Parses the full dates webmails show (Gmail's `span.g3[title]`, OWA's date label) into local
 * wall time `YYYY-MM-DDTHH:mm`. Webmail shows local time with no offset, so none is invented.
 *
 * Shapes handled (language data below, en and fr plus the months of de and es; adding a language is
 * adding its month and weekday names):
 * - Gmail en "Fri, Nov 20, 2026, 5:52 PM", en-GB "Fri, 20 Nov 2026, 17:52", fr "ven. 20 nov. 2026, 17:52"
 * - OWA "Fri 11/20/2026 5:52 PM" (en-US), "Fri 20/11/2026 17:52" (en-GB), "ven. 20/11/2026 17:52" (fr)
 * - ISO-like "2026-11-20 17:52", and OWA body headers "Friday, November 20, 2026 5:52 PM".
 * A numeric day/month order is settled by the weekday when one is shown, else by AM/PM (US order).
 */

/**
 * Month and weekday words, recognised by their first four or three letters once accents are
 * removed (so "janv.", "janvier", "Jan", "January", "Jän" are all January): en, fr, de, es.
 * Kept as compact strings because this code ships in the content scripts.
 */
const MONTH_PREFIXES =
  'jan:1 feb:2 fev:2 mar:3 apr:4 avr:4 abr:4 may:5 mai:5 jun:6 juin:6 jul:7 juil:7 aug:8 aou:8 ago:8 sep:9 oct:10 okt:10 nov:11 dec:12 dez:12 dic:12 ene:1';
const WEEKDAY_PREFIXES =
  'sun:0 mon:1 tue:2 wed:3 thu:4 fri:5 sat:6 dim:0 lun:1 mar:2 mer:3 jeu:4 ven:5 sam:6';

function table(spec: string): Map<string, number> {
  return new Map(
    spec.split(' ').map((pair) => {
      const [key, value] = pair.split(':');
      return [key as string, Number(value)];
    }),
  );
}

const MONTHS = table(MONTH_PREFIXES);
const WEEKDAYS = table(WEEKDAY_PREFIXES);

const fold = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** Month 1–12 of a word, or undefined. */
function monthOf(word: string): number | undefined {
  const w = fold(word);
  if (w.length < 3) return undefined;
  return MONTHS.get(w.slice(0, 4)) ?? MONTHS.get(w.slice(0, 3));
}

/** Weekday 0–6 (Sunday first) of a word, or undefined. */
function weekdayOf(word: string): number | undefined {
  const w = fold(word);
  return w.length >= 3 ? WEEKDAYS.get(w.slice(0, 3)) : undefined;
}

export type WallTimeResult = { ok: true; value: string } | { ok: false; reason: string };

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1970 || y > 2200) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dayOfWeek(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const TIME = /(?:^|[^\d:])(\d{1,2})\s*[:h.]\s*(\d{2})(?:\s*[:.]\d{2})?\s*(?:([ap])\.?\s*m\.?)?(?![\d])/i;
const NUMERIC_DATE = /(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})/;
const WORD = /[\p{L}]+/gu;

/** Parses one full date string; a string with no readable date or time is an error with a reason. */
export function parseWallTime(input: string | null | undefined): WallTimeResult {
  const text = (input ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  if (text === '') return { ok: false, reason: 'empty date' };
  if (text.length > 200) return { ok: false, reason: 'date text too long' };

  // Date part first, so its digits are not read as the time.
  let year = 0;
  let month = 0;
  let day = 0;
  let rest = text;
  let weekday: number | null = null;

  const numeric = NUMERIC_DATE.exec(text);
  const ampm = /\d\s*[ap]\.?\s*m\b/i.test(text);
  const firstWord = text.match(/^\s*([\p{L}]+)/u)?.[1]?.toLowerCase();
  if (firstWord !== undefined) weekday = weekdayOf(firstWord) ?? null;

  if (numeric) {
    const [whole, a, b, c] = numeric as unknown as [string, string, string, string];
    rest = text.replace(whole, ' ');
    const na = Number(a);
    const nb = Number(b);
    const nc = Number(c);
    if (a.length === 4) {
      [year, month, day] = [na, nb, nc];
    } else {
      year = c.length === 2 ? 2000 + nc : nc;
      const mdy = validDate(year, na, nb);
      const dmy = validDate(year, nb, na);
      if (mdy && dmy && weekday !== null) {
        const mdyOk = dayOfWeek(year, na, nb) === weekday;
        const dmyOk = dayOfWeek(year, nb, na) === weekday;
        [month, day] = mdyOk && !dmyOk ? [na, nb] : dmyOk && !mdyOk ? [nb, na] : ampm ? [na, nb] : [nb, na];
      } else if (mdy && dmy) {
        [month, day] = ampm ? [na, nb] : [nb, na];
      } else if (mdy) {
        [month, day] = [na, nb];
      } else {
        [month, day] = [nb, na];
      }
    }
  } else {
    // Textual: a month name, a day number and a four-digit year in any order.
    const monthWords = [...text.matchAll(WORD)].filter((m) => monthOf(m[0]) !== undefined);
    // "mar" opens French dates as mardi (Tuesday): a leading weekday-or-month word is the
    // weekday when another month name follows.
    const firstLetter = text.search(/\p{L}/u);
    const lead = monthWords[0];
    const pick =
      lead && monthWords.length > 1 && lead.index === firstLetter && weekdayOf(lead[0]) !== undefined
        ? monthWords[1]
        : lead;
    const monthAt = pick?.index ?? -1;
    if (pick) month = monthOf(pick[0]) ?? 0;
    if (monthAt < 0) return { ok: false, reason: `no month in "${text}"` };
    const yearMatch = /\b(\d{4})\b/.exec(text);
    if (!yearMatch) return { ok: false, reason: `no year in "${text}"` };
    year = Number(yearMatch[1]);
    rest = text.slice(0, yearMatch.index) + ' '.repeat(4) + text.slice(yearMatch.index + 4);
    // The day is the 1–2 digit number closest to the month name that is not part of the time.
    const dayMatches = [...rest.matchAll(/(?<![\d:])(\d{1,2})(?![\d:h])(?:er|st|nd|rd|th)?/g)];
    let best: { value: number; distance: number; index: number } | null = null;
    for (const m of dayMatches) {
      const distance = Math.abs((m.index ?? 0) - monthAt);
      if (!best || distance < best.distance) best = { value: Number(m[1]), distance, index: m.index ?? 0 };
    }
    if (!best) return { ok: false, reason: `no day in "${text}"` };
    day = best.value;
    rest =
      rest.slice(0, best.index) +
      ' '.repeat(String(best.value).length) +
      rest.slice(best.index + String(best.value).length);
  }

  if (!validDate(year, month, day)) return { ok: false, reason: `impossible date in "${text}"` };

  const time = TIME.exec(rest);
  if (!time) return { ok: false, reason: `no time in "${text}"` };
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, reason: `impossible time in "${text}"` };
    if (meridiem === 'a' && hour === 12) hour = 0;
    else if (meridiem === 'p' && hour !== 12) hour += 12;
  }
  if (hour > 23 || minute > 59) return { ok: false, reason: `impossible time in "${text}"` };
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}` };
}
