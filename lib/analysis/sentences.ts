import type { Lang } from './types.ts';

/**
 * Sentence splitting with offsets, one linear scan for both languages. compromise's tokenizer was
 * tried for English but glues the sentence that follows a URL ("…/a.b. I'll send…") and costs a
 * full tokenisation; a rule scanner with per-language abbreviation data is cheaper and keeps
 * French spacing ("reçu ?") and abbreviations ("M.", "p. ex.") in one place.
 */

export interface Sentence {
  text: string;
  /** Offsets of `text` in the input. */
  start: number;
  end: number;
}

/**
 * Words written with a final dot that does not end a sentence (lower case, dot removed). Words that
 * are also ordinary words ("me", "no", "sun", "mar") are left out: a missed split is cheaper there.
 */
const ABBREVIATIONS: Record<Lang, readonly string[]> = {
  en: [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'sr',
    'jr',
    'st',
    'inc',
    'ltd',
    'co',
    'corp',
    'vs',
    'e.g',
    'i.e',
    'eg',
    'ie',
    'etc',
    'approx',
    'fig',
    'dept',
    'jan',
    'feb',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'tue',
    'tues',
    'thu',
    'thur',
    'thurs',
    'fri',
    'a.m',
    'p.m',
    'ref',
    'tel',
    'ext',
    'cf',
    'u.s',
    'pp',
  ],
  fr: [
    'm',
    'mm',
    'mme',
    'mmes',
    'mlle',
    'dr',
    'pr',
    'cf',
    'ex',
    'p',
    'env',
    'tél',
    'fax',
    'réf',
    'etc',
    'janv',
    'févr',
    'fév',
    'avr',
    'juil',
    'sept',
    'oct',
    'nov',
    'déc',
    'n°',
    'chap',
    'bd',
    'ste',
    'sté',
    'cie',
  ],
};

/** Abbreviations that may also end a sentence: they split before a capitalised word. */
const MAY_END = new Set(['etc', 'inc', 'ltd', 'corp', 'co']);

const ABBR = new Set<string>([...ABBREVIATIONS.en, ...ABBREVIATIONS.fr]);

// A run of end punctuation followed by closing quotes/brackets and then space or the end; or a newline.
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s|$)|\n/g;
const LAST_TOKEN = /(\S+)$/;
const LIST_ITEM = /^\s*(?:[-*•–]\s|\d+[.)]\s)/;

function nextVisible(text: string, from: number): string {
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== ' ' && c !== '\t' && c !== '\u00a0' && c !== '\u202f' && c !== '\r') return c;
  }
  return '';
}

function isLower(c: string): boolean {
  return c !== '' && c === c.toLowerCase() && c !== c.toUpperCase();
}

function isUpper(c: string): boolean {
  return c !== '' && c === c.toUpperCase() && c !== c.toLowerCase();
}

/** Whether the punctuation ending at `end` (starting at `start`) closes the sentence. */
function endsSentence(text: string, start: number, end: number): boolean {
  const punct = text.slice(start, end);
  const next = nextVisible(text, end);
  if (next === '') return true;
  if (next === '\n') return true;
  if (isLower(next)) return false;
  if (punct.replace(/["'”’»)\]]+$/, '') !== '.') return true;
  // A single dot: look at the word it closes.
  const before = LAST_TOKEN.exec(text.slice(Math.max(0, start - 40), start));
  const token = (before?.[1] ?? '').toLowerCase().replace(/^[("'«“]+/, '');
  if (token.length === 1 && /\p{L}/u.test(token)) return false; // an initial: "J. Smith", "M. Dupont"
  if (ABBR.has(token)) return MAY_END.has(token) && isUpper(next);
  if ((token === 'no' || /^\d+$/.test(token)) && /\d/.test(next)) return false; // "No. 5"
  return true;
}

/** Whether the single newline at `at` separates two sentences (hard-wrapped lines do not). */
function newlineSplits(text: string, at: number): boolean {
  const next = nextVisible(text, at + 1);
  if (next === '\n' || next === '') return true;
  let i = at - 1;
  while (i >= 0 && /[ \t\r\u00a0]/.test(text[i] as string)) i--;
  if (i < 0) return true;
  const prev = text[i] as string;
  if (/[.!?…:;,)]/.test(prev)) return true;
  if (LIST_ITEM.test(text.slice(at + 1, at + 8))) return true;
  // A line that goes on in lower case is a wrapped line of the same sentence.
  return !isLower(next);
}

/** Splits `text` into sentences, with offsets into `text`. Empty or blank input gives []. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') out.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
    from = end;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0] === '\n') {
      if (newlineSplits(text, start)) push(start);
    } else if (endsSentence(text, start, end)) push(end);
  }
  push(text.length);
  return out;
}
