import { detectLanguage } from '../language.ts';
import { formatDay, proposeDay, type Register, rewriteCommitment } from '../rewrite.ts';
import { type Sentence, splitSentences } from '../sentences.ts';
import { fold } from '../signals/fold.ts';
import type { Lang } from '../types.ts';
import { DRAFT_CUES_EN, DRAFT_RULES_EN } from './draft-rules.en.ts';
import { DRAFT_CUES_FR, DRAFT_RULES_FR, REGISTER_FIXES_FR } from './draft-rules.fr.ts';
import { computeMeters } from './meters.ts';
import { ACRONYMS } from './shouting.ts';
import {
  DRAFT_CUES,
  type DraftCheck,
  type DraftCue,
  type DraftCueRole,
  type DraftFlag,
  type DraftRule,
} from './types.ts';

/**
 * The live check of the user's own draft: span flags with exact offsets (the editor replaces
 * `draft.slice(start, end)` with `fix`), document checks (greeting, next step, promises with no
 * day), and three meters. Every pattern is compiled once at module load; a check is a handful of
 * linear regex scans, well under 10 ms for a 300-word draft (see bench.ts).
 */

export const DRAFT_RULES: Record<Lang, readonly DraftRule[]> = { en: DRAFT_RULES_EN, fr: DRAFT_RULES_FR };
export const DRAFT_CUE_LEXICON: Record<Lang, readonly DraftCue[]> = { en: DRAFT_CUES_EN, fr: DRAFT_CUES_FR };

interface Compiled<T> {
  entry: T;
  global: RegExp;
}

function globalOf<T extends { pattern: RegExp }>(entry: T): Compiled<T> {
  const flags = entry.pattern.flags.includes('g') ? entry.pattern.flags : `${entry.pattern.flags}g`;
  return { entry, global: new RegExp(entry.pattern.source, flags) };
}

const COMPILED_RULES: Record<Lang, Compiled<DraftRule>[]> = {
  en: DRAFT_RULES_EN.map(globalOf),
  fr: DRAFT_RULES_FR.map(globalOf),
};

function byRole(cues: readonly DraftCue[]): Record<DraftCueRole, Compiled<DraftCue>[]> {
  const out = Object.fromEntries(DRAFT_CUES.map((role) => [role, [] as Compiled<DraftCue>[]])) as Record<
    DraftCueRole,
    Compiled<DraftCue>[]
  >;
  for (const cue of cues) out[cue.cue].push(globalOf(cue));
  return out;
}

const CUES: Record<Lang, Record<DraftCueRole, Compiled<DraftCue>[]>> = {
  en: byRole(DRAFT_CUES_EN),
  fr: byRole(DRAFT_CUES_FR),
};

interface Match {
  start: number;
  end: number;
  id: string;
  fix?: string | null;
}

/** Every non-empty match of `c` in `folded[from, to)`, offsets in `folded`. */
function matchesIn(
  c: Compiled<{ pattern: RegExp; id: string; unless?: RegExp }>,
  folded: string,
  from = 0,
  to = folded.length,
): Match[] {
  const slice = folded.slice(from, to);
  const out: Match[] = [];
  c.global.lastIndex = 0;
  for (let m = c.global.exec(slice); m; m = c.global.exec(slice)) {
    if (m[0].length === 0) {
      c.global.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, id: c.entry.id });
  }
  return out;
}

