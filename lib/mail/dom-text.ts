import { rulesOf } from './body-rules.ts';

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

const BLOCK_TAGS = words(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TR UL CAPTION',
);

/**
 * Structural marks, matched on class and id tokens after removing the prefixes webmails add to
 * received HTML (OWA `x_`, Gmail `m_<digits>`).
 * - `cut`: quoted history starts here; nothing after it (in document order) is new text.
 * - `skip`: this subtree is a signature or hidden trimmed content; text after it may still be new.
 */
const CUT_CLASSES = words(
  'gmail_quote gmail_quote_container gmail_attr moz-cite-prefix yahoo_quoted OutlookMessageHeader',
);
const CUT_IDS = words(
  'divRplyFwdMsg appendonsend divtagdefaultwrapper_quote mail-editor-reference-message-container',
);
// Signatures; then Gmail's trimmed content ("…": the hidden part `adL`/`h5`, its expanded form `adM`,
// its toggle `yj6qo`/`ajR`), `im` (repeated quoted runs) and `iX` ("[Message clipped] View entire message").
const SKIP_CLASSES = words('gmail_signature gmail_signature_prefix moz-signature adL adM h5 yj6qo ajR im iX');
const SKIP_IDS = words('Signature signature AppleMailSignature ms-outlook-mobile-signature');

const PREFIX = /^(?:x_|m_-?\d+_?)+/;

function tokensOf(el: Element): { classes: string[]; id: string } {
  const raw = el.getAttribute('class');
  const classes = raw
    ? raw
        .split(/\s+/)
        .filter(Boolean)
        .map((c) => c.replace(PREFIX, ''))
    : [];
  return { classes, id: (el.getAttribute('id') ?? '').replace(PREFIX, '') };
}

/** Header labels that open an Outlook-desktop quoted header block ("From:", "De :"). */
const HEADER_LABEL = /^\s*(?:from|de|von|da|van)\s*:/i;

/** The first `max` characters of an element's text, without reading the whole subtree. */
function leadingText(el: Element, max: number): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !SKIP_TAGS.has((node as Element).tagName)) {
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return out.replace(/[\s\u00a0]+/g, ' ');
}

type Mark = 'cut' | 'skip' | null;

function markOf(el: Element): Mark {
  const tag = el.tagName;
  if (tag === 'BLOCKQUOTE') return 'skip';
  const { classes, id } = tokensOf(el);
  if (id && CUT_IDS.has(id)) return 'cut';
  if (id && SKIP_IDS.has(id)) return 'skip';
  for (const c of classes) {
    if (CUT_CLASSES.has(c)) return 'cut';
    if (SKIP_CLASSES.has(c)) return 'skip';
  }
  if (el.getAttribute('data-smartmail') === 'gmail_signature') return 'skip';
  // Outlook desktop: the quoted header is a bordered block with "From:/Sent:/To:" and no id.
  const style = el.getAttribute('style');
  if (style && /border-top\s*:\s*solid/i.test(style) && HEADER_LABEL.test(leadingText(el, 80))) return 'cut';
  return null;
}

function hiddenInline(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*display\s*:\s*none\b/i.test(style);
}

/**
 * Paragraph elements drawn without margins are single lines: Word's `Mso…` paragraphs, inline
 * `margin:0`, or a body whose own `<style>` zeroes `p` margins (OWA's composer does).
 */
function paragraphBreaks(el: Element, state: WalkState): number {
  if (el.tagName !== 'P') return 1;
  if (state.flatParagraphs) return 1;
  const { classes } = tokensOf(el);
  if (classes.some((c) => c.startsWith('Mso'))) return 1;
  const style = el.getAttribute('style') ?? '';
  if (/(?:^|;)\s*margin\s*:\s*0(?:[a-z%]*)?\s*(?:;|$)/i.test(style)) return 1;
  if (/margin-top\s*:\s*0/i.test(style) && /margin-bottom\s*:\s*0/i.test(style)) return 1;
  return 2;
}

