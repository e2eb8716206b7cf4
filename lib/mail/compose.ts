import { BLOCK_TAGS } from './dom-text.ts';
import { isShown } from './selectors.ts';

/**
 * The reply box: find the open editor, read the user's draft (the part above the quoted history),
 * and write into it through the editor's own input path so undo works and the webmail saves the
 * draft: `execCommand('insertText')` first, a synthetic paste next, a Range insert last.
 */

/** Where the quoted history starts inside an editor: the draft is what stands above it. */
const QUOTE_BOUNDARIES =
  // Gmail reply with quote (and "gmail_quote_container"); OWA's reply header block before the quote.
  '.gmail_quote,blockquote,#appendonsend,[id^="divRplyFwdMsg"],.gmail_signature,#Signature';

export function findComposer(doc: Document, composers: readonly string[]): HTMLElement | null {
  for (const selector of composers)
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) if (isShown(el)) return el;
  return null;
}

/** A draft's text with, for each character, the DOM point it came from (null for line breaks). */
export interface DraftText {
  text: string;
  points: Array<{ node: Text; offset: number } | null>;
}

/** The editor's text above the quoted history, with a map back to DOM positions. */
export function readDraft(editor: HTMLElement): DraftText {
  const boundary = editor.querySelector(QUOTE_BOUNDARIES);
  let text = '';
  const points: DraftText['points'] = [];
  const add = (char: string, point: DraftText['points'][number] = null) => {
    text += char;
    points.push(point);
  };
  const newline = () => text && !text.endsWith('\n') && add('\n');
  const walk = (node: Node): boolean => {
    // Document order: reaching the boundary means the quoted history starts here.
    if (node === boundary) return false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++)
        add(data[i] === '\u00a0' ? ' ' : (data[i] as string), { node: node as Text, offset: i });
    } else if ((node as Element).tagName === 'BR') add('\n');
    else if (node.nodeType === 1) {
      const block = BLOCK_TAGS.has((node as Element).tagName);
      if (block) newline();
      for (const child of node.childNodes) if (!walk(child)) return false;
      if (block) newline();
    }
    return true;
  };
  for (const child of editor.childNodes) if (!walk(child)) break;
  // Trailing line breaks are layout, not words.
  while (text.endsWith('\n')) {
    text = text.slice(0, -1);
    points.pop();
  }
  return { text, points };
}

export type InsertPath = 'execCommand' | 'paste' | 'range';

/** Inserts `text` at the top of the editor, above any quoted history. Returns the path that worked. */
export function insertAtTop(editor: HTMLElement, text: string): InsertPath {
  const range = editor.ownerDocument.createRange();
  range.setStart(editor, 0);
  const hasContent = readDraft(editor).text.trim() || editor.querySelector(QUOTE_BOUNDARIES);
  return writeAt(editor, range, hasContent ? `${text}\n\n` : text);
}

/**
 * Replaces the characters `start`–`end` of the draft text (as `readDraft` returned it) with
 * `replacement` — the "apply this fix" of the draft check.
 */
export function replaceSpan(
  editor: HTMLElement,
  start: number,
  end: number,
  replacement: string,
): InsertPath | null {
  const { points } = readDraft(editor);
  // The nearest characters inside the span: line breaks have no DOM point.
  const pointFrom = (i: number, step: number) => {
    while (i >= 0 && i < points.length && !points[i]) i += step;
    return points[i];
  };
  const from = pointFrom(start, 1);
  const to = pointFrom(end - 1, -1);
  if (!from || !to) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset + 1);
  return writeAt(editor, range, replacement);
}

function writeAt(editor: HTMLElement, range: Range, text: string): InsertPath {
  const doc = editor.ownerDocument;
  const view = doc.defaultView as Window & typeof globalThis;
  const before = editor.textContent;
  const changed = () => editor.textContent !== before;
  const select = () => {
    selection?.removeAllRanges();
    selection?.addRange(range);
  };
  const selection = doc.getSelection();
  editor.focus();
  select();

  // 1. The editor's own pipeline: trusted input events, undo stack, autosave. (Missing APIs throw.)
  try {
    if (doc.execCommand('insertText', false, text) && changed()) return 'execCommand';
  } catch {
    // Fall through to the next path.
  }
  // 2. Editors with their own paste handling accept a synthetic paste.
  try {
    const clipboardData = new view.DataTransfer();
    clipboardData.setData('text/plain', text);
    editor.dispatchEvent(
      new view.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
    if (changed()) return 'paste';
  } catch {
    // Fall through to the last resort.
  }
  // 3. Last resort: write the DOM ourselves and tell the editor.
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i) fragment.append(doc.createElement('br'));
    if (line) fragment.append(line);
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    select();
  }
  editor.dispatchEvent(new (view?.Event ?? Event)('input', { bubbles: true }));
  return 'range';
}
