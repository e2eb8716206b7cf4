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

/** Thrown by `must` when a lookup that has to succeed finds nothing; adapters turn it into a failure. */
export class SelectorError extends Error {
  readonly selector: SelectorChain;
  constructor(selector: SelectorChain, reason?: string) {
    super(reason ?? `nothing matches ${selector.name}`);
    this.name = 'SelectorError';
    this.selector = selector;
  }
}

/** `querySelector` that never throws (an alternative the engine cannot parse counts as no match). */
function safeQuery(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

function safeQueryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** The first element matched by the first alternative that matches anything, or null. */
export function first(
  root: ParentNode,
  selector: SelectorChain,
  accept?: (el: Element) => boolean,
): Element | null {
  for (const css of selector.alternatives) {
    if (!accept) {
      const found = safeQuery(root, css);
      if (found) return found;
      continue;
    }
    for (const el of safeQueryAll(root, css)) if (accept(el)) return el;
  }
  return null;
}

/** Every element matched by the first alternative that matches anything (after `accept`). */
export function all(root: ParentNode, selector: SelectorChain, accept?: (el: Element) => boolean): Element[] {
  for (const css of selector.alternatives) {
    const found = safeQueryAll(root, css);
    const kept = accept ? found.filter(accept) : found;
    if (kept.length > 0) return kept;
  }
  return [];
}

/** Like `first`, but a miss throws a `SelectorError` naming the chain. */
export function must(root: ParentNode, selector: SelectorChain, accept?: (el: Element) => boolean): Element {
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
 * Whether the element is rendered. Webmails keep stale views mounted and hide them with an
 * inline `display: none` (or `hidden`) on an ancestor: walking ancestors catches that without
 * layout (happy-dom, saved pages); a real browser's `checkVisibility` also sees stylesheet rules.
 */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = node.getAttribute('style');
    if (style && /(?:^|;)\s*display\s*:\s*none\b/i.test(style)) return false;
    if (style && /(?:^|;)\s*visibility\s*:\s*hidden\b/i.test(style)) return false;
  }
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') {
    try {
      return check.call(el);
    } catch {
      return true;
    }
  }
  return true;
}

/** Whitespace collapsed and trimmed, as a person reads a one-line label. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Text of a short element (subject, name), with emoji images read from their `alt`. */
export function labelText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Node;
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const e = child as Element;
        const tag = e.tagName;
        if (tag === 'STYLE' || tag === 'SCRIPT') continue;
        if (tag === 'IMG') out += e.getAttribute('data-emoji') !== null ? (e.getAttribute('alt') ?? '') : '';
        else walk(e);
      }
    }
  };
  walk(el);
  return squash(out);
}

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

/** The first email address in a string, or null. */
export function findEmail(text: string | null | undefined): string | null {
  const m = EMAIL.exec(text ?? '');
  return m ? m[0].replace(/[.>]+$/, '') : null;
}
