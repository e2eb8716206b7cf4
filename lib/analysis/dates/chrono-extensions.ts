import * as chrono from 'chrono-node';
import type { Lang } from '../types.ts';
import { comingWeekday, daysInMonth, fromYmd, type LocalRef, toYmd } from './calendar.ts';
import { EN_DEADLINE_RULES } from './deadline-rules-en.ts';
import { FR_DEADLINE_RULES } from './deadline-rules-fr.ts';
import { MONTH_WORDS } from './lexicon.ts';
import type { DeadlineRule, Resolution } from './rule-types.ts';

/**
 * chrono-node's casual English and French parsers, extended through chrono's own mechanism:
 * one custom parser per rule of deadline-rules-*.ts, and refiners that (1) let our rules win
 * over chrono's own reading of the same words, (2) join "Monday or Tuesday" into one deadline
 * and (3) resolve every result to a day in the writer's calendar, carried as result tags.
 * Built once at module load; a parse only allocates per-call state keyed by chrono's context.
 */

export const DEADLINE_RULES: DeadlineRule[] = [...EN_DEADLINE_RULES, ...FR_DEADLINE_RULES];

/** One of our rules' matches inside a chrono parse. */
interface Hit {
  start: number;
  end: number;
  rule: DeadlineRule;
  resolution: Resolution;
}

/** What the final refiner leaves on each result. */
export interface ResolvedResult {
  start: number;
  end: number;
  text: string;
  due: number | null;
  vague: boolean;
  rule: string;
}

const hitsByContext = new WeakMap<chrono.ParsingContext, Hit[]>();
const ours = new WeakSet<chrono.ParsingResult>();

/** The writer's wall clock, from chrono's reference (instant + fixed offset), without Date's local getters. */
function localRefOf(context: chrono.ParsingContext): LocalRef {
  const offsetMinutes = context.reference.timezoneOffset ?? 0;
  const localMs = context.reference.instant.getTime() + offsetMinutes * 60_000;
  const today = Math.floor(localMs / 86_400_000);
  const minutes = Math.floor((localMs - today * 86_400_000) / 60_000);
  return {
    today,
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
    offsetMinutes,
    instant: context.reference.instant,
  };
}

function ruleParser(rule: DeadlineRule): chrono.Parser {
  return {
    pattern: () => rule.pattern,
    extract: (context, match) => {
      const resolution = rule.resolve(match as RegExpExecArray, localRefOf(context));
      if (!resolution || resolution.due === null) return null;
      const start = match.index ?? 0;
      const hits = hitsByContext.get(context) ?? [];
      hits.push({ start, end: start + match[0].length, rule, resolution });
      hitsByContext.set(context, hits);
      const { year, month, day } = toYmd(resolution.due);
      const result = context.createParsingResult(start, match[0], { year, month, day });
      ours.add(result);
      return result;
    },
  };
}

