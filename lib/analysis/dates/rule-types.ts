import type { Lang } from '../types.ts';
import type { LocalRef } from './calendar.ts';

/** Words a rule must find, and words it must leave alone: checked by one test over every rule. */
export interface RuleExamples {
  positive: string[];
  negative: string[];
}

/** What a time expression resolves to, in local day numbers (see calendar.ts). */
export interface Resolution {
  due: number | null;
  vague: boolean;
}

/** A time expression that names a day: data per language, resolved against the sent time. */
export interface DeadlineRule {
  id: string;
  lang: Lang;
  /** Compiled once; must not be global or sticky (chrono runs it with `exec` from each offset). */
  pattern: RegExp;
  reason: string;
  examples: RuleExamples;
  resolve(match: RegExpExecArray, ref: LocalRef): Resolution | null;
}

/** Why an expression names no day a reader could hold someone to. */
export type VagueKind = 'no_date' | 'loose_window';

/** A time expression that names no day ("soon", "dès que possible"): recognised before any date. */
export interface VagueExpression {
  id: string;
  lang: Lang;
  pattern: RegExp;
  kind: VagueKind;
  reason: string;
  examples: RuleExamples;
}