/** Collects text pieces and required line breaks, resolving them as `innerText` does. */
class TextSink {
  private out: string[] = [];
  private pending = 0;
  /** The last piece was a `<br>` ending a line that has content: a following block break reuses it. */
  private brEndsLine = false;
  private lineHasContent = false;

  text(piece: string): void {
    if (piece === '') return;
    const blank = /^[ ]*$/.test(piece);
    if (blank && (this.pending > 0 || !this.lineHasContent)) return;
    this.flush();
    this.out.push(piece);
    this.lineHasContent = true;
    this.brEndsLine = false;
  }

  lineBreak(): void {
    this.flush();
    this.out.push('\n');
    this.brEndsLine = this.lineHasContent;
    this.lineHasContent = false;
  }

  block(count: number): void {
    if (this.out.length === 0) return;
    this.pending = Math.max(this.pending, count);
  }

  private flush(): void {
    if (this.pending === 0) return;
    const count = this.brEndsLine ? this.pending - 1 : this.pending;
    if (count > 0) this.out.push('\n'.repeat(count));
    if (count > 0 || this.brEndsLine) this.lineHasContent = false;
    this.pending = 0;
    this.brEndsLine = false;
  }

  toString(): string {
    return this.out.join('');
  }
}

const MAX_DEPTH = 400;

interface WalkState {
  strip: boolean;
  done: boolean;
  /** Set by a `<style>` of the body that gives `p` no top and bottom margin. */
  flatParagraphs?: boolean;
}

const FLAT_P_RULE = /(?:^|[\s,}])p\s*\{[^}]*margin(?:-top)?\s*:\s*0/i;

function walk(node: Node, sink: TextSink, state: WalkState, depth: number, pre: boolean): void {
  // Indexed access: `nextSibling` is linear per call in some DOM implementations (happy-dom).
  const children = node.childNodes;
  for (let i = 0; i < children.length && !state.done; i++) {
    const child = children[i] as Node;
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      // Preformatted text keeps its line breaks; elsewhere white space collapses as CSS does.
      sink.text(pre ? value : value.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'STYLE' && !state.flatParagraphs)
      state.flatParagraphs = FLAT_P_RULE.test(el.textContent ?? '');
    if (SKIP_TAGS.has(tag) || hiddenInline(el)) continue;
    if (state.strip) {
      const mark = markOf(el);
      if (mark === 'cut') {
        state.done = true;
        return;
      }
      if (mark === 'skip') continue;
    }
    if (tag === 'BR') {
      sink.lineBreak();
      continue;
    }
    if (tag === 'IMG') {
      if (el.getAttribute('data-emoji') !== null) sink.text(el.getAttribute('alt') ?? '');
      continue;
    }
    if (depth >= MAX_DEPTH) continue;
    if (tag === 'TABLE') {
      table(el, sink, state, depth + 1);
      continue;
    }
    const breaks = BLOCK_TAGS.has(tag) ? paragraphBreaks(el, state) : 0;
    if (breaks > 0) sink.block(breaks);
    walk(el, sink, state, depth + 1, pre || tag === 'PRE');
    if (breaks > 0) sink.block(breaks);
  }
}

function rowsOf(tableEl: Element): Element[] {
  const rows: Element[] = [];
  for (const part of Array.from(tableEl.children)) {
    const tag = part.tagName.toUpperCase();
    if (tag === 'TR') rows.push(part);
    else if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT')
      for (const row of Array.from(part.children)) if (row.tagName.toUpperCase() === 'TR') rows.push(row);
  }
  return rows;
}