function cueMatches(lang: Lang, role: DraftCueRole, folded: string, from = 0, to = folded.length): Match[] {
  const out: Match[] = [];
  for (const c of CUES[lang][role]) {
    const sentence = folded.slice(from, to);
    if (c.entry.unless?.test(sentence)) continue;
    for (const m of matchesIn(c, folded, from, to)) out.push({ ...m, fix: c.entry.fix });
  }
  return out.sort((a, b) => a.start - b.start);
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  for (const s of sentences) if (offset >= s.start && offset < s.end) return s;
  return null;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * A flag whose fix deletes words at the start of a sentence also capitalises the word that then
 * opens it: the span takes that word's first letter and the fix gives it back upper-cased.
 */
function flagWithFix(
  text: string,
  sentences: readonly Sentence[],
  base: Omit<DraftFlag, 'text' | 'fix'>,
  fix: string | null,
): DraftFlag {
  let { start, end } = base;
  let replacement = fix;
  if (fix === '') {
    const s = sentenceAt(sentences, start);
    const next = text[end] ?? '';
    if (s && s.start === start && next !== next.toUpperCase()) {
      end += 1;
      replacement = next.toUpperCase();
    }
  }
  return { ...base, start, end, text: text.slice(start, end), fix: replacement };
}

function spanRuleFlags(
  text: string,
  folded: string,
  sentences: readonly Sentence[],
  lang: Lang,
): DraftFlag[] {
  const flags: DraftFlag[] = [];
  for (const c of COMPILED_RULES[lang]) {
    const rule = c.entry;
    const found = matchesIn(c, folded).filter((m) => {
      const s = sentenceAt(sentences, m.start);
      return !(s && rule.unless?.test(folded.slice(s.start, s.end)));
    });
    if (rule.minCount !== undefined && found.length < rule.minCount) continue;
    // With a count rule the first occurrence is fine; the ones after it are the excess.
    const flagged = rule.minCount !== undefined ? found.slice(1) : found;
    for (const m of flagged) {
      flags.push(
        flagWithFix(
          text,
          sentences,
          { rule: rule.id, kind: rule.kind, start: m.start, end: m.end, reason: rule.reason },
          rule.fix,
        ),
      );
    }
  }
  return flags;
}

const CAPS_RUN = /\p{Lu}[\p{Lu}'’-]*(?:[ \t,]+\p{Lu}[\p{Lu}'’-]*)*/gu;
const SHOUT_REASON = {
  en: 'Words in capitals read as shouting: write them in lower case.',
  fr: 'Les mots en majuscules se lisent comme des cris\u00a0: écrivez-les en minuscules.',
};

/** Runs of capitals that are not acronyms: two shouted words, or one of four letters or more. */
function shoutingFlags(text: string, sentences: readonly Sentence[]): DraftFlag[] {
  const flags: DraftFlag[] = [];
  CAPS_RUN.lastIndex = 0;
  for (let m = CAPS_RUN.exec(text); m; m = CAPS_RUN.exec(text)) {
    const words = m[0].split(/[ \t,]+/).filter((w) => w.length > 0);
    const shouted = words.filter(
      (w) => w.replace(/['’-]/g, '').length >= 2 && !ACRONYMS.has(w.replace(/['’-]s?$/g, '')),
    );
    const loud = shouted.length >= 2 || shouted.some((w) => w.length >= 4);
    if (!loud) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const s = sentenceAt(sentences, start);
    const lower = m[0].toLowerCase();
    const fix = s && s.start === start ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    flags.push({
      rule: 'shouting.capitals',
      kind: 'shouting',
      start,
      end,
      text: m[0],
      reason: SHOUT_REASON,
      fix,
    });
  }
  return flags;
}

const MIXED_REASON = {
  en: 'Tu and vous are mixed in this draft: keep one register with this client.',
  fr: 'Tu et vous sont mélangés dans ce brouillon\u00a0: gardez un seul registre avec ce client.',
};

/** The minority register's words, when a French draft uses both. */
function registerFlags(text: string, folded: string): { flags: DraftFlag[]; register: Register } {
  const tu = cueMatches('fr', 'tu', folded);
  const vous = cueMatches('fr', 'vous', folded);
  const register: Register = tu.length > vous.length ? 'tu' : 'vous';
  if (tu.length === 0 || vous.length === 0) return { flags: [], register };
  const minority = register === 'tu' ? vous : tu;
  const swap = register === 'tu' ? REGISTER_FIXES_FR.toTu : REGISTER_FIXES_FR.toVous;
  const flags = minority.map((m) => ({
    rule: m.id,
    kind: 'mixed_register' as const,
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    reason: MIXED_REASON,
    fix: swap[folded.slice(m.start, m.end)] ?? null,
  }));
  return { flags, register };
}

