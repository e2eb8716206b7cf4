import type { Lang } from '../types.ts';

/**
 * A request cue is data: a stable id, its language, a pattern, a weight (how much it says "the
 * reader is asked to do something"; negative for look-alikes such as marketing calls to action),
 * why, and sentences it must and must not match (checked by `request-rules.test.ts`).
 * English weights are fitted on the labelled set by `test/tools/fit-requests.ts`; the values
 * written here are the starting point and the French ones, which have no labelled set.
 */
export interface RequestRule {
  id: string;
  lang: Lang;
  pattern: RegExp;
  weight: number;
  reason: string;
  examples: { positive: string[]; negative: string[] };
}
