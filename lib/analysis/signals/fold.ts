/**
 * Folding for rule matching: lower case, accents removed, curly apostrophes made straight and
 * non-breaking spaces made plain, one UTF-16 unit for one, so an offset in the folded text is the
 * same offset in the original and a flag can point at the words the user wrote. Rule patterns are
 * written against this form ("decu", not "déçu"), which also catches clients who type without
 * accents.
 */

const SPECIAL: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '\u0060': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
};

const cache = new Map<string, string>();

function foldChar(c: string): string {
  const cached = cache.get(c);
  if (cached !== undefined) return cached;
  let out = SPECIAL[c];
  if (out === undefined) {
    const lower = c.toLowerCase();
    if (lower.length !== 1) out = c;
    else {
      const base = lower.normalize('NFD');
      // Keep the base letter only when the rest is combining marks (é → e + ◌́); œ, ß stay as they are.
      out = base.length > 1 && /^[\p{L}][\p{M}]+$/u.test(base) ? (base[0] as string) : lower;
    }
  }
  cache.set(c, out);
  return out;
}

/** `text` folded for matching; same length as `text`. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else if (code < 128 && code !== 96) out += text[i] as string;
    else out += foldChar(text[i] as string);
  }
  return out;
}
