import type { ReadResult } from './adapter.ts';
import type { Thread } from './thread.ts';

/**
 * Named selector chains: a webmail's DOM changes between builds, so every fragile lookup is a
 * list of alternatives tried in order (newest layout first), under a name that failures report.
 * The provider files (`gmail-selectors.ts`, `outlook-selectors.ts`) say, next to each
 * alternative, which layout it serves and when it was seen.
 */

export interface SelectorChain {
  /** Reported in failures and problems, e.g. `gmail.threadContainer`. */
  readonly name: string;
  readonly alternatives: readonly string[];
}

export function chain(name: string, alternatives: readonly string[]): SelectorChain {
  return { name, alternatives };
}

/** A provider's chains, each named `<provider>.<key>`. */
export function chains<K extends string>(
  provider: string,
  spec: Record<K, readonly string[]>,
): Record<K, SelectorChain> {
  const out = {} as Record<K, SelectorChain>;
  for (const key in spec) out[key] = chain(`${provider}.${key}`, spec[key]);
  return out;
}

/** Thrown by `must` when a lookup that has to succeed finds nothing; adapters turn it into a failure. */
export class SelectorError extends Error {
  constructor(
    readonly selector: SelectorChain,
    reason = `nothing matches ${selector.name}`,
  ) {
    super(reason);
  }
}

/**
 * Runs an adapter's reader and never throws: a `SelectorError`, or any other error, becomes a
 * failure that names the chains looked for (`base`, plus the one that failed).
 */
export function readSafely(read: () => Thread, base: SelectorChain[]): ReadResult {
  try {
    return { ok: true, thread: read() };
  } catch (e) {
    const tried = base.map((c) => c.name);
    const known = e instanceof SelectorError;
    if (known && !tried.includes(e.selector.name)) tried.push(e.selector.name);
    return {
      ok: false,
      failure: { reason: known ? e.message : `reader error: ${e instanceof Error ? e.message : e}`, tried },
    };
  }
}

/** `querySelectorAll` that never throws (an alternative the engine cannot parse counts as no match). */
function query(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** `querySelector` that never throws. */
function queryOne(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

type Accept = (el: Element) => boolean;

/** Every element matched by the first alternative that matches anything (after `accept`). */
export function all(root: ParentNode, selector: SelectorChain, accept: Accept = () => true): Element[] {
  for (const css of selector.alternatives) {
    const kept = query(root, css).filter(accept);
    if (kept.length > 0) return kept;
  }
  return [];
}

/**
 * The first element matched by the first alternative that matches anything, or null (what
 * `all(…)[0]` returns, without collecting or testing the matches after it: this runs several
 * times per message).
 */
export function first(
  root: ParentNode,
  selector: SelectorChain,
  accept: Accept = () => true,
): Element | null {
  for (const css of selector.alternatives) {
    const found = queryOne(root, css);
    if (found && accept(found)) return found;
    // Usually the first match is the one: the whole list is only collected when it is refused.
    if (found) for (const el of query(root, css)) if (accept(el)) return el;
  }
  return null;
}

/** Like `first`, but a miss throws a `SelectorError` naming the chain. */
export function must(root: ParentNode, selector: SelectorChain, accept?: Accept): Element {
  const found = first(root, selector, accept);
  if (!found) throw new SelectorError(selector);
  return found;
}

/** True when the element or one of its ancestors matches `css` (never throws). */
export function within(el: Element, css: string): boolean {
  try {
    return el.closest(css) !== null;
  } catch {
    return false;
  }
}

/**
 * An `accept` for elements inside `scope` that says what `!within(el, css)` says for each of
 * `selectors` (a selector list split in its parts), for many elements at once: the zones are
 * looked up once in `scope` (usually there are none), one part at a time since engines match a
 * simple selector much faster than a list; a `scope` itself inside a zone accepts nothing.
 */
export function outside(scope: Element, selectors: readonly string[]): Accept {
  if (selectors.some((css) => within(scope, css))) return () => false;
  const zones = selectors.flatMap((css) => query(scope, css));
  return zones.length === 0 ? () => true : (el) => !zones.some((zone) => zone.contains(el));
}

/** Hidden by its own markup: a `hidden` attribute or an inline `display: none`. */
export function hiddenInline(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  return el.hasAttribute('hidden') || /(?:^|;)\s*display\s*:\s*none\b/i.test(el.getAttribute('style') ?? '');
}

/**
 * Whether the element is rendered. Webmails keep stale views mounted and hide them with an
 * inline `display: none` (or `hidden`) on an ancestor: walking ancestors catches that without
 * layout (happy-dom, saved pages); a real browser's `checkVisibility` also sees stylesheet rules.
 */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement)
    if (hiddenInline(node) || /(?:^|;)\s*visibility\s*:\s*hidden\b/i.test(node.getAttribute('style') ?? ''))
      return false;
  try {
    return el.checkVisibility?.() ?? true;
  } catch {
    return true;
  }
}

/**
 * Direction overrides and invisible characters: in a name or subject they only serve to disguise
 * ("Paul \u202ednaruD" shows as "Paul Durand"). A zero-width joiner stays only between two emoji,
 * where it builds one ("👩‍💻").
 */
const DISGUISE =
  /[\u200b\u200c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|(?<!\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/** Whitespace collapsed and trimmed, disguising characters dropped, as a person reads a one-line label. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(DISGUISE, '').replace(/\s+/g, ' ').trim();
}

/** Text of a short element (subject, name), with emoji images read from their `alt`. */
export function labelText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Element;
      const tag = child.tagName;
      if (child.nodeType === 3) out += child.nodeValue;
      else if (tag === 'IMG')
        out += child.getAttribute('data-emoji') === null ? '' : (child.getAttribute('alt') ?? '');
      else if (tag !== 'STYLE' && tag !== 'SCRIPT') walk(child);
    }
  };
  walk(el);
  return squash(out);
}

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

/** The first email address in a string, or null. */
export function findEmail(text: string | null | undefined): string | null {
  return EMAIL.exec(text ?? '')?.[0].replace(/[.>]+$/, '') ?? null;
}
