import type { MailAdapter, ReadResult } from './adapter.ts';
import { bodyText } from './dom-text.ts';
import { GMAIL } from './gmail-selectors.ts';
import {
  all,
  findEmail,
  first,
  isShown,
  labelText,
  must,
  type SelectorChain,
  SelectorError,
  squash,
  within,
} from './selectors.ts';
import type { Message, Person, Thread } from './thread.ts';
import { parseWallTime } from './wall-time.ts';

/**
 * Reads the Gmail thread on screen (conversation view or preview pane) into a `Thread`.
 * Facts and stability of every hook: shared SELECTORS.md §1; the hooks: `gmail-selectors.ts`.
 *
 * Try it on: https://mail.google.com/mail/u/0/#inbox/<thread> (conversation view),
 * the same with Settings → Reading pane → Right of inbox (preview pane), a thread with 4+
 * messages (bundle), a thread with an inline reply open (compose inside the thread).
 */

const hasMessageOrHeading = (el: Element) => el.querySelector('h2, [role=listitem], .adn') !== null;

/** What proves a pane shows a thread: its heading ids or a message id (SELECTORS.md §4). */
const THREAD_MARKS = [...GMAIL.threadHeading.alternatives, ...GMAIL.messageRoot.alternatives].join(', ');

/** The visible `[role=main]` that shows a thread (stale views stay mounted, hidden). */
function visibleMain(doc: Document): Element | null {
  return first(doc, GMAIL.main, (el) => el.querySelector(THREAD_MARKS) !== null && isShown(el));
}

/** A usable id attribute: InboxSDK notes the perm id can be the string "undefined". */
function attr(el: Element | null | undefined, name: string): string | null {
  const value = el?.getAttribute(name);
  return value && value !== 'undefined' && value !== 'null' ? value : null;
}

function threadContainer(main: Element): Element {
  return must(main, GMAIL.threadContainer, hasMessageOrHeading);
}

/** Account from the title "… - email - Gmail", else from the account button's label. */
function readAccount(doc: Document): string | null {
  const title = doc.title ?? '';
  const fromTitle = /-\s*([^\s@]+@[^\s@]+?)\s*-\s*[^-]*$/.exec(title)?.[1];
  if (fromTitle) return fromTitle;
  const button = first(doc, GMAIL.accountButton);
  return findEmail(button?.getAttribute('aria-label'));
}

function person(el: Element | null): Person | null {
  if (!el) return null;
  const email =
    el.getAttribute('email') ??
    findEmail(el.getAttribute('jid')) ??
    findEmail(el.getAttribute('data-hovercard-id'));
  const name = el.getAttribute('name') ?? el.getAttribute('data-name') ?? (squash(el.textContent) || null);
  return { name: name || null, email: email || null };
}

/** Legacy hex id from `#msg-f:<decimal>` / `thread-f:<decimal>`, the form Gmail's URLs use. */
function hexOfDecimalId(value: string | null): string | null {
  const decimal = /(?:msg|thread)-f:(\d{6,25})$/.exec(value ?? '')?.[1];
  if (!decimal) return null;
  try {
    return BigInt(decimal).toString(16);
  } catch {
    return null;
  }
}

function messageId(item: Element): string | null {
  const root = first(item, GMAIL.messageRoot);
  if (!root) return null;
  const legacy = root.getAttribute('data-legacy-message-id');
  if (legacy) return legacy;
  const id = root.getAttribute('data-message-id');
  // A message just sent carries only its sync id `#msg-a:r-…` until the server confirms it.
  if (id?.startsWith('#msg-a:')) return id;
  return hexOfDecimalId(id);
}

type ItemState = 'expanded' | 'collapsed' | 'hidden';

function stateOf(item: Element): ItemState | null {
  const classes = item.classList;
  if (GMAIL.hiddenClasses.some((c) => classes.contains(c))) return 'hidden';
  if (classes.contains(GMAIL.expandedClass)) return 'expanded';
  if (GMAIL.collapsedClasses.some((c) => classes.contains(c))) return 'collapsed';
  const expanded = item.getAttribute('aria-expanded');
  if (expanded === 'true') return 'expanded';
  if (expanded === 'false') return 'collapsed';
  if (first(item, GMAIL.body)) return 'expanded';
  if (first(item, GMAIL.snippet)) return 'collapsed';
  return null;
}

function readDate(item: Element, label: string, problems: string[]): string | null {
  const dateEl = first(item, GMAIL.date);
  if (!dateEl) {
    problems.push(`${label}: no date (${GMAIL.date.name})`);
    return null;
  }
  const parsed = parseWallTime(dateEl.getAttribute('title'));
  if (parsed.ok) return parsed.value;
  problems.push(`${label}: unreadable date (${parsed.reason})`);
  return null;
}