const PROMISE_REASONS = {
  vague: {
    en: 'A vague promise ("soon", "I\'ll get back to you") cannot be held to: give a day.',
    fr: 'Une promesse vague (« rapidement », « je reviens vers vous ») n’engage à rien\u00a0: donnez une date.',
  },
  hedged: {
    en: 'A hedged promise ("I\'ll try to") sounds unsure: promise it or say what you can do.',
    fr: 'Une promesse hésitante (« je vais essayer de ») inquiète\u00a0: engagez-vous ou dites ce que vous pouvez faire.',
  },
  noDay: {
    en: 'This promise has no day: say when.',
    fr: 'Cette promesse n’a pas de date\u00a0: dites quand.',
  },
};

const CONNECTOR = /(?:,?\s*(?:and|but|then|so|et|mais|puis|donc|ensuite|et puis)\s*|[,;]\s*)$/u;

/** Where a clause ends before the next promise: without the "and" / "et" that links them. */
function trimConnector(folded: string, from: number, to: number): number {
  const m = CONNECTOR.exec(folded.slice(from, to));
  return m ? to - m[0].length : to;
}

/** A rewrite that goes mid-sentence starts in lower case ("Thanks, i will…" is wrong for "I"). */
function lowerFirst(text: string, lang: Lang): string {
  if (lang === 'en' && /^I\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /[\s.!?…;:,]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** Promises of mine in the draft: vague ones get a concrete rewrite, dateless ones a day. */
function promiseFlags(
  text: string,
  folded: string,
  sentences: readonly Sentence[],
  lang: Lang,
  now: string,
  register: Register,
): { flags: DraftFlag[]; concreteDays: number } {
  const flags: DraftFlag[] = [];
  let concreteDays = 0;
  for (const s of sentences) {
    concreteDays += cueMatches(lang, 'concrete_time', folded, s.start, s.end).length;
    const promises = cueMatches(lang, 'promise', folded, s.start, s.end);
    promises.forEach((promise, i) => {
      // A sentence can hold several promises ("I'll send X, and I'll call Y"): one clause each.
      const next = promises[i + 1];
      const last = next === undefined;
      const limit = last ? s.end : trimConnector(folded, promise.start, next.start);
      const clauseEnd = trimEnd(text, promise.start, limit);
      if (clauseEnd <= promise.start) return;
      const spanEnd = last ? s.end : clauseEnd;
      const concrete = cueMatches(lang, 'concrete_time', folded, promise.start, limit);
      const loose = cueMatches(lang, 'loose_time', folded, promise.start, limit);
      const hedges = cueMatches(lang, 'promise_hedge', folded, promise.start, limit);
      const unclear = cueMatches(lang, 'unclear_action', folded, promise.start, limit);

      if ((loose.length > 0 || unclear.length > 0) && concrete.length === 0) {
        let rewrite = rewriteCommitment(
          {
            lang,
            owner: 'me',
            // rewrite.ts words its patterns with a straight apostrophe; same length, same offsets.
            text: s.text.replace(/[\u2019\u2018]/g, "'"),
            from: promise.start - s.start,
            to: clauseEnd - s.start,
            actionFrom: promise.end - s.start,
            timeSpans: loose.map((m) => ({ start: m.start - s.start, end: m.end - s.start })),
            due: null,
            // With a loose time the deliverable is named; without, "I'll get back to you" names none.
            unclear: unclear.length > 0 && loose.length === 0,
            vague: true,
          },
          { ref: now, register },
        );
        if (rewrite !== null && !last) rewrite = rewrite.replace(/[.!?\s]+$/u, '');
        if (rewrite !== null && promise.start > s.start) rewrite = lowerFirst(rewrite, lang);
        flags.push({
          rule: (loose[0] ?? unclear[0] ?? promise).id,
          kind: 'vague_promise',
          start: promise.start,
          end: spanEnd,
          text: text.slice(promise.start, spanEnd),
          reason: PROMISE_REASONS.vague,
          fix: rewrite,
        });
        return;
      }
      for (const h of hedges) {
        flags.push(
          flagWithFix(
            text,
            sentences,
            { rule: h.id, kind: 'vague_promise', start: h.start, end: h.end, reason: PROMISE_REASONS.hedged },
            h.fix ?? null,
          ),
        );
      }
      if (concrete.length === 0) {
        const clause = text.slice(promise.start, clauseEnd);
        const day = formatDay(proposeDay(now), lang);
        flags.push({
          rule: promise.id,
          kind: 'no_day',
          start: promise.start,
          end: clauseEnd,
          text: clause,
          reason: PROMISE_REASONS.noDay,
          fix: lang === 'fr' ? `${clause} le ${day}` : `${clause} on ${day}`,
        });
      }
    });
  }
  return { flags, concreteDays };
}

const GREETING_FIX: Record<Lang, string> = { en: 'Hello,\n\n', fr: 'Bonjour,\n\n' };
const NO_GREETING_REASON = {
  en: 'No greeting: a short "Hello," makes the message warmer.',
  fr: 'Pas de salutation\u00a0: un simple « Bonjour, » rend le message plus chaleureux.',
};
const NO_NEXT_STEP_REASON = {
  en: 'No next step: end with who does what, and by when.',
  fr: 'Pas de prochaine étape\u00a0: terminez par qui fait quoi, et pour quand.',
};

/** Drafts shorter than this are still being typed: no greeting or next-step nagging yet. */
const MIN_WORDS_GREETING = 8;
const MIN_WORDS_NEXT_STEP = 20;
const LONG_SENTENCE_WORDS = 35;

export interface CheckDraftOptions {
  /** The time the draft is written, ISO 8601 with offset: the day proposed for dateless promises. */
  now?: string;
}

export function checkDraft(text: string, lang: Lang | null, opts: CheckDraftOptions = {}): DraftCheck {
  const language: Lang = lang ?? detectLanguage(text);
  const now = opts.now ?? new Date().toISOString();
  const folded = fold(text);
  const sentences = splitSentences(text);
  const words = countWords(text);

  const flags: DraftFlag[] = [];
  flags.push(...spanRuleFlags(text, folded, sentences, language));
  flags.push(...shoutingFlags(text, sentences));

  let register: Register = 'en';
  if (language === 'fr') {
    const r = registerFlags(text, folded);
    register = r.register;
    flags.push(...r.flags);
  }
  const promises = promiseFlags(text, folded, sentences, language, now, register);
  flags.push(...promises.flags);

  const first = text.search(/\S/);
  const greeting =
    first >= 0 && cueMatches(language, 'greeting', folded, first).some((m) => m.start === first);
  if (!greeting && words >= MIN_WORDS_GREETING) {
    flags.push({
      rule: `${language}.cue.greeting`,
      kind: 'no_greeting',
      start: first,
      end: first,
      text: '',
      reason: NO_GREETING_REASON,
      fix: GREETING_FIX[language],
    });
  }
  const asks = cueMatches(language, 'next_step', folded).length;
  if (asks === 0 && words >= MIN_WORDS_NEXT_STEP) {
    const end = text.trimEnd().length;
    flags.push({
      rule: `${language}.cue.next-step`,
      kind: 'no_next_step',
      start: end,
      end,
      text: '',
      reason: NO_NEXT_STEP_REASON,
      fix: null,
    });
  }

  flags.sort((a, b) => a.start - b.start || a.end - b.end);
  const meters = computeMeters(
    {
      flags,
      greeting,
      thanks: cueMatches(language, 'thanks', folded).length,
      politeness: cueMatches(language, 'politeness', folded).length,
      closing: cueMatches(language, 'closing', folded).length > 0,
      concreteDays: promises.concreteDays,
      asks,
      longSentences: sentences.filter((s) => countWords(s.text) > LONG_SENTENCE_WORDS).length,
      words,
    },
    language,
  );
  return { flags, meters };
}
