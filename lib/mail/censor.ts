/**
 * Turns a webmail page into a reading report that can be shared with a bug report: the page's
 * structure (elements, classes, ids, roles, inline styles) is kept so a reader can be tested on
 * it; every text, name and address is replaced, and scripts, frames and images are dropped.
 * Attributes are kept by a whitelist: anything not known to be structural is censored.
 */

/** Elements removed with their content. */
const DROPPED = new Set([
  'SCRIPT',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'SVG',
  'LINK',
  'META',
  'BASE',
  'TEMPLATE',
]);

/** Attributes that carry structure, not content: kept as they are. */
const STRUCTURAL = new Set([
  'class',
  'id',
  'role',
  'style',
  'hidden',
  'dir',
  'lang',
  'tabindex',
  'contenteditable',
  'g_editable',
  'aria-expanded',
  'aria-selected',
  'aria-hidden',
  'aria-multiline',
  'aria-level',
  'aria-posinset',
  'aria-setsize',
  'data-message-id',
  'data-legacy-message-id',
  'data-legacy-thread-id',
  'data-thread-perm-id',
  'data-convid',
  'data-icon-name',
  'data-app-section',
  'data-testid',
  'data-smartmail',
  'type',
  'colspan',
  'rowspan',
  'cellpadding',
  'cellspacing',
  'width',
  'height',
]);

/** Attributes whose value is a link: reduced to the scheme and host. */
const LINKS = new Set(['href', 'src', 'action']);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

export interface CensorOptions {
  /** Keeps the visible dates (full-date titles) so the report can be read as a fixture. */
  keepDates?: boolean;
}

/** Letters become x/X and digits 0; spacing and punctuation stay, so layout and lengths are kept. */
const maskLetters = (text: string) =>
  text
    .replace(/\p{Lu}/gu, 'X')
    .replace(/[\p{Ll}\p{Lo}\p{Lm}\p{Lt}]/gu, 'x')
    .replace(/\p{N}/gu, '0');

/** Masks a text; each address becomes `personN@example.com`, the same N wherever it appears. */
export function maskText(text: string, emails: Map<string, string>): string {
  let out = '';
  let last = 0;
  for (const found of text.matchAll(EMAIL)) {
    const key = found[0].toLowerCase();
    let masked = emails.get(key);
    if (!masked) {
      masked = `person${emails.size + 1}@example.com`;
      emails.set(key, masked);
    }
    out += maskLetters(text.slice(last, found.index)) + masked;
    last = found.index + found[0].length;
  }
  return out + maskLetters(text.slice(last));
}

const DATE_ATTRIBUTE_HOSTS = 'span.g3, [data-testid="SentReceivedSavingLabel"]';

/** Censors `doc` in place and returns the report's HTML. */
export function censorDocument(doc: Document, options: CensorOptions = {}): string {
  const emails = new Map<string, string>();
  const root = doc.documentElement;
  const keep = (el: Element) => options.keepDates === true && el.matches(DATE_ATTRIBUTE_HOSTS);

  for (const el of [...root.querySelectorAll('*')]) {
    if (DROPPED.has(el.tagName.toUpperCase())) {
      el.remove();
      continue;
    }
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if (STRUCTURAL.has(name)) continue;
      else if (LINKS.has(name)) el.setAttribute(attr.name, linkShape(attr.value));
      else if (name === 'title' && keep(el)) continue;
      else el.setAttribute(attr.name, maskText(attr.value, emails));
    }
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const node of texts) {
    const parent = node.parentElement;
    if (parent?.tagName === 'STYLE') continue;
    if (parent && keep(parent)) continue;
    node.data = maskText(node.data, emails);
  }
  doc.title = maskText(doc.title, emails);
  return `<!doctype html>\n<!-- Parole reading report: text, names and addresses censored -->\n${root.outerHTML}`;
}

function linkShape(value: string): string {
  try {
    const url = new URL(value, 'https://example.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.protocol}//${url.host}/` : '#';
  } catch {
    return '#';
  }
}
