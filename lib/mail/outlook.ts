import type { MailAdapter, ReadResult } from './adapter.ts';
import { bodyText } from './dom-text.ts';
import { OUTLOOK } from './outlook-selectors.ts';
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
 * Reads the conversation in Outlook on the web's reading pane into a `Thread`.
 * Facts and stability of every hook: shared SELECTORS.md §2; the hooks: `outlook-selectors.ts`.
 * OWA exposes no message id, so message ids are null; the conversation id comes from the
 * selected row of the message list.
 *
 * Try it on: https://outlook.office.com/mail/inbox/id/<item> (conversation view, en and fr UI),
 * a conversation with "newest on top", one with an inline reply open.
 */

const OWA_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);

const MESSAGE_MARKS = '[id^="UniqueMessageBody"], [aria-expanded]';

function readingPane(doc: Document): Element | null {
  return first(doc, OUTLOOK.readingPane, (el) => el.querySelector(MESSAGE_MARKS) !== null && isShown(el));
}

function readAccount(doc: Document): string | null {
  const root = first(doc, OUTLOOK.account);
  if (!root) return null;
  return (
    findEmail(root.getAttribute('data-folder-name')) ??
    findEmail(root.getAttribute('title')) ??
    findEmail(root.getAttribute('aria-label'))
  );
}

/** Sender or recipient chip: the `title` holds the address, the text the name. */
function chipPerson(el: Element | null, addressEl?: Element | null): Person | null {
  if (!el) return null;
  const title = el.getAttribute('title');
  const email = findEmail(title) ?? findEmail(addressEl?.textContent) ?? findEmail(el.textContent);
  const text = labelText(el);
  const name = text && text !== email ? text : title && !findEmail(title) ? squash(title) : null;
  return { name: name || null, email };
}

/** A message item shows a sender, a date or a body; an expander holding only a compose editor is not one. */
function isMessage(item: Element): boolean {
  if (within(item, OUTLOOK.compose)) return false;
  const outsideCompose = (el: Element) => !within(el, OUTLOOK.compose);
  return (
    first(item, OUTLOOK.sender, outsideCompose) !== null ||
    first(item, OUTLOOK.date, outsideCompose) !== null ||
    first(item, OUTLOOK.body, outsideCompose) !== null
  );
}

/** The outermost matches only: a fallback alternative may match an item and its inner parts. */
function outermost(items: Element[], root: Element): Element[] {
  const set = new Set(items);
  return items.filter((item) => {
    for (let node = item.parentElement; node && node !== root; node = node.parentElement)
      if (set.has(node)) return false;
    return true;
  });
}

function readMessage(item: Element, label: string, problems: string[]): Message {
  const collapsed = item.getAttribute('aria-expanded') === 'false';
  const sender = chipPerson(first(item, OUTLOOK.sender), first(item, OUTLOOK.senderAddress));
  if (!sender) problems.push(`${label}: no sender (${OUTLOOK.sender.name})`);
  else if (!sender.email) problems.push(`${label}: sender has no address`);
  const from = sender ?? { name: null, email: null };

  let sent_at: string | null = null;
  const dateEl = first(item, OUTLOOK.date);
  if (!dateEl) problems.push(`${label}: no date (${OUTLOOK.date.name})`);
  else {
    const parsed = parseWallTime(dateEl.getAttribute('title') || dateEl.textContent);
    if (parsed.ok) sent_at = parsed.value;
    else problems.push(`${label}: unreadable date (${parsed.reason})`);
  }

  if (collapsed) {
    const preview = first(item, OUTLOOK.preview);
    if (!preview) problems.push(`${label}: no preview (${OUTLOOK.preview.name})`);
    return { id: null, from, to: [], sent_at, collapsed: true, text: preview ? labelText(preview) : '' };
  }

  const to: Person[] = [];
  const seen = new Set<string>();
  for (const el of all(item, OUTLOOK.recipients)) {
    const p = chipPerson(el);
    const key = p?.email ?? p?.name ?? '';
    if (!p || seen.has(key)) continue;
    seen.add(key);
    to.push(p);
  }
  const body = first(item, OUTLOOK.body, (el) => !within(el, OUTLOOK.compose));
  if (!body) problems.push(`${label}: no body (${OUTLOOK.body.name})`);
  const text = body ? bodyText(body, { senderName: from.name }) : '';
  return { id: null, from, to, sent_at, collapsed: false, text };
}

