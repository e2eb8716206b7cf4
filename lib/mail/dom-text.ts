import { type BodyRule, CLOSINGS, REPLY_HEADERS, SIGNATURES } from './body-rules.ts';
import { hiddenInline } from './selectors.ts';

/**
 * The text a person sees in a message body element, and its new part (quotes, reply headers and
 * signatures removed by structure, then by a few line rules from `body-rules.ts`).
 *
 * Layout is approximated without a renderer (happy-dom, saved pages): paragraphs become `\n\n`,
 * lines `\n`, table rows `\n` and cells `\t`; emoji images read as their `alt`; `<style>`,
 * `<script>` and inline-hidden elements are skipped. One pass, linear in the size of the body.
 */

export interface BodyTextOptions {
  /** The sender's name, to spot an unmarked corporate signature that repeats it. */
  senderName?: string | null;
}

/** A set from space-separated words: compact data, since this file ships in the content scripts. */
const words = (list: string) => new Set(list.split(' '));

/** Elements whose content is never text on screen. */
const SKIP_TAGS = words(
  'STYLE SCRIPT NOSCRIPT TEMPLATE HEAD TITLE META LINK IFRAME OBJECT SVG BUTTON INPUT SELECT TEXTAREA',
);

/** Block elements: a line of their own (the reply editor's draft reader uses them too). */
export const BLOCK_TAGS = words(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TR UL CAPTION',
);

/**
 * Structural marks, matched on class and id tokens after removing the prefixes webmails add to
 * received HTML (OWA `x_`, Gmail `m_<digits>`).
 * - `cut`: quoted history starts here; nothing after it (in document order) is new text.
 * - `skip`: this subtree is a signature or hidden trimmed content; text after it may still be new.
 */
const CUT = words(
  'gmail_quote gmail_quote_container gmail_attr moz-cite-prefix yahoo_quoted OutlookMessageHeader ' +
    // ids
    '#divRplyFwdMsg #appendonsend #divtagdefaultwrapper_quote #mail-editor-reference-message-container',
);
// Signatures; then Gmail's trimmed content ("…": the hidden part `adL`/`h5`, its expanded form `adM`,
// its toggle `yj6qo`/`ajR`), `im` (repeated quoted runs) and `iX` ("[Message clipped] View entire message").
const SKIP = words(
  'gmail_signature gmail_signature_prefix moz-signature adL adM h5 yj6qo ajR im iX ' +
    // ids
    '#Signature #signature #AppleMailSignature #ms-outlook-mobile-signature',
);

