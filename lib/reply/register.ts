import type { Register } from './types.ts';

/**
 * Moves a short French phrase taken from the thread (an action like "vous envoyer la V2") into the
 * reply's register. Only unambiguous forms are swapped; `null` means the phrase cannot be moved
 * ("votre" has no genderless `tu` form) and the caller should not reuse it.
 */
export function adaptRegister(phrase: string, register: Register): string | null {
  if (register === 'en') return phrase;
  if (register === 'tu') {
    if (/\b(?:votre|vôtre)\b/iu.test(phrase)) return null;
    return phrase
      .replace(/\bvous\s+(?=[aeiouyéèêhâîô])/giu, 't’')
      .replace(/\bvous\b/giu, 'te')
      .replace(/\bvos\b/giu, 'tes');
  }
  return phrase
    .replace(/\bt['’](?=\p{L})/giu, 'vous ')
    .replace(/\bte\b/giu, 'vous')
    .replace(/\b(?:ton|ta)\b/giu, 'votre')
    .replace(/\btes\b/giu, 'vos')
    .replace(/\btoi\b/giu, 'vous');
}

/**
 * A client's action, written by the client ("te payer la facture", "send you the texts"), as I
 * say it: the pronouns that meant me become "me" ("me payer la facture", "send me the texts").
 * `null` when a French possessive ("votre devis") has no safe counterpart: quote the client instead.
 */
export function clientActionAsMine(action: string, lang: 'fr' | 'en'): string | null {
  if (lang === 'en')
    return action
      .replace(/\byou\b/giu, 'me')
      .replace(/\byours\b/giu, 'mine')
      .replace(/\byour\b/giu, 'my');
  if (/(?<!\p{L})(?:votre|vos|ton|ta|tes)(?!\p{L})/iu.test(action)) return null;
  return action
    .replace(/(?<!\p{L})(?:vous|te)\s+(?=[aeiouyéèêhâîô])/giu, 'm’')
    .replace(/(?<!\p{L})t['’](?=\p{L})/giu, 'm’')
    .replace(/(?<!\p{L})(?:vous|te)(?!\p{L})/giu, 'me');
}
