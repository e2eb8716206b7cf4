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
const table = (spec: string) =>
  new Map(
    spec.split(' ').map((pair) => {
      const [key, value] = pair.split(':');
      return [key, Number(value)];
    }),
  );

const MONTHS = table(
  'jan:1 feb:2 fev:2 mar:3 apr:4 avr:4 abr:4 may:5 mai:5 jun:6 juin:6 jul:7 juil:7 aug:8 aou:8 ago:8 sep:9 oct:10 okt:10 nov:11 dec:12 dez:12 dic:12 ene:1',
);
const WEEKDAYS = table('sun:0 mon:1 tue:2 wed:3 thu:4 fri:5 sat:6 dim:0 lun:1 mar:2 mer:3 jeu:4 ven:5 sam:6');

/** Lower case without accents; ASCII words (most) skip the normalisation, which leaves them as they are. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return !/[\u0080-\uffff]/.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Month 1–12 of a word, or undefined. */
function monthOf(word: string): number | undefined {
  const w = fold(word);
  return MONTHS.get(w.slice(0, 4)) ?? MONTHS.get(w.slice(0, 3));
}

/** Weekday 0–6 (Sunday first) of a word, or undefined. */
const weekdayOf = (word: string) => WEEKDAYS.get(fold(word).slice(0, 3));

export type WallTimeResult = { ok: true; value: string } | { ok: false; reason: string };

const pad = (n: number) => String(n).padStart(2, '0');

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A real calendar day (month and day overflow are caught by the round trip). */
function validDate(y: number, m: number, d: number): boolean {
  const date = utc(y, m, d);
  return y >= 1970 && y <= 2200 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Spaces in place of `length` characters at `index`, so later searches skip a part already read. */
const blank = (text: string, index: number, length: number) =>
  text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);

const TIME = /(?:^|[^\d:])(\d{1,2})\s*[:h.]\s*(\d{2})(?:\s*[:.]\d{2})?\s*(?:([ap])\.?\s*m\.?)?(?![\d])/i;
const NUMERIC_DATE = /(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})/;

/** Parses one full date string; a string with no readable date or time is an error with a reason. */
export function parseWallTime(input: string | null | undefined): WallTimeResult {
  const text = (input ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  const fail = (what: string): WallTimeResult => ({ ok: false, reason: `${what} in "${text}"` });
  if (text === '') return { ok: false, reason: 'empty date' };
  if (text.length > 200) return { ok: false, reason: 'date text too long' };

  // Date part first, so its digits are not read as the time.
  let year: number;
  let month: number;
  let day: number;
  let rest: string;
  const weekday = weekdayOf(/^\p{L}+/u.exec(text)?.[0] ?? '');
  const numeric = NUMERIC_DATE.exec(text);

  if (numeric) {
    const [whole, a, b, c] = numeric as unknown as [string, string, string, string];
    rest = text.replace(whole, ' ');
    const [na, nb, nc] = [Number(a), Number(b), Number(c)];
    if (a.length === 4) [year, month, day] = [na, nb, nc];
    else {
      year = c.length === 2 ? 2000 + nc : nc;
      const y = year;
      // Month-first or day-first: a real date beats an impossible one, then a matching weekday;
      // a tie goes to AM/PM (US, month first) or else day first.
      const score = (m: number, d: number) =>
        validDate(y, m, d) ? 1 + +(utc(y, m, d).getUTCDay() === weekday) : 0;
      const lead = score(na, nb) - score(nb, na);
      [month, day] = lead > 0 || (!lead && /\d\s*[ap]\.?\s*m\b/i.test(text)) ? [na, nb] : [nb, na];
    }
  } else {
    // Textual: a month name, a day number and a four-digit year in any order.
    // "mar" opens French dates as mardi (Tuesday): a leading weekday-or-month word is the
    // weekday when another month name follows.
    let [pick, other] = [...text.matchAll(/\p{L}+/gu)].filter((m) => monthOf(m[0]) !== undefined);
    if (other && pick?.index === text.search(/\p{L}/u) && weekdayOf(pick[0]) !== undefined) pick = other;
    if (!pick) return fail('no month');
    month = monthOf(pick[0]) as number;
    const yearMatch = /\b\d{4}\b/.exec(text);
    if (!yearMatch) return fail('no year');
    year = Number(yearMatch[0]);
    rest = blank(text, yearMatch.index, 4);
    // The day is the 1–2 digit number closest to the month name that is not part of the time.
    let best: RegExpExecArray | undefined;
    for (const m of rest.matchAll(/(?<![\d:])\d{1,2}(?![\d:h])/g))
      if (!best || Math.abs(m.index - pick.index) < Math.abs(best.index - pick.index)) best = m;
    if (!best) return fail('no day');
    day = Number(best[0]);
    rest = blank(rest, best.index, String(day).length);
  }

  if (!validDate(year, month, day)) return fail('impossible date');

  const time = TIME.exec(rest);
  if (!time) return fail('no time');
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return fail('impossible time');
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return fail('impossible time');
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}` };
}