function readMessage(
  item: Element,
  state: 'expanded' | 'collapsed',
  label: string,
  problems: string[],
): Message {
  const sender = person(first(item, GMAIL.sender));
  if (!sender) problems.push(`${label}: no sender (${GMAIL.sender.name})`);
  else if (!sender.email) problems.push(`${label}: sender has no address`);
  const from = sender ?? { name: null, email: null };
  const sent_at = readDate(item, label, problems);
  if (state === 'collapsed') {
    // Never read a body from a collapsed view (a stale hidden one may remain): the snippet is what shows.
    const snippet = first(item, GMAIL.snippet);
    if (!snippet) problems.push(`${label}: no snippet (${GMAIL.snippet.name})`);
    return {
      id: messageId(item),
      from,
      to: [],
      sent_at,
      collapsed: true,
      text: snippet ? labelText(snippet) : '',
    };
  }
  const to: Person[] = [];
  const seen = new Set<string>();
  for (const el of all(item, GMAIL.recipients)) {
    const p = person(el);
    const key = p?.email ?? p?.name ?? '';
    if (!p || seen.has(key)) continue;
    seen.add(key);
    to.push(p);
  }
  const body = first(item, GMAIL.body, (el) => !within(el, GMAIL.compose));
  if (!body) problems.push(`${label}: no body (${GMAIL.body.name})`);
  const text = body ? bodyText(body, { senderName: from.name }) : '';
  return { id: messageId(item), from, to, sent_at, collapsed: false, text };
}

function readThread(doc: Document): Thread {
  const main = visibleMain(doc);
  if (!main) throw new SelectorError(GMAIL.main, 'no visible thread pane');
  const container = threadContainer(main);
  const problems: string[] = [];

  const heading = first(container, GMAIL.threadHeading);
  const thread_id =
    attr(heading, 'data-legacy-thread-id') ?? hexOfDecimalId(attr(heading, 'data-thread-perm-id'));
  if (!thread_id) problems.push(`thread id: not found (${GMAIL.threadHeading.name})`);

  const subjectEl = first(container, GMAIL.subject);
  const subject = subjectEl ? labelText(subjectEl) || null : null;
  if (subject === null) problems.push(`subject: not found (${GMAIL.subject.name})`);

  const account = readAccount(doc);
  if (!account)
    problems.push(`account: not in the title nor the account button (${GMAIL.accountButton.name})`);

  const messages: Message[] = [];
  const items = all(container, GMAIL.messageItems, (el) => !within(el, GMAIL.compose));
  for (const item of items) {
    const state = stateOf(item);
    if (state === 'hidden') continue;
    const label = `message ${messages.length + 1}`;
    if (state === null) {
      problems.push(`${label}: unknown view state, skipped`);
      continue;
    }
    messages.push(readMessage(item, state, label, problems));
  }
  if (messages.length === 0) problems.push(`messages: none found (${GMAIL.messageItems.name})`);

  return {
    provider: 'gmail',
    account,
    thread_id: thread_id || null,
    subject,
    url: doc.URL && doc.URL !== 'about:blank' ? doc.URL : null,
    messages,
    problems,
  };
}

function tried(selector: SelectorChain | null): string[] {
  const base = [GMAIL.main.name, GMAIL.threadContainer.name];
  return selector && !base.includes(selector.name) ? [...base, selector.name] : base;
}

export const gmailAdapter: MailAdapter & { watchRoot(doc: Document): Element | null } = {
  provider: 'gmail',

  recognises(doc) {
    try {
      const host = doc.location?.hostname ?? '';
      if (host === 'mail.google.com') return true;
      const appName = doc.querySelector('meta[name="application-name"]')?.getAttribute('content');
      return appName === 'Gmail' || / - Gmail$/.test(doc.title ?? '');
    } catch {
      return false;
    }
  },

  threadKey(doc) {
    try {
      const main = visibleMain(doc);
      if (!main) return null;
      const heading = first(main, GMAIL.threadHeading);
      const key =
        attr(heading, 'data-thread-perm-id') ??
        attr(heading, 'data-legacy-thread-id') ??
        attr(first(main, GMAIL.messageRoot), 'data-message-id');
      return key ? `gmail:${key}` : null;
    } catch {
      return null;
    }
  },

  read(doc): ReadResult {
    try {
      return { ok: true, thread: readThread(doc) };
    } catch (e) {
      if (e instanceof SelectorError)
        return { ok: false, failure: { reason: e.message, tried: tried(e.selector) } };
      return {
        ok: false,
        failure: {
          reason: `reader error: ${e instanceof Error ? e.message : String(e)}`,
          tried: tried(null),
        },
      };
    }
  },

  watchRoot(doc) {
    return first(doc, GMAIL.viewSlots);
  },
};
