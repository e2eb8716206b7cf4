import type { MailAdapter } from './adapter.ts';
import { bodyText } from './dom-text.ts';
import { GMAIL, GMAIL_COMPOSE, GMAIL_VIEW_STATES } from './gmail-selectors.ts';
import {
  all,
  findEmail,
  first,
  isShown,
  labelText,
  must,
  outside,
  readSafely,
  SelectorError,
  squash,
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

/** What proves a pane shows a thread: its heading ids or a message id (SELECTORS.md §4). */
const THREAD_MARKS = [...GMAIL.threadHeading.alternatives, ...GMAIL.messageRoot.alternatives].join();

/** The visible `[role=main]` that shows a thread (stale views stay mounted, hidden). */
const visibleMain = (doc: Document) =>
  first(doc, GMAIL.main, (el) => el.querySelector(THREAD_MARKS) !== null && isShown(el));

/** A usable id attribute: InboxSDK notes the perm id can be the string "undefined". */
function attr(el: Element | null, name: string): string | null {
  const value = el?.getAttribute(name);
  return value && value !== 'undefined' && value !== 'null' ? value : null;
}

function person(el: Element | null): Person | null {
  if (!el) return null;
  const email =
    el.getAttribute('email') ??
    findEmail(el.getAttribute('jid')) ??
    findEmail(el.getAttribute('data-hovercard-id'));
  const name = squash(el.getAttribute('name') ?? el.getAttribute('data-name') ?? el.textContent);
  return { name: name || null, email: email || null };
}

/** Legacy hex id from `#msg-f:<decimal>` / `thread-f:<decimal>`, the form Gmail's URLs use. */
function hexOfDecimalId(value: string | null | undefined): string | null {
  const decimal = /(?:msg|thread)-f:(\d{6,25})$/.exec(value ?? '')?.[1];
  return decimal ? BigInt(decimal).toString(16) : null;
}

function messageId(item: Element): string | null {
  const root = first(item, GMAIL.messageRoot);
  const id = root?.getAttribute('data-message-id');
  // A message just sent carries only its sync id `#msg-a:r-…` until the server confirms it.
  return (
    root?.getAttribute('data-legacy-message-id') || (id?.startsWith('#msg-a:') ? id : hexOfDecimalId(id))
  );
}

const VIEW_STATES = Object.entries(GMAIL_VIEW_STATES);

/** 'expanded', 'collapsed' or 'hidden' (in a bundle), by class, then by ARIA, then by content. */
function stateOf(item: Element): string | undefined {
  const byClass = VIEW_STATES.find(([c]) => item.classList.contains(c));
  if (byClass) return byClass[1];
  const expanded = item.getAttribute('aria-expanded');
  if (expanded === 'true' || (expanded !== 'false' && first(item, GMAIL.body))) return 'expanded';
  if (expanded === 'false' || first(item, GMAIL.snippet)) return 'collapsed';
}

function readMessage(
  item: Element,
  collapsed: boolean,
  label: string,
  problems: string[],
  outsideCompose: (el: Element) => boolean,
): Message {
  const miss = (what: string) => problems.push(`${label}: ${what}`);
  const sender = person(first(item, GMAIL.sender));
  if (!sender) miss(`no sender (${GMAIL.sender.name})`);
  else if (!sender.email) miss('sender has no address');
  const from = sender ?? { name: null, email: null };

  let sent_at: string | null = null;
  const dateEl = first(item, GMAIL.date);
  const parsed = parseWallTime(dateEl?.getAttribute('title'));
  if (!dateEl) miss(`no date (${GMAIL.date.name})`);
  else if (parsed.ok) sent_at = parsed.value;
  else miss(`unreadable date (${parsed.reason})`);

  const id = messageId(item);
  if (collapsed) {
    // Never read a body from a collapsed view (a stale hidden one may remain): the snippet is what shows.
    const snippet = first(item, GMAIL.snippet);
    if (!snippet) miss(`no snippet (${GMAIL.snippet.name})`);
    return { id, from, to: [], sent_at, collapsed, text: snippet ? labelText(snippet) : '' };
  }
  const seen = new Set<string>();
  const to = all(item, GMAIL.recipients)
    .map(person)
    .filter((p): p is Person => {
      const key = p?.email ?? p?.name ?? '';
      return !!p && !seen.has(key) && !!seen.add(key);
    });
  const body = first(item, GMAIL.body, outsideCompose);
  if (!body) miss(`no body (${GMAIL.body.name})`);
  return { id, from, to, sent_at, collapsed, text: body ? bodyText(body, { senderName: from.name }) : '' };
}

function readThread(doc: Document): Thread {
  const main = visibleMain(doc);
  if (!main) throw new SelectorError(GMAIL.main, 'no visible thread pane');
  const container = must(
    main,
    GMAIL.threadContainer,
    (el) => el.querySelector('h2, [role=listitem], .adn') !== null,
  );
  const problems: string[] = [];
  const miss = (what: string) => problems.push(what);

  const heading = first(container, GMAIL.threadHeading);
  const thread_id =
    attr(heading, 'data-legacy-thread-id') ?? hexOfDecimalId(attr(heading, 'data-thread-perm-id'));
  if (!thread_id) miss(`thread id: not found (${GMAIL.threadHeading.name})`);

  const subjectEl = first(container, GMAIL.subject);
  const subject = (subjectEl && labelText(subjectEl)) || null;
  if (!subject) miss(`subject: not found (${GMAIL.subject.name})`);

  // The title reads "… - email - Gmail"; else the account button's label.
  const account =
    /-\s*([^\s@]+@[^\s@]+?)\s*-\s*[^-]*$/.exec(doc.title)?.[1] ??
    findEmail(first(doc, GMAIL.accountButton)?.getAttribute('aria-label'));
  if (!account) miss(`account: not in the title nor the account button (${GMAIL.accountButton.name})`);

  // Compose editors sit inside the thread container: never read them as messages.
  const outsideCompose = outside(container, GMAIL_COMPOSE);
  const messages: Message[] = [];
  for (const item of all(container, GMAIL.messageItems, outsideCompose)) {
    const state = stateOf(item);
    const label = `message ${messages.length + 1}`;
    if (!state) miss(`${label}: unknown view state, skipped`);
    else if (state !== 'hidden')
      messages.push(readMessage(item, state === 'collapsed', label, problems, outsideCompose));
  }
  if (!messages.length) miss(`messages: none found (${GMAIL.messageItems.name})`);

  return {
    provider: 'gmail',
    account,
    thread_id,
    subject,
    url: doc.URL && doc.URL !== 'about:blank' ? doc.URL : null,
    messages,
    problems,
  };
}

export const gmailAdapter: MailAdapter = {
  provider: 'gmail',

  recognises(doc) {
    try {
      return (
        doc.location?.hostname === 'mail.google.com' ||
        doc.querySelector('meta[name="application-name"]')?.getAttribute('content') === 'Gmail' ||
        / - Gmail$/.test(doc.title)
      );
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
      return key && `gmail:${key}`;
    } catch {
      return null;
    }
  },

  read: (doc) => readSafely(() => readThread(doc), [GMAIL.main, GMAIL.threadContainer]),
};
