import { splitSentences } from '../sentences.ts';
import type { Day, DeadlineMatch, Lang, TextOwner, VagueReason } from '../types.ts';
import { EN_COMMITMENT_RULES } from './commitment-rules.en.ts';
import { FR_COMMITMENT_RULES } from './commitment-rules.fr.ts';
import { looksLikeName } from './names.ts';
import type { CommitmentRule } from './rule.ts';

/** Finds time expressions in a sentence (lib/analysis/dates); injectable for tests. */
export type DeadlineFinder = (text: string, ref: string, lang: Lang) => DeadlineMatch[];

/** A commitment as the text states it: who is bound relative to the writer, what, by when. */
export interface TextCommitment {
  /** The sentence that carries it, and its offsets in the input text. */
  text: string;
  start: number;
  end: number;
  owner: TextOwner;
  /** The action promised, cleaned of hedges and of the time words ("send the V2"). */
  action: string | null;
  due: Day | null;
  /** The time expression the due day comes from. */
  deadline: DeadlineMatch | null;
  vague: boolean;
  vague_reasons: VagueReason[];
  /** Ids of the trigger and of every hedge / unclear rule behind the flags. */
  rules: string[];
  lang: Lang;
  /** Sentence offsets of the promise itself: from its subject to the end of its clause. */
  from: number;
  to: number;
  /** Sentence offset where the words after the trigger ("…will ", "je vous envoie ") start. */
  actionFrom: number;
  /** Sentence offsets of the time words found in that clause. */
  timeSpans: { start: number; end: number }[];
  /** The action names no deliverable ("look into it"). */
  unclear: boolean;
}

export interface DetectOptions {
  lang: Lang;
  /** The message's date, ISO 8601 with offset: the day everything resolves against. */
  ref: string;
  /** lib/analysis/dates `findDeadlines`, passed in so the detector can be tested on its own. */
  findDeadlines: DeadlineFinder;
}

interface CompiledRules {
  triggers: { rule: CommitmentRule; global: RegExp }[];
  blocks: CommitmentRule[];
  hedges: CommitmentRule[];
  unclear: CommitmentRule[];
  anchors: CommitmentRule[];
}

function compile(rules: readonly CommitmentRule[]): CompiledRules {
  const of = (kind: CommitmentRule['kind']) => rules.filter((r) => r.kind === kind);
  return {
    triggers: of('trigger').map((rule) => ({
      rule,
      global: new RegExp(rule.pattern.source, `${rule.pattern.flags}g`),
    })),
    blocks: of('block'),
    hedges: of('hedge'),
    unclear: of('unclear'),
    anchors: of('anchor'),
  };
}

/** Compiled once at load: per-sentence work is a handful of precompiled regex scans. */
const RULES: Record<Lang, CompiledRules> = {
  en: compile(EN_COMMITMENT_RULES),
  fr: compile(FR_COMMITMENT_RULES),
};

/** Clause separators: what is on either side of "but" / "mais" / ";" is judged apart. */
const CLAUSE_SEP =
  /\s*;\s*|,?\s+(?:but|mais|however|cependant|though|sauf\s+que|whereas|alors\s+que)\s+|\s+[-–—]\s+/giu;
/** Where a trailing question starts: "I'll send it Friday, does that work?" keeps the first part. */
const QUESTION_CUT = /[,;:]\s|\s[-–—]\s/gu;

interface Span {
  start: number;
  end: number;
}

function clausesOf(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  CLAUSE_SEP.lastIndex = 0;
  for (let m = CLAUSE_SEP.exec(text); m !== null; m = CLAUSE_SEP.exec(text)) {
    if (m[0].length === 0) {
      CLAUSE_SEP.lastIndex++;
      continue;
    }
    out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end: text.length });
  return out;
}

/** The part of a sentence that can carry a commitment: a question keeps only what precedes it. */
function assertivePart(text: string): number {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('?')) return text.length;
  let cut = -1;
  QUESTION_CUT.lastIndex = 0;
  for (let m = QUESTION_CUT.exec(trimmed); m !== null; m = QUESTION_CUT.exec(trimmed)) cut = m.index;
  return Math.max(cut, 0);
}