const WEBMAIL_PREFIX = /^(#?)(?:x_|m_-?\d+_?)+/;

/** `#id`, then the class tokens, without the webmail prefixes. */
function tokensOf(el: Element): string[] {
  const id = el.getAttribute('id');
  const classes = el.getAttribute('class');
  // Most elements of a body have neither: no token can be a mark (this runs on every element).
  if (!id && !classes) return [];
  return `#${id ?? ''} ${classes ?? ''}`
    .split(/\s+/)
    .map((token) => (token.includes('_') ? token.replace(WEBMAIL_PREFIX, '$1') : token));
}

/** Header labels that open an Outlook-desktop quoted header block ("From:", "De :"). */
const HEADER_LABEL = /^\s*(?:from|de|von|da|van)\s*:/i;

/** The first 80 or so characters of an element's text, without reading the whole subtree. */
function leadingText(el: Element): string {
  let out = '';
  const stack: Node[] = [el];
  for (let node = stack.pop(); node && out.length < 80; node = stack.pop()) {
    if (node.nodeType === 3) out += node.nodeValue;
    else if (!SKIP_TAGS.has((node as Element).tagName))
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
  }
  return out;
}

/** Whether the walk may enter `el` while stripping; a `cut` mark ends the walk. */
function enter(el: Element, state: WalkState): boolean {
  if (!state.strip) return true;
  let mark = el.tagName === 'BLOCKQUOTE' ? 2 : 0;
  // The other marks are attributes: most elements of a body have none (this runs on every element).
  if (!mark && el.hasAttributes()) {
    for (const token of tokensOf(el)) mark ||= CUT.has(token) ? 1 : SKIP.has(token) ? 2 : 0;
    if (!mark && el.getAttribute('data-smartmail') === 'gmail_signature') mark = 2;
    // Outlook desktop: the quoted header is a bordered block with "From:/Sent:/To:" and no id.
    if (
      !mark &&
      /border-top\s*:\s*solid/i.test(el.getAttribute('style') ?? '') &&
      HEADER_LABEL.test(leadingText(el))
    )
      mark = 1;
  }
  if (mark === 1) state.done = true;
  return !mark;
}

/**
 * Paragraph elements drawn without margins are single lines: Word's `Mso…` paragraphs, inline
 * `margin:0`, or a body whose own `<style>` zeroes `p` margins (OWA's composer does).
 */
function paragraphBreaks(el: Element, state: WalkState): number {
  if (el.tagName !== 'P' || state.flatParagraphs) return 1;
  const style = el.getAttribute('style') ?? '';
  return tokensOf(el).some((c) => c.startsWith('Mso')) ||
    /(?:^|;)\s*margin\s*:\s*0[a-z%]*\s*(?:;|$)/i.test(style) ||
    (/margin-top\s*:\s*0/i.test(style) && /margin-bottom\s*:\s*0/i.test(style))
    ? 1
    : 2;
}

type Sink = ReturnType<typeof textSink>;

/** Collects text pieces and required line breaks, resolving them as `innerText` does. */
function textSink() {
  const out: string[] = [];
  let pending = 0;
  /** The last piece was a `<br>` ending a line that has content: a following block break reuses it. */
  let brEndsLine = false;
  let lineHasContent = false;
  const flush = () => {
    const count = brEndsLine ? pending - 1 : pending;
    if (count > 0) {
      out.push('\n'.repeat(count));
      lineHasContent = false;
    }
    pending = 0;
    brEndsLine = false;
  };
  return {
    text(piece: string) {
      if (/^ *$/.test(piece) && (pending || !lineHasContent)) return;
      flush();
      out.push(piece);
      lineHasContent = true;
    },
    lineBreak() {
      flush();
      out.push('\n');
      brEndsLine = lineHasContent;
      lineHasContent = false;
    },
    block(count: number) {
      if (out.length) pending = Math.max(pending, count);
    },
    read: () => tidy(out.join('')),
  };
}

interface WalkState {
  strip: boolean;
  done?: boolean;
  /** Set by a `<style>` of the body that gives `p` no top and bottom margin. */
  flatParagraphs?: boolean;
}

const FLAT_P_RULE = /(?:^|[\s,}])p\s*\{[^}]*margin(?:-top)?\s*:\s*0/i;

