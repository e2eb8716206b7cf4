import type { Day, DeadlineMatch, Lang } from '../types.ts';
import { formatDay, type LocalRef, parseRef } from './calendar.ts';
import { parseDeadlines } from './chrono-extensions.ts';
import { TIME_TRIGGERS } from './lexicon.ts';
import type { VagueExpression } from './rule-types.ts';
import { VAGUE_EXPRESSIONS } from './vague-expressions.ts';

/**
 * Time expressions in French and English mail, resolved to the day they name in the writer's
 * calendar (the offset of the message's sent time), with vague ones recognised first.
 */

export { DEADLINE_RULES } from './chrono-extensions.ts';
export { VAGUE_EXPRESSIONS } from './vague-expressions.ts';

const VAGUE_BY_LANG: Record<Lang, { expression: VagueExpression; global: RegExp }[]> = { en: [], fr: [] };
for (const expression of VAGUE_EXPRESSIONS) {
  VAGUE_BY_LANG[expression.lang].push({
    expression,
    global: new RegExp(expression.pattern.source, `${expression.pattern.flags}g`),
  });
}

/** Texts longer than this are parsed piece by piece, so one huge input stays linear. */
const CHUNK = 2000;

function vagueMatches(text: string, lang: Lang): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  for (const { expression, global } of VAGUE_BY_LANG[lang]) {
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (m[0].length === 0) {
        global.lastIndex++;
        continue;
      }
      found.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        due: null,
        vague: true,
        rule: expression.id,
      });
    }
  }
  // Longest first wins an overlap ("as soon as possible" over "as soon as").
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DeadlineMatch[] = [];
  for (const m of found) {
    const last = kept.at(-1);
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/** Cuts a long text at line or sentence ends, keeping offsets. */
function chunks(text: string): { offset: number; text: string }[] {
  if (text.length <= CHUNK) return [{ offset: 0, text }];
  const out: { offset: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(
        window.lastIndexOf('\n'),
        window.lastIndexOf('. '),
        window.lastIndexOf('! '),
        window.lastIndexOf('? '),
      );
      if (cut > CHUNK / 4) end = start + cut + 1;
    }
    out.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

/**
 * Every time expression in `text` (a sentence, or any text) with its span, the day it names
 * (YYYY-MM-DD in `ref`'s offset) or null, whether it is vague, and the id of the rule behind it.
 * `ref` is the message's sent time, ISO 8601 with an offset. Never throws on odd input.
 */
export function findDeadlines(text: string, ref: string, lang: Lang): DeadlineMatch[] {
  const local = parseRef(ref);
  if (!local || text.length === 0) return [];
  return findWithRef(text, local, lang);
}

function findWithRef(text: string, ref: LocalRef, lang: Lang): DeadlineMatch[] {
  const vague = vagueMatches(text, lang);
  // Hide vague expressions from chrono, keeping every offset.
  const pieces: string[] = [];
  let at = 0;
  for (const m of vague) {
    pieces.push(text.slice(at, m.start), ' '.repeat(m.end - m.start));
    at = m.end;
  }
  pieces.push(text.slice(at));
  const masked = pieces.join('');
  const dated: DeadlineMatch[] = [];
  for (const chunk of chunks(masked)) {
    if (!TIME_TRIGGERS[lang].test(chunk.text)) continue;
    for (const r of parseDeadlines(chunk.text, ref, lang)) {
      const start = chunk.offset + r.start;
      const end = chunk.offset + r.end;
      dated.push({
        text: text.slice(start, end),
        start,
        end,
        due: r.due === null ? null : formatDay(r.due),
        vague: r.vague,
        rule: r.rule,
      });
    }
  }
  return [...vague, ...dated].sort((a, b) => a.start - b.start);
}

/**
 * Resolves a standalone time expression (an item of the deadlines set). The expression's main
 * match is the longest one; a text with no time expression names no day and so is vague.
 * Always a single day, never a list: under the eval's rule a list scores only when every day in
 * it is acceptable, so for an ambiguous phrase ("next Tuesday" said on a Monday) the reading
 * every labeller accepts is given.
 */
export function resolveDeadline(
  text: string,
  ref: string,
  lang: Lang,
): { due: Day | Day[] | null; vague: boolean; rule: string | null } {
  const local = parseRef(ref);
  if (!local) return { due: null, vague: true, rule: null };
  const matches = findWithRef(text, local, lang);
  if (matches.length === 0) return { due: null, vague: true, rule: null };
  const main = matches.reduce((a, b) => {
    const la = a.end - a.start;
    const lb = b.end - b.start;
    if (lb !== la) return lb > la ? b : a;
    return (b.due ?? '') > (a.due ?? '') ? b : a;
  });
  return { due: main.due, vague: main.vague, rule: main.rule };
}