/** Straight apostrophes and plain spaces, same length, so offsets stay valid. */
export function normalise(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'").replace(/[\u00a0\u202f\u2009]/g, ' ');
}

function refDay(ref: string): string {
  return ref.slice(0, 10);
}

/** A time that points forward: a day not before the message, or a loose window ("soon"). */
function forward(m: DeadlineMatch, day: string): boolean {
  return m.due === null ? m.vague : m.due >= day;
}

function chooseDeadline(matches: DeadlineMatch[], day: string): DeadlineMatch | null {
  let best: DeadlineMatch | null = null;
  for (const m of matches) {
    if (!forward(m, day)) continue;
    if (best === null) best = m;
    else if (m.due !== null && (best.due === null || m.due > best.due)) best = m;
  }
  return best;
}

const LEADING_JUNK = /^[\s,;:.!?-]+|[\s,;:.!?-]+$/gu;
const TRAILING_PREPOSITION =
  /\s+(?:by|on|before|until|till|at|in|within|for|over|from|to|d'ici|avant|pour|le|la|les|dans|sous|en|au|à|à\s+la|d'|de|du|jusqu'à|et|and|or|ou)$/iu;

function cleanAction(raw: string, cut: Span[], hedges: RegExp[]): string | null {
  let text = raw;
  // Drop the time words from the last to the first, so earlier offsets inside `raw` stay valid.
  for (const s of [...cut].sort((a, b) => b.start - a.start))
    text = `${text.slice(0, s.start)} ${text.slice(s.end)}`;
  for (const h of hedges) text = text.replace(h, ' ');
  // Cutting the time words can leave "la V2 , avec …": no space before a comma or a full stop.
  text = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.])/g, '$1')
    .replace(LEADING_JUNK, '');
  for (let i = 0; i < 3 && TRAILING_PREPOSITION.test(text); i++)
    text = text.replace(TRAILING_PREPOSITION, '');
  text = text.replace(LEADING_JUNK, '');
  return text === '' ? null : text;
}