function walk(node: Node, sink: Sink, state: WalkState, depth: number, pre?: boolean): void {
  // Indexed access: `nextSibling` is linear per call in some DOM implementations (happy-dom).
  const children = node.childNodes;
  for (let i = 0; i < children.length && !state.done; i++) {
    const el = children[i] as Element;
    if (el.nodeType === 3) {
      const value = el.nodeValue ?? '';
      // Preformatted text keeps its line breaks; elsewhere white space collapses as CSS does.
      // Only runs that are not already a single space match (not every space between two words).
      sink.text(pre ? value : value.replace(/[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (el.nodeType !== 1) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'STYLE') state.flatParagraphs ||= FLAT_P_RULE.test(el.textContent ?? '');
    if (SKIP_TAGS.has(tag) || hiddenInline(el) || !enter(el, state)) continue;
    if (tag === 'BR') sink.lineBreak();
    else if (tag === 'IMG') {
      if (el.getAttribute('data-emoji') !== null) sink.text(el.getAttribute('alt') ?? '');
    } else if (depth < 400) {
      if (tag === 'TABLE') table(el, sink, state, depth);
      else {
        const breaks = BLOCK_TAGS.has(tag) ? paragraphBreaks(el, state) : 0;
        sink.block(breaks);
        walk(el, sink, state, depth + 1, pre || tag === 'PRE');
        sink.block(breaks);
      }
    }
  }
}

/** The element children of `el` whose tag is one of `tags`. */
const childrenTagged = (el: Element, tags: RegExp) =>
  Array.from(el.children).filter((c) => tags.test(c.tagName.toUpperCase()));

/** Tables: one line per row, cells separated by tabs; a one-cell row (layout tables) reads as a block. */
function table(tableEl: Element, sink: Sink, state: WalkState, depth: number): void {
  const rows = childrenTagged(tableEl, /^(?:TR|TBODY|THEAD|TFOOT)$/).flatMap((part) =>
    part.tagName.toUpperCase() === 'TR' ? [part] : childrenTagged(part, /^TR$/),
  );
  sink.block(1);
  for (const row of rows) {
    if (state.done) return;
    // A row can start the quoted history; a skip mark on a row is not honoured.
    if (hiddenInline(row) || (!enter(row, state) && state.done)) continue;
    const cells = childrenTagged(row, /^T[DH]$/).filter((c) => !hiddenInline(c));
    sink.block(1);
    if (cells.length === 1) walk(cells[0] as Element, sink, state, depth + 2);
    else {
      const texts: string[] = [];
      for (const cell of cells) {
        if (state.done) break;
        if (!enter(cell, state)) continue;
        const cellSink = textSink();
        walk(cell, cellSink, state, depth + 2);
        texts.push(cellSink.read().replace(/\s*\n+\s*/g, ' '));
      }
      while (texts.at(-1) === '') texts.pop();
      if (texts.length) sink.text(texts.join('\t'));
    }
    sink.block(1);
  }
  sink.block(1);
}

/** Lines trimmed, runs of spaces collapsed, at most one blank line between paragraphs. */
function tidy(text: string): string {
  // Runs of spaces and no-break spaces become one space in two steps that rarely match anything
  // (one pattern for the runs would match, and rebuild the text at, every single space).
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ | $/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Everything a person sees in the element, quotes and signatures included. */
export function visibleText(el: Element): string {
  const sink = textSink();
  walk(el, sink, { strip: false }, 0);
  return sink.read();
}

/**
 * Whether a line matches any of `rules`, testing one regex per flag set (the rules' patterns as
 * alternatives) instead of one per rule: this runs on every line of every message. A pattern with
 * a backreference keeps its own regex, since joining would renumber its groups.
 */
function matcher(rules: readonly BodyRule[]): (line: string) => boolean {
  const groups: Record<string, string[]> = {};
  rules.forEach(({ pattern: { source, flags } }, i) => {
    const key = /\\[1-9]|\\k</.test(source) ? `${flags} ${i}` : flags;
    const group = groups[key] ?? [flags];
    group.push(`(?:${source})`);
    groups[key] = group;
  });
  const joined = Object.values(groups).map(([flags, ...sources]) => new RegExp(sources.join('|'), flags));
  return (line) => joined.some((re) => re.test(line));
}

const isReplyHeader = matcher(REPLY_HEADERS);
const isSignature = matcher(SIGNATURES);
const isClosing = matcher(CLOSINGS);

/** Line rules on extracted text: quoted-history headers, `>` lines, signature lines. */
export function stripTextQuotes(text: string, options: BodyTextOptions = {}): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const next = lines[i + 1]?.trim();
    if (
      line.length < 400 &&
      (isReplyHeader(line) || (next && isReplyHeader(`${line} ${next}`.trim())) || isSignature(line))
    )
      break;
    if (!line.startsWith('>')) kept.push(lines[i] as string);
  }
  // A rule drawn above the cut (underscores, dashes) belongs to the quote.
  while (/^[\s_=*-]*$/.test(kept.at(-1) ?? 'x')) kept.pop();
  return tidy(dropUnmarkedSignature(kept, options.senderName).join('\n'));
}

const NAME_LINE = /^[\p{L}][\p{L}'’.\- ]{0,40}$/u;
const SIGNATURE_HINT = /(?:\+?\d[\d .()-]{6,}\d|https?:\/\/|www\.|@|\||\.(?:com|fr|org|net|example)\b)/i;
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);

/**
 * An unmarked corporate signature: after a closing line and the name under it, a block that
 * repeats the sender's (or the sign-off's) name, or reads as contact details.
 */
function dropUnmarkedSignature(lines: string[], senderName?: string | null): string[] {
  for (let i = lines.length - 2; i >= 0; i--) {
    if (!isClosing((lines[i] as string).trim())) continue;
    const name = (lines[i + 1] as string).trim();
    const content = lines
      .slice(i + 2)
      .map((l) => l.trim())
      .filter(Boolean);
    if (!NAME_LINE.test(name) || name.split(/\s+/).length > 4 || content.length === 0) return lines;
    const nameWords = wordsOf(`${senderName ?? ''} ${name}`).filter((w) => w.length >= 2);
    const repeatsName = wordsOf(content[0] as string).some((w) => nameWords.includes(w));
    const looksLikeContact =
      content.length <= 8 &&
      content.some((l) => SIGNATURE_HINT.test(l)) &&
      !content.some((l) => l.endsWith('?'));
    return repeatsName || looksLikeContact ? lines.slice(0, i + 2) : lines;
  }
  return lines;
}

/** The new text of a message body: structure first (quotes, signatures), then line rules. */
export function bodyText(el: Element, options: BodyTextOptions = {}): string {
  const sink = textSink();
  walk(el, sink, { strip: true }, 0);
  return stripTextQuotes(sink.read(), options);
}
