/**
 * Pieces for rule patterns written as strings. `(?<!\p{L})` instead of `\b`: JavaScript's `\b`
 * does not see accented letters as letters, and would cut "après" or "journée" in two.
 */

/** A word starts here: no letter or digit just before. */
export const W = '(?<![\\p{L}\\d])';

/** A word ends here: no letter or digit just after. */
export const E = '(?![\\p{L}\\d])';

/** A rule pattern: case-insensitive and Unicode-aware, so `\p{L}` works. */
export const rx = (source: string): RegExp => new RegExp(source, 'iu');
