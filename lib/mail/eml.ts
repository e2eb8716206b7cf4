import PostalMime, { type Address, type Email } from 'postal-mime';
import { extractReply } from '../text/reply-text.ts';
import { bodyText } from './dom-text.ts';
import type { Message, Person, Thread } from './thread.ts';

/**
 * Reads a raw email (RFC 822 / MIME: multipart, quoted-printable, base64, any charset
 * postal-mime knows) into a one-message `Thread` with provider `email`.
 *
 * - `sent_at` is the Date header's own wall time ("Mon, 23 Nov 2026 10:04 +0100" →
 *   `2026-11-23T10:04`): the writer's local time, as a webmail would show it to them.
 * - `text` is the new text: the plain-text part when there is one, else the HTML part read as
 *   a person sees it (structural quotes and signatures removed), then `extractReply`.
 * - Bad input (empty, not an email, unreadable encoding) throws an `Error` whose message is one
 *   line, fit for a command-line error.
 */
export interface EmlOptions {
  /** Parses HTML into a `Document` (a browser's DOMParser, happy-dom in Node). */
  parseHtml: (html: string) => Document;
}

export async function readEml(raw: Uint8Array | string, options: EmlOptions): Promise<Thread> {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  if (bytes.length === 0 || isWhitespaceOnly(bytes)) throw new Error('empty file: no email to read');
  if (bytes.includes(0)) throw new Error('not an email: the file is binary (NUL bytes)');

  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (e) {
    throw new Error(`not an email: ${oneLine(e instanceof Error ? e.message : String(e))}`);
  }
  if (!looksLikeEmail(email)) throw new Error('not an email: no From, Date or Message-ID header');

  const problems: string[] = [];
  const rawText = bodyOf(email, options, problems);
  if (isGarbled(rawText)) throw new Error('unreadable encoding: the body does not decode as text');

  const dateHeader = email.headers.find((h) => h.key === 'date')?.value ?? null;
  const sentAt = dateHeader ? wallTimeOfDateHeader(dateHeader) : null;
  if (!dateHeader) problems.push('message 1: no Date header');
  else if (!sentAt) problems.push('message 1: unreadable Date header');

  const message: Message = {
    id: email.messageId ?? null,
    from: email.from ? (people([email.from])[0] ?? { name: null, email: null }) : { name: null, email: null },
    to: people([...(email.to ?? []), ...(email.cc ?? [])]),
    sent_at: sentAt,
    collapsed: false,
    text: extractReply(rawText),
  };
  return {
    provider: 'email',
    account: email.deliveredTo ?? null,
    thread_id: threadIdOf(email),
    subject: email.subject ?? null,
    url: null,
    messages: [message],
    problems,
  };
}

function isWhitespaceOnly(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  return true;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** postal-mime reads anything; an email has at least one of these headers. */
function looksLikeEmail(email: Email): boolean {
  const keys = new Set(email.headers.map((h) => h.key));
  return keys.has('from') || keys.has('date') || keys.has('message-id');
}

/** The plain-text part, or the HTML part's visible text when the mail has no usable plain text. */
function bodyOf(email: Email, options: EmlOptions, problems: string[]): string {
  const plain = email.text?.trim() ?? '';
  if (plain !== '') return email.text ?? '';
  if (email.html && email.html.trim() !== '') {
    const doc = options.parseHtml(email.html);
    const senderName = email.from && !email.from.group ? email.from.name || null : null;
    return doc.body ? bodyText(doc.body, { senderName }) : '';
  }
  problems.push('message 1: no text or HTML body');
  return '';
}

/**
 * Text that did not decode: replacement characters (bytes invalid in the declared charset) or
 * control characters make up a visible share of it.
 */
function isGarbled(text: string): boolean {
  if (text.length === 0) return false;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) bad++;
  }
  return bad >= 3 && bad / text.length > 0.02;
}

/** Mailboxes in order, groups flattened; names and addresses null when absent. */
function people(addresses: readonly Address[]): Person[] {
  const out: Person[] = [];
  for (const a of addresses) {
    if (a.group) for (const m of a.group) out.push(person(m.name, m.address));
    else out.push(person(a.name, a.address ?? ''));
  }
  return out;
}

function person(name: string, address: string): Person {
  return { name: name.trim() || null, email: address.trim().toLowerCase() || null };
}

/** The thread's root message id: first of References, else In-Reply-To, else this message's id. */
function threadIdOf(email: Email): string | null {
  const first = (value: string | undefined) => /<[^<>\s]+>/.exec(value ?? '')?.[0] ?? null;
  return first(email.references) ?? first(email.inReplyTo) ?? email.messageId ?? null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The wall time an RFC 5322 Date header states, in its own offset: the digits as written, so no
 * time zone conversion can shift the day. Two-digit years follow RFC 5322 (< 50 → 20xx).
 */
export function wallTimeOfDateHeader(value: string): string | null {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})/.exec(value);
  if (!m) return null;
  const [, day, mon, yearText, hour, minute] = m;
  const month = MONTHS.indexOf((mon ?? '').toLowerCase()) + 1;
  let year = Number(yearText);
  if ((yearText ?? '').length === 2) year += year < 50 ? 2000 : 1900;
  const d = Number(day);
  const h = Number(hour);
  const min = Number(minute);
  if (month === 0 || d < 1 || d > 31 || h > 23 || min > 59) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}T${pad(h)}:${pad(min)}`;
}