/** Tables: one line per row, cells separated by tabs; a one-cell row (layout tables) reads as a block. */
function table(tableEl: Element, sink: TextSink, state: WalkState, depth: number): void {
  sink.block(1);
  for (const row of rowsOf(tableEl)) {
    if (state.done) return;
    if (hiddenInline(row)) continue;
    if (state.strip && markOf(row) === 'cut') {
      state.done = true;
      return;
    }
    const cells = Array.from(row.children).filter((c) => {
      const t = c.tagName.toUpperCase();
      return (t === 'TD' || t === 'TH') && !hiddenInline(c);
    });
    sink.block(1);
    if (cells.length === 1) {
      walk(cells[0] as Element, sink, state, depth + 1, false);
    } else {
      const texts: string[] = [];
      for (const cell of cells) {
        if (state.done) break;
        if (state.strip) {
          const mark = markOf(cell);
          if (mark === 'cut') {
            state.done = true;
            break;
          }
          if (mark === 'skip') continue;
        }
        const cellSink = new TextSink();
        walk(cell, cellSink, state, depth + 1, false);
        texts.push(tidy(cellSink.toString()).replace(/\s*\n+\s*/g, ' '));
      }
      while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
      if (texts.length > 0) sink.text(texts.join('\t'));
    }
    sink.block(1);
  }
  sink.block(1);
}

/** Lines trimmed, runs of spaces collapsed, at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \u00a0\u202f]+/g, ' ').replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Everything a person sees in the element, quotes and signatures included. */
export function visibleText(el: Element): string {
  const sink = new TextSink();
  walk(el, sink, { strip: false, done: false }, 0, false);
  return tidy(sink.toString());
}

const REPLY_HEADERS = rulesOf('reply_header');
const SIGNATURES = rulesOf('signature');
const CLOSINGS = rulesOf('closing');

const matches = (rules: typeof REPLY_HEADERS, line: string) => rules.some((r) => r.pattern.test(line));

/** Line rules on extracted text: quoted-history headers, `>` lines, signature lines. */
export function stripTextQuotes(text: string, options: BodyTextOptions = {}): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.length < 400) {
      const next = (lines[i + 1] ?? '').trim();
      const joined = `${line} ${next}`.trim();
      if (matches(REPLY_HEADERS, line) || (next !== '' && matches(REPLY_HEADERS, joined))) break;
      if (matches(SIGNATURES, line)) break;
    }
    if (line.startsWith('>')) continue;
    kept.push(lines[i] ?? '');
  }
  // A rule drawn above the cut (underscores, dashes) belongs to the quote.
  while (kept.length > 0 && /^[\s_=*-]*$/.test(kept[kept.length - 1] ?? '')) kept.pop();
  return tidy(dropUnmarkedSignature(kept, options.senderName ?? null).join('\n'));
}

const NAME_LINE = /^[\p{L}][\p{L}'’.\- ]{0,40}$/u;
const SIGNATURE_HINT = /(?:\+?\d[\d .()-]{6,}\d|https?:\/\/|www\.|@|\||\.(?:com|fr|org|net|example)\b)/i;

/**
 * An unmarked corporate signature: after a closing line and the name under it, a block that
 * repeats the sender's (or the sign-off's) name, or reads as contact details.
 */
function dropUnmarkedSignature(lines: string[], senderName: string | null): string[] {
  for (let i = lines.length - 2; i >= 0; i--) {
    const closing = (lines[i] ?? '').trim();
    if (!matches(CLOSINGS, closing)) continue;
    const nameAt = i + 1;
    const name = (lines[nameAt] ?? '').trim();
    if (!NAME_LINE.test(name) || name.split(/\s+/).length > 4) return lines;
    const rest = lines.slice(nameAt + 1).map((l) => l.trim());
    const content = rest.filter((l) => l !== '');
    if (content.length === 0) return lines;
    const nameWords = new Set(
      `${senderName ?? ''} ${name}`
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 2),
    );
    const firstWords = (content[0] ?? '').toLowerCase().split(/[^\p{L}]+/u);
    const repeatsName = firstWords.some((w) => nameWords.has(w));
    const looksLikeContact =
      content.length <= 8 &&
      content.some((l) => SIGNATURE_HINT.test(l)) &&
      !content.some((l) => /[?]$/.test(l));
    if (repeatsName || looksLikeContact) return lines.slice(0, nameAt + 1);
    return lines;
  }
  return lines;
}

/** The new text of a message body: structure first (quotes, signatures), then line rules. */
export function bodyText(el: Element, options: BodyTextOptions = {}): string {
  const sink = new TextSink();
  walk(el, sink, { strip: true, done: false }, 0, false);
  return stripTextQuotes(tidy(sink.toString()), options);
}