/** Hedge words removed from the action ("try to send" → "send"). */
const ACTION_HEDGES: Record<Lang, RegExp[]> = {
  en: [
    /\b(?:try|attempt)\s+(?:to|and)\s+/giu,
    /\bhopefully\s+/giu,
    /\b(?:do|doing)\s+(?:my|our)\s+best\s+to\s+/giu,
    /\bprobably\s+/giu,
    /\b(?:aim|plan|intend)\s+to\s+/giu,
    /^(?:be\s+able\s+to|be\s+sure\s+to|make\s+sure\s+to)\s+/iu,
  ],
  fr: [
    /\b(?:essayer|tenter|tâcher)\s+(?:de\s+|d')/giu,
    /\bnormalement,?\s*/giu,
    /\ben\s+principe,?\s*/giu,
    /^pouvoir\s+/iu,
    /\bsans\s+faute\b/giu,
    /,?\s*promis\b/giu,
  ],
};

interface Candidate {
  rule: CommitmentRule;
  index: number;
  end: number;
}

/** The commitment a sentence carries, if any. `sentence` is raw text; offsets are not needed here. */
export function detectInSentence(
  sentence: string,
  opts: DetectOptions,
): Omit<TextCommitment, 'start' | 'end'> | null {
  const { lang, ref } = opts;
  const rules = RULES[lang];
  const text = normalise(sentence);
  const limit = assertivePart(text);
  if (limit === 0) return null;
  const scope = text.slice(0, limit);

  const candidates: Candidate[] = [];
  rules.triggers.forEach(({ rule, global }) => {
    global.lastIndex = 0;
    for (const m of scope.matchAll(global)) {
      if (rule.nameGroup && m[1] !== undefined) {
        const at = m.index + m[0].indexOf(m[1]);
        const atStart = /^[\s"'(«“-]*$/.test(scope.slice(0, at)) || /[.!?:]\s*$/.test(scope.slice(0, at));
        if (!looksLikeName(m[1], atStart)) continue;
      }
      candidates.push({ rule, index: m.index, end: m.index + m[0].length });
    }
  });
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index);

  const clauses = clausesOf(scope);
  let deadlines: DeadlineMatch[] | null = null;
  const finder = opts.findDeadlines;
  const getDeadlines = () => {
    deadlines ??= finder(sentence, ref, lang);
    return deadlines;
  };
  const day = refDay(ref);

  for (const c of candidates) {
    const clause = clauses.find((s) => c.index >= s.start && c.index < s.end) ?? {
      start: 0,
      end: scope.length,
    };
    const clauseText = scope.slice(clause.start, clause.end);
    const blocked = rules.blocks.some((b) =>
      b.window !== undefined
        ? b.pattern.test(scope.slice(c.end, Math.min(clause.end, c.end + b.window)))
        : b.pattern.test(clauseText),
    );
    if (blocked) continue;

    const inClause = getDeadlines().filter((m) => m.start >= clause.start && m.start < clause.end);
    const after = inClause.filter((m) => m.start >= c.index);
    if (c.rule.needsTime) {
      const timed = inClause.some((m) => forward(m, day));
      if (!timed && !rules.anchors.some((a) => a.pattern.test(clauseText))) continue;
    }

    const deadline =
      chooseDeadline(after, day) ??
      chooseDeadline(inClause, day) ??
      chooseDeadline(
        getDeadlines().filter((m) => m.start >= c.index && m.start < limit),
        day,
      );
    const reasons = new Set<VagueReason>();
    const fired = [c.rule.id];
    for (const h of rules.hedges) {
      if (h.pattern.test(clauseText)) {
        reasons.add('hedge');
        fired.push(h.id);
      }
    }
    if (deadline === null) reasons.add('no_date');
    else if (deadline.vague) {
      reasons.add('loose_window');
      fired.push(deadline.rule);
    }
    for (const u of rules.unclear) {
      if (u.pattern.test(clauseText) && (u.alwaysVague || deadline === null || deadline.due === null)) {
        reasons.add('unclear_action');
        fired.push(u.id);
      }
    }

    const actionStart = c.rule.owner === 'third_party' || c.end >= clause.end ? clause.start : c.end;
    const cuts = getDeadlines()
      .filter((m) => m.start >= actionStart && m.end <= clause.end)
      .map((m) => ({ start: m.start - actionStart, end: m.end - actionStart }));
    let action = cleanAction(scope.slice(actionStart, clause.end), cuts, ACTION_HEDGES[lang]);
    if (action !== null && action.split(' ').length < 2 && actionStart !== clause.start) {
      action = cleanAction(clauseText, [], ACTION_HEDGES[lang]);
    }

    const vague_reasons = VAGUE_ORDER.filter((r) => reasons.has(r));
    const from = c.rule.owner === 'third_party' ? clause.start : c.index;
    return {
      from,
      to: clause.end,
      actionFrom: Math.min(c.end, clause.end),
      timeSpans: getDeadlines()
        .filter((m) => m.start >= from && m.end <= clause.end)
        .map((m) => ({ start: m.start, end: m.end })),
      unclear: reasons.has('unclear_action'),
      text: sentence,
      owner: c.rule.owner ?? 'speaker',
      action,
      due: deadline?.due ?? null,
      deadline,
      vague: vague_reasons.length > 0,
      vague_reasons,
      rules: fired,
      lang,
    };
  }
  return null;
}

const VAGUE_ORDER: readonly VagueReason[] = ['hedge', 'no_date', 'loose_window', 'unclear_action'];

/** Every commitment in a text (a message body or a draft), one per sentence at most. */
export function detectCommitments(text: string, opts: DetectOptions): TextCommitment[] {
  const out: TextCommitment[] = [];
  for (const s of splitSentences(text)) {
    const found = detectInSentence(s.text, opts);
    if (found) out.push({ ...found, start: s.start, end: s.end });
  }
  return out;
}