/** Month names and their usual abbreviations, in either language. */
const MONTH_NAME: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:${MONTH_WORDS.en}|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)`, 'iu'),
  fr: new RegExp(`(?<![\\p{L}])(?:${MONTH_WORDS.fr}|janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)`, 'iu'),
};
/** chrono reads "de 30 secondes" / "for 2 hours" as a time from now; they measure a length. */
const LENGTH_PHRASE =
  /^(?:d(?:e\s+|['’]\s*)|for\s+)(?:\d+|une?|a|an|deux|trois|quatre|cinq|dix|quinze|trente|two|three|four|five|ten|fifteen|thirty)\s*(?:secondes?|seconds?|sec|minutes?|mins?|heures?|hours?|hrs?|jours?|days?|semaines?|weeks?|mois|months?|ans?|années?|years?)(?![\p{L}])/iu;
const CLOCK_TIME = /\d\s*(?:h|am|pm|a\.m|p\.m|heures?)(?![a-z])|\d:\d\d/i;

const overlaps = (a: chrono.ParsingResult, b: chrono.ParsingResult) =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;

const isExplicitDate = (r: chrono.ParsingResult) => r.start.isCertain('day') && r.start.isCertain('month');

/**
 * Our rules know forward-only weekdays, business days and windows; chrono's own reading of the
 * same words is dropped. Only a longer explicit date ("Friday, December 4") beats our rule.
 */
const preferOurRules: chrono.Refiner = {
  refine: (_context, results) => {
    const mine = results.filter((r) => ours.has(r));
    const natives = results.filter((r) => !ours.has(r));
    const keptNatives = natives.filter((n) =>
      mine.every((m) => !overlaps(m, n) || (n.text.length > m.text.length && isExplicitDate(n))),
    );
    const keptMine = mine.filter((m) => keptNatives.every((n) => !overlaps(m, n)));
    return [...keptMine, ...keptNatives].sort((a, b) => a.index - b.index);
  },
};

/** Words joining two deadlines into one: the later one is the deadline ("Monday or Tuesday"). */
const DISJUNCTION =
  /^\s*,?\s*(?:or|ou|or\s+at\s+the\s+latest|ou\s+au\s+plus\s+tard|to|and|et|au|[àa]|-|–|\/)\s*$/i;

function resolveResult(
  context: chrono.ParsingContext,
  result: chrono.ParsingResult,
  lang: Lang,
): ResolvedResult | null {
  const ref = localRefOf(context);
  const start = result.index;
  const end = start + result.text.length;
  const hits = (hitsByContext.get(context) ?? []).filter((h) => h.start >= start && h.end <= end);
  const base = { start, end, text: result.text };
  if (hits.length > 0) {
    // chrono may have merged our match with a time ("mercredi 14h"): the longest hit inside names the day.
    const hit = hits.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    return {
      ...base,
      due: hit.resolution.due,
      vague: hit.resolution.vague,
      rule: hit.rule.id,
    };
  }
  // chrono alone also reads "sat", "Sam", "la mer", "now", "Good morning" or "3.12 est" as
  // times; our rules cover every relative expression, so chrono is kept for what is written
  // with digits or a month name: explicit dates, and clock times ("avant 17h" → today).
  if (!/\d/.test(result.text) && !MONTH_NAME[lang].test(result.text)) return null;
  // "une vidéo de 30 secondes", "a call for 2 hours": a length, not a delay counted from now.
  if (LENGTH_PHRASE.test(result.text)) return null;
  const c = result.start;
  let due: number | null;
  if (c.isCertain('day') && c.isCertain('month')) {
    const month = c.get('month') ?? 0;
    const day = c.get('day') ?? 0;
    let year = c.isCertain('year') ? (c.get('year') ?? 0) : toYmd(ref.today).year;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    // A date without a year is the coming one: "by January 8" written in December.
    if (!c.isCertain('year') && fromYmd(year, month, day) < ref.today) year++;
    if (day > daysInMonth(year, month)) return null;
    due = fromYmd(year, month, day);
  } else if (c.isCertain('month')) {
    // A month alone ("the January bookkeeping", "after March") names no day; month windows are our rules'.
    return null;
  } else if (c.isCertain('weekday') && !c.isCertain('day')) {
    due = comingWeekday(ref.today, c.get('weekday') ?? 0, false);
  } else if (c.isOnlyTime()) {
    // A clock time alone ("avant 17h") is today; chrono's own date for it would follow the
    // machine's time zone.
    if (!CLOCK_TIME.test(result.text)) return null;
    due = ref.today;
  } else {
    const year = c.get('year');
    const month = c.get('month');
    const day = c.get('day');
    if (year === null || month === null || day === null) return null;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    due = fromYmd(year, month, day);
  }
  return { ...base, due, vague: false, rule: `chrono.${lang}` };
}

/** A weekday followed by the date it falls on: "Friday, Nov 27", "lundi le 7". */
const APPOSITION = /^\s*,?\s*(?:the\s+|le\s+)?$/i;
const isWeekdayRule = (rule: string) => rule.endsWith('.weekday');
const isExplicit = (rule: string) => rule.startsWith('chrono.') || rule.endsWith('.day-of-month');

const TAG = 'parole:';

function tagResult(result: chrono.ParsingResult, r: ResolvedResult): chrono.ParsingResult {
  const tagged = result.clone();
  tagged.index = r.start;
  tagged.text = r.text;
  tagged.addTag(`${TAG}rule:${r.rule}`);
  if (r.due !== null) tagged.addTag(`${TAG}due:${r.due}`);
  if (r.vague) tagged.addTag(`${TAG}vague`);
  return tagged;
}

/** Last refiner: each result becomes one deadline, its day and rule carried as tags. */
function resolveAll(lang: Lang): chrono.Refiner {
  return {
    refine: (context, results) => {
      const out: { result: chrono.ParsingResult; resolved: ResolvedResult }[] = [];
      for (const result of results) {
        const r = resolveResult(context, result, lang);
        if (!r) continue;
        const prev = out.at(-1)?.resolved;
        if (
          prev &&
          prev.due !== null &&
          r.due !== null &&
          DISJUNCTION.test(context.text.slice(prev.end, r.start))
        ) {
          out[out.length - 1] = {
            result,
            resolved: {
              start: prev.start,
              end: r.end,
              text: context.text.slice(prev.start, r.end),
              due: Math.max(prev.due, r.due),
              vague: prev.vague || r.vague,
              rule: r.due >= prev.due ? r.rule : prev.rule,
            },
          };
          continue;
        }
        if (
          prev &&
          isWeekdayRule(prev.rule) &&
          isExplicit(r.rule) &&
          APPOSITION.test(context.text.slice(prev.end, r.start))
        ) {
          // "Monday 7th December": the date decides.
          out[out.length - 1] = {
            result,
            resolved: { ...r, start: prev.start, text: context.text.slice(prev.start, r.end) },
          };
          continue;
        }
        out.push({ result, resolved: r });
      }
      return out.map(({ result, resolved }) => tagResult(result, resolved));
    },
  };
}

/** Reads back what `resolveAll` left on a result. */
function readTags(result: chrono.ParsedResult): ResolvedResult | null {
  let rule: string | null = null;
  let due: number | null = null;
  let vague = false;
  for (const tag of result.tags()) {
    if (!tag.startsWith(TAG)) continue;
    const [kind, value = ''] = tag.slice(TAG.length).split(/:(.*)/s);
    if (kind === 'rule') rule = value;
    else if (kind === 'due') due = Number(value);
    else if (kind === 'vague') vague = true;
  }
  if (rule === null) return null;
  return {
    start: result.index,
    end: result.index + result.text.length,
    text: result.text,
    due,
    vague,
    rule,
  };
}

function extend(base: chrono.Chrono, lang: Lang): chrono.Chrono {
  const parser = base.clone();
  for (const rule of DEADLINE_RULES) if (rule.lang === lang) parser.parsers.push(ruleParser(rule));
  parser.refiners.unshift(preferOurRules);
  parser.refiners.push(resolveAll(lang));
  return parser;
}

const CASUAL: Record<Lang, chrono.Chrono> = { en: chrono.en.casual, fr: chrono.fr.casual };
const PARSERS: Record<Lang, chrono.Chrono> = { en: extend(CASUAL.en, 'en'), fr: extend(CASUAL.fr, 'fr') };

/** Every time expression chrono and our rules find in `text`, resolved against `ref`. */
export function parseDeadlines(text: string, ref: LocalRef, lang: Lang): ResolvedResult[] {
  const results = PARSERS[lang].parse(text, { instant: ref.instant, timezone: ref.offsetMinutes });
  const out: ResolvedResult[] = [];
  for (const result of results) {
    const r = readTags(result);
    if (r) out.push(r);
  }
  return out;
}

/** chrono alone, as the eval baseline: its casual parser for the language, nothing of ours. */
export function chronoOnly(text: string, ref: LocalRef, lang: Lang): chrono.ParsedResult[] {
  return CASUAL[lang].parse(text, { instant: ref.instant, timezone: ref.offsetMinutes });
}
