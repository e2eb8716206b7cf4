/**
 * The reply box: find the open editor, read the user's draft (the part above the quoted history),
 * and write into it through the editor's own input path so undo works and the webmail saves the
 * draft: `execCommand('insertText')` first, a synthetic paste next, a Range insert last.
 */

/**
 * Reply editors, most specific first (SELECTORS.md §1.4, §2 "Compose", §3). Kept per provider
 * so each content script carries only its own webmail's selectors.
 */
export const GMAIL_COMPOSERS: readonly string[] = [
  // Inline reply under a message (InboxSDK, seen 2023–2026).
  '.ip.adB .M9 .Ap [g_editable="true"]',
  // Pop-out compose window.
  '[role="dialog"] .Ap [g_editable="true"]',
  // Any compose body, older wrappers (gmail.js).
  '.M9 [g_editable="true"]',
  // ARIA hooks only, when the classes change.
  'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
];

export const OUTLOOK_COMPOSERS: readonly string[] = [
  // Inline reply in the reading pane (Briskine, 2024–2026).
  '[role="main"] [contenteditable="true"][aria-multiline="true"][role="textbox"]',
  // Pop-out compose window.
  '[data-app-section="Form_Content"] [contenteditable="true"][aria-multiline="true"]',
  // ARIA hooks only.
  '[contenteditable="true"][aria-multiline="true"]',
];

/** Where the quoted history starts inside an editor: the draft is what stands above it. */
const QUOTE_BOUNDARIES = [
  '.gmail_quote', // Gmail reply with quote (and "gmail_quote_container")
  'blockquote',
  '#appendonsend', // OWA: the reply header block that precedes the quote
  '#divRplyFwdMsg',
  '[id^="divRplyFwdMsg"]',
  '.gmail_signature',
  '#Signature',
].join(',');

export function findComposer(doc: Document, composers: readonly string[]): HTMLElement | null {
  for (const selector of composers) {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      if (isShown(el)) return el;
    }
  }
  return null;
}

/** True unless the element or an ancestor is hidden (layout when the DOM has it, else inline styles). */
function isShown(el: Element): boolean {
  if (typeof (el as HTMLElement).checkVisibility === 'function') return (el as HTMLElement).checkVisibility();
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || /display\s*:\s*none/i.test(node.getAttribute('style') ?? ''))
      return false;
  }
  return true;
}

const BLOCK = /^(DIV|P|LI|UL|OL|H[1-6]|BLOCKQUOTE|TABLE|TR|PRE|SECTION|ARTICLE)$/;

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
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) {
      text += '\n';
      points.push(null);
    }
  };
  const walk = (node: Node): boolean => {
    // Document order: reaching the boundary means the quoted history starts here.
    if (node === boundary) return false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) {
        text += data[i] === '\u00a0' ? ' ' : data[i];
        points.push({ node: node as Text, offset: i });
      }
      return true;
    }
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    if (el.tagName === 'BR') {
      text += '\n';
      points.push(null);
      return true;
    }
    const block = BLOCK.test(el.tagName);
    if (block) newline();
    for (const child of el.childNodes) if (!walk(child)) return false;
    if (block) newline();
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
  const doc = editor.ownerDocument;
  const range = doc.createRange();
  range.setStart(editor, 0);
  range.collapse(true);
  const hasContent =
    readDraft(editor).text.trim().length > 0 || editor.querySelector(QUOTE_BOUNDARIES) !== null;
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
  const from = pointAt(points, start, 'forward');
  const to = pointAt(points, end - 1, 'backward');
  if (!from || !to) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset + 1);
  return writeAt(editor, range, replacement);
}

function pointAt(points: DraftText['points'], index: number, direction: 'forward' | 'backward') {
  for (let i = index; i >= 0 && i < points.length; i += direction === 'forward' ? 1 : -1) {
    const p = points[i];
    if (p) return p;
  }
  return null;
}

function writeAt(editor: HTMLElement, range: Range, text: string): InsertPath {
  const doc = editor.ownerDocument;
  const before = editor.textContent ?? '';
  const selection = doc.getSelection();
  editor.focus();
  selection?.removeAllRanges();
  selection?.addRange(range);

  // 1. The editor's own pipeline: trusted input events, undo stack, autosave.
  if (typeof doc.execCommand === 'function') {
    try {
      if (doc.execCommand('insertText', false, text) && (editor.textContent ?? '') !== before)
        return 'execCommand';
    } catch {
      // Fall through to the next path.
    }
  }
  // 2. Editors with their own paste handling accept a synthetic paste.
  const view = doc.defaultView;
  if (view && typeof view.DataTransfer === 'function' && typeof view.ClipboardEvent === 'function') {
    try {
      const data = new view.DataTransfer();
      data.setData('text/plain', text);
      editor.dispatchEvent(
        new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      if ((editor.textContent ?? '') !== before) return 'paste';
    } catch {
      // Fall through to the last resort.
    }
  }
  // 3. Last resort: write the DOM ourselves and tell the editor.
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.appendChild(doc.createElement('br'));
    if (line) fragment.appendChild(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  editor.dispatchEvent(new (view?.Event ?? Event)('input', { bubbles: true }));
  return 'range';
}
