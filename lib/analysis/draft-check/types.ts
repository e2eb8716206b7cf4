import type { Lang } from '../types.ts';

/**
 * Types of the live draft check: flags with exact spans the editor can replace, and three meters.
 */

export const DRAFT_FLAG_KINDS = [
  'vague_promise',
  'over_apologising',
  'hedge',
  'minimiser',
  'defensive',
  'shouting',
  'stacked_punctuation',
  'mixed_register',
  'no_day',
  'no_greeting',
  'no_next_step',
] as const;
export type DraftFlagKind = (typeof DRAFT_FLAG_KINDS)[number];

export interface DraftFlag {
  /** Id of the rule or lexicon entry behind the flag, shown to the user. */
  rule: string;
  kind: DraftFlagKind;
  /** Offsets in the draft: `draft.slice(start, end) === text`. An empty span is an insertion point. */
  start: number;
  end: number;
  text: string;
  reason: { en: string; fr: string };
  /** Replacement text for the span when one exists ('' deletes it). */
  fix: string | null;
}

export interface DraftMeters {
  clarity: number;
  warmth: number;
  firmness: number;
  /** What moved each meter, in the draft's language, one line per cause. */
  explanations: { clarity: string[]; warmth: string[]; firmness: string[] };
}

export interface DraftCheck {
  flags: DraftFlag[];
  meters: DraftMeters;
}

/** A span rule: every match (on folded text) is a flag of `kind`. */
export interface DraftRule {
  id: string;
  lang: Lang;
  kind: DraftFlagKind;
  pattern: RegExp;
  /** The match is ignored when its sentence matches this. */
  unless?: RegExp;
  reason: { en: string; fr: string };
  /** Replacement for the matched span, '' to delete it, null when only a rewrite can help. */
  fix: string | null;
  /** Flag only when the draft holds at least this many matches (apologies: one is fine). */
  minCount?: number;
  examples: { positive: string[]; negative: string[] };
}

/** Roles of the lexicon entries the document-level checks use. */
export const DRAFT_CUES = [
  'greeting',
  'next_step',
  'promise',
  'concrete_time',
  'loose_time',
  'promise_hedge',
  'unclear_action',
  'tu',
  'vous',
  'thanks',
  'politeness',
  'closing',
] as const;
export type DraftCueRole = (typeof DRAFT_CUES)[number];

/** A lexicon entry: a way of writing a greeting, a promise, a concrete day… */
export interface DraftCue {
  id: string;
  lang: Lang;
  cue: DraftCueRole;
  pattern: RegExp;
  unless?: RegExp;
  /** For hedges inside a promise and register words: the replacement for the span. */
  fix?: string | null;
  examples: { positive: string[]; negative: string[] };
}