/**
 * Oldest first. With "newest on top" the DOM lists messages newest first; the parsed dates
 * decide. Undated messages keep their place relative to the DOM order.
 */
function chronological(messages: Message[]): Message[] {
  const dated = messages.filter((m) => m.sent_at !== null);
  if (dated.length < 2) return messages;
  if (dated.length === messages.length) {
    return messages
      .map((m, i) => ({ m, i }))
      .sort((a, b) =>
        (a.m.sent_at as string) < (b.m.sent_at as string)
          ? -1
          : (a.m.sent_at as string) > (b.m.sent_at as string)
            ? 1
            : a.i - b.i,
      )
      .map(({ m }) => m);
  }
  const firstDate = dated[0]?.sent_at as string;
  const lastDate = dated[dated.length - 1]?.sent_at as string;
  return firstDate > lastDate ? [...messages].reverse() : messages;
}

function readThread(doc: Document): Thread {
  const pane = readingPane(doc);
  if (!pane) throw new SelectorError(OUTLOOK.readingPane, 'no reading pane with a message');
  const container = first(pane, OUTLOOK.conversation) ?? pane;
  const problems: string[] = [];

  const subjectEl = first(pane, OUTLOOK.subject);
  const subject = subjectEl ? squash(subjectEl.getAttribute('title')) || labelText(subjectEl) || null : null;
  if (subject === null) problems.push(`subject: not found (${OUTLOOK.subject.name})`);

  const selected = first(doc, OUTLOOK.selectedConversation);
  const thread_id = selected?.getAttribute('data-convid') || null;
  if (!thread_id) problems.push(`thread id: no selected conversation (${OUTLOOK.selectedConversation.name})`);

  const account = readAccount(doc);
  if (!account) problems.push(`account: not found (${OUTLOOK.account.name})`);

  const items = outermost(all(container, OUTLOOK.messageItems, isMessage), container);
  if (items.length === 0) must(container, OUTLOOK.messageItems);
  const messages = items.map((item, i) => readMessage(item, `message ${i + 1}`, problems));

  return {
    provider: 'outlook',
    account,
    thread_id,
    subject,
    url: doc.URL && doc.URL !== 'about:blank' ? doc.URL : null,
    messages: chronological(messages),
    problems,
  };
}

function tried(selector: SelectorChain | null): string[] {
  const base = [OUTLOOK.readingPane.name, OUTLOOK.conversation.name, OUTLOOK.messageItems.name];
  return selector && !base.includes(selector.name) ? [...base, selector.name] : base;
}

export const outlookAdapter: MailAdapter & { watchRoot(doc: Document): Element | null } = {
  provider: 'outlook',

  recognises(doc) {
    try {
      if (OWA_HOSTS.has(doc.location?.hostname ?? '')) return true;
      return doc.querySelector(OUTLOOK.pageMarks) !== null;
    } catch {
      return false;
    }
  },

  threadKey(doc) {
    try {
      const pane = readingPane(doc);
      if (!pane?.querySelector('[id^="UniqueMessageBody"]')) return null;
      const convId = first(doc, OUTLOOK.selectedConversation)?.getAttribute('data-convid');
      if (convId) return `outlook:${convId}`;
      const subject = first(pane, OUTLOOK.subject);
      return subject ? `outlook:subject:${labelText(subject)}` : null;
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
    return doc.querySelector('#app') ?? doc.body;
  },
};
