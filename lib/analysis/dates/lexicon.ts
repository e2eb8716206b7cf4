import type { Lang } from '../types.ts';

/**
 * Word lists the date rules share, per language, and the helpers that turn them into pattern
 * fragments. Lookups fold case and accents so "fevrier" reads as "février".
 */

export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s.'’-]+/g, ' ')
    .trim();
}

/** Weekday words → 0 (Sunday) … 6 (Saturday). */
const WEEKDAYS: Record<Lang, Record<string, number>> = {
  en: {
    sunday: 0,
    monday: 1,
    mon: 1,
    tuesday: 2,
    tue: 2,
    tues: 2,
    wednesday: 3,
    wed: 3,
    weds: 3,
    thursday: 4,
    thu: 4,
    thur: 4,
    thurs: 4,
    friday: 5,
    fri: 5,
    saturday: 6,
  },
  fr: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
};

/** Month words and their abbreviations → 1 … 12. */
const MONTHS: Record<Lang, Record<string, number>> = {
  en: {
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    sept: 9,
    october: 10,
    november: 11,
    december: 12,
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  },
  fr: {
    janvier: 1,
    fevrier: 2,
    mars: 3,
    avril: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    aout: 8,
    septembre: 9,
    octobre: 10,
    novembre: 11,
    decembre: 12,
    janv: 1,
    fevr: 2,
    fev: 2,
    avr: 4,
    juil: 7,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  },
};

const NUMBERS: Record<Lang, Record<string, number>> = {
  en: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fourteen: 14,
    fifteen: 15,
    twenty: 20,
    'twenty four': 24,
    thirty: 30,
    'thirty six': 36,
    'forty eight': 48,
    'seventy two': 72,
  },
  fr: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    quatorze: 14,
    quinze: 15,
    vingt: 20,
    'vingt quatre': 24,
    trente: 30,
    'trente six': 36,
    'quarante huit': 48,
    'soixante douze': 72,
  },
};

/** Accent- and hyphen-tolerant alternation of a word list, longest first. */
function alternation(words: string[]): string {
  const loose = (w: string) =>
    w.replace(/e/g, '[eéèê]').replace(/a/g, '[aàâ]').replace(/u/g, '[uûù]').replace(/ /g, '[\\s-]+');
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(loose)
    .join('|');
}

export const WEEKDAY_WORDS: Record<Lang, string> = {
  en: alternation(Object.keys(WEEKDAYS.en)),
  fr: alternation(Object.keys(WEEKDAYS.fr)),
};
export const MONTH_WORDS: Record<Lang, string> = {
  en: alternation(Object.keys(MONTHS.en)),
  fr: alternation(Object.keys(MONTHS.fr)),
};
export const NUMBER_WORDS: Record<Lang, string> = {
  en: `\\d{1,3}|${alternation(Object.keys(NUMBERS.en))}`,
  fr: `\\d{1,3}|${alternation(Object.keys(NUMBERS.fr))}`,
};

export function weekdayNumber(lang: Lang, word: string | undefined): number | null {
  return word === undefined ? null : (WEEKDAYS[lang][fold(word)] ?? null);
}

export function monthNumber(lang: Lang, word: string | undefined): number | null {
  return word === undefined ? null : (MONTHS[lang][fold(word)] ?? null);
}

export function numberValue(lang: Lang, word: string | undefined): number | null {
  if (word === undefined) return null;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBERS[lang][fold(word)] ?? null;
}

/**
 * Builds a rule pattern: case-insensitive, Unicode, and bounded by non-letters on both sides
 * (`\b` is ASCII-only and would cut "après" or "journée" in two).
 */
export function rx(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * Words without which no rule and no chrono parser can find a time expression (time units,
 * day and month names and their abbreviations, digits). A sentence without any is skipped
 * before chrono runs: most sentences of a mail name no time. The rules test runs every
 * example through this filter, so a rule whose words are missing here fails its own test.
 */
export const TIME_TRIGGERS: Record<Lang, RegExp> = {
  en: new RegExp(
    [
      '\\d',
      'day|tonight|tomorrow|week|month|year|hour|noon|midday|lunch|morning|afternoon|evening|night|fortnight',
      'quarter|christmas|xmas|first\\s+thing|business|close\\s+of|immediately',
      '(?<![a-z])(?:tmrw?|eo[dwmyb]|cob|hrs|eve|now|ago|away|mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)(?![a-z])',
      '(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])',
    ].join('|'),
    'i',
  ),
  fr: new RegExp(
    [
      '\\d',
      '(?<!bon)jour|(?<!bon)soir|demain|matin|midi|semaine|mois|ann[ée]e|heure|huitaine|quinzaine|no[ëe]l|trimestre',
      'hier|week|prochain|d[ée]but|milieu|aprem|tout\\s+de\\s+suite|imm[ée]diatement|maintenant|premier|r[ée]veillon',
      '(?<!\\p{L})(?:fin|mi|an|lun|mar|mer|jeu|ven|sam|dim)(?!\\p{L})|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
      '(?<!\\p{L})(?:janv\\p{L}*|f[ée]vr?\\p{L}*|mars|avr\\p{L}*|mai|juin|juil\\p{L}*|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)(?!\\p{L})',
    ].join('|'),
    'iu',
  ),
};
