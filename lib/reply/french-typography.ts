/**
 * French spacing rules for a reply: a no-break space before « : », a narrow no-break space before
 * « ; ? ! » and inside guillemets, no-break spaces that keep "n° 12", "40 €", "12 %" and "9 h"
 * together. Idempotent: any space already there (plain or no-break) is replaced by the right one.
 * URLs, clock times ("9:30") and "?!" runs are left alone. A straight apostrophe between letters
 * becomes the typographic one the playbooks use.
 *
 * Words quoted in « » are someone's own (often English ones in a French reply): they are left as
 * written, except that a space already there before « : ; ? ! » becomes the no-break one, so a
 * French quote does not break before its sign. Only the guillemets get their inner spaces.
 */

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

const SPACES = '[ \\u00a0\\u202f]';

/** Stands for a quote while the rules run: one non-space, non-letter character pair. */
const HOLD = /\uE000(\d+)\uE001/gu;

export function frenchTypography(text: string): string {
  const quotes: string[] = [];
  const held = text.replace(/«([^«»]*)»/gu, (_m, inner: string) => {
    quotes.push(
      inner
        .trim()
        .replace(new RegExp(`(\\S)${SPACES}+([;?!]+)(?=\\s|$)`, 'gu'), `$1${NNBSP}$2`)
        .replace(new RegExp(`(\\S)${SPACES}+:(?=\\s|$)`, 'gu'), `$1${NBSP}:`),
    );
    return `\uE000${quotes.length - 1}\uE001`;
  });
  return outsideQuotes(held).replace(HOLD, (_m, i: string) => `«${NNBSP}${quotes[Number(i)] ?? ''}${NNBSP}»`);
}

function outsideQuotes(text: string): string {
  return (
    text
      // « : » after a word or a closing sign, when a space, a line end or the text's end follows.
      .replace(new RegExp(`(\\S)${SPACES}*:(?=\\s|$)`, 'gu'), (_m, before: string) => `${before}${NBSP}:`)
      // « ; ? ! » (a run like "?!" takes one space before its first sign).
      .replace(
        new RegExp(`([^\\s;?!])${SPACES}*([;?!]+)(?=\\s|$|[»)\\]])`, 'gu'),
        (_m, before: string, signs: string) => `${before}${NNBSP}${signs}`,
      )
      .replace(new RegExp(`«${SPACES}*`, 'gu'), `«${NNBSP}`)
      .replace(new RegExp(`${SPACES}*»`, 'gu'), `${NNBSP}»`)
      .replace(new RegExp(`\\b([nN]°)${SPACES}+`, 'gu'), `$1${NBSP}`)
      .replace(new RegExp(`(\\d)${SPACES}+(€|%|h\\b)`, 'gu'), `$1${NBSP}$2`)
      .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
  );
}
