import type { MailAdapter } from './adapter.ts';
import { bodyText } from './dom-text.ts';
import { OUTLOOK, OUTLOOK_COMPOSE, OUTLOOK_PAGE_MARKS } from './outlook-selectors.ts';
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
 * Reads the conversation in Outlook on the web's reading pane into a `Thread`.
 * Facts and stability of every hook: shared SELECTORS.md §2; the hooks: `outlook-selectors.ts`.
 * OWA exposes no message id, so message ids are null; the conversation id comes from the
 * selected row of the message list.
 *
 * Try it on: https://outlook.office.com/mail/inbox/id/<item> (conversation view, en and fr UI),
 * a conversation with "newest on top", one with an inline reply open.
 */

const OWA_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

const readingPane = (doc: Document) =>
  first(
    doc,
    OUTLOOK.readingPane,
    (el) => el.querySelector('[id^="UniqueMessageBody"], [aria-expanded]') !== null && isShown(el),
  );

type Accept = (el: Element) => boolean;

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
const isMessage = (outsideCompose: Accept) => (item: Element) =>
  outsideCompose(item) &&
  [OUTLOOK.sender, OUTLOOK.date, OUTLOOK.body].some((chain) => first(item, chain, outsideCompose));

function readMessage(item: Element, label: string, problems: string[], outsideCompose: Accept): Message {
  const miss = (what: string) => problems.push(`${label}: ${what}`);
  const sender = chipPerson(first(item, OUTLOOK.sender), first(item, OUTLOOK.senderAddress));
  if (!sender) miss(`no sender (${OUTLOOK.sender.name})`);
  else if (!sender.email) miss('sender has no address');
  const from = sender ?? { name: null, email: null };

  let sent_at: string | null = null;
  const dateEl = first(item, OUTLOOK.date);
  const parsed = parseWallTime(dateEl?.getAttribute('title') || dateEl?.textContent);
  if (!dateEl) miss(`no date (${OUTLOOK.date.name})`);
  else if (parsed.ok) sent_at = parsed.value;
  else miss(`unreadable date (${parsed.reason})`);

  if (item.getAttribute('aria-expanded') === 'false') {
    const preview = first(item, OUTLOOK.preview);
    if (!preview) miss(`no preview (${OUTLOOK.preview.name})`);
    return { id: null, from, to: [], sent_at, collapsed: true, text: preview ? labelText(preview) : '' };
  }
  const seen = new Set<string>();
  const to = all(item, OUTLOOK.recipients)
    .map((el) => chipPerson(el))
    .filter((p): p is Person => {
      const key = p?.email ?? p?.name ?? '';
      return !!p && !seen.has(key) && !!seen.add(key);
    });
  const body = first(item, OUTLOOK.body, outsideCompose);
  if (!body) miss(`no body (${OUTLOOK.body.name})`);
  const text = body ? bodyText(body, { senderName: from.name }) : '';
  return { id: null, from, to, sent_at, collapsed: false, text };
}

/**
 * Oldest first. With "newest on top" the DOM lists messages newest first; the parsed dates
 * decide. Undated messages keep their place relative to the DOM order.
 */
function chronological(messages: Message[]): Message[] {
  const dates = messages.map((m) => m.sent_at).filter((d) => d !== null);
  if (dates.length < 2) return messages;
  // Every message dated: a stable sort. Otherwise the dated ones say whether the DOM runs backwards.
  if (dates.length === messages.length)
    return [...messages].sort((a, b) =>
      (a.sent_at as string) < (b.sent_at as string) ? -1 : +(a.sent_at !== b.sent_at),
    );
  return (dates[0] as string) > (dates.at(-1) as string) ? [...messages].reverse() : messages;
}

function readThread(doc: Document): Thread {
  const pane = readingPane(doc);
  if (!pane) throw new SelectorError(OUTLOOK.readingPane, 'no reading pane with a message');
  const container = first(pane, OUTLOOK.conversation) ?? pane;
  const problems: string[] = [];

  const subjectEl = first(pane, OUTLOOK.subject);
  const subject = (subjectEl && (squash(subjectEl.getAttribute('title')) || labelText(subjectEl))) || null;
  if (!subject) problems.push(`subject: not found (${OUTLOOK.subject.name})`);

  const thread_id = first(doc, OUTLOOK.selectedConversation)?.getAttribute('data-convid') || null;
  if (!thread_id) problems.push(`thread id: no selected conversation (${OUTLOOK.selectedConversation.name})`);

  const accountEl = first(doc, OUTLOOK.account);
  const account =
    findEmail(accountEl?.getAttribute('data-folder-name')) ??
    findEmail(accountEl?.getAttribute('title')) ??
    findEmail(accountEl?.getAttribute('aria-label'));
  if (!account) problems.push(`account: not found (${OUTLOOK.account.name})`);

  // The outermost matches only: a fallback alternative may match an item and its inner parts.
  // Inline reply and pop-out compose sit inside the conversation: never read them as messages.
  const outsideCompose = outside(container, OUTLOOK_COMPOSE);
  const found = new Set(all(container, OUTLOOK.messageItems, isMessage(outsideCompose)));
  const items = [...found].filter((item) => {
    for (let node = item.parentElement; node; node = node.parentElement) if (found.has(node)) return false;
    return true;
  });
  if (!items.length) must(container, OUTLOOK.messageItems);
  const messages = items.map((item, i) => readMessage(item, `message ${i + 1}`, problems, outsideCompose));

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

export const outlookAdapter: MailAdapter = {
  provider: 'outlook',

  recognises(doc) {
    try {
      return OWA_HOSTS.includes(doc.location?.hostname) || doc.querySelector(OUTLOOK_PAGE_MARKS) !== null;
    } catch {
      return false;
    }
  },

  threadKey(doc) {
    try {
      const pane = readingPane(doc);
      if (!pane?.querySelector('[id^="UniqueMessageBody"]')) return null;
      const convId = first(doc, OUTLOOK.selectedConversation)?.getAttribute('data-convid');
      const subject = first(pane, OUTLOOK.subject);
      return convId ? `outlook:${convId}` : subject && `outlook:subject:${labelText(subject)}`;
    } catch {
      return null;
    }
  },

  read: (doc) =>
    readSafely(() => readThread(doc), [OUTLOOK.readingPane, OUTLOOK.conversation, OUTLOOK.messageItems]),
};
