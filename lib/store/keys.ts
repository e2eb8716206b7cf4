import type { PromiseSource } from './records.ts';

/**
 * The client's key: an email address as the ledger compares it. Case and surrounding noise
 * ("<…>", "mailto:") differ between Gmail, Outlook and what the user types; the mailbox doesn't.
 */
export function normaliseEmail(email: string): string {
  return email
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<|>$/g, '')
    .trim()
    .toLowerCase();
}

/** The sentence as compared for dedupe: spacing and Unicode composition don't make a new promise. */
function normaliseSentence(sentence: string): string {
  return sentence.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * One promise per sentence of one message: provider, thread, message (its id, or its position
 * when the page shows no id, as in Outlook) and the sentence. A thread without an id falls back
 * to its URL, then its subject, so a re-read of the same page still finds the same key.
 */
export function dedupeKey(source: PromiseSource): string {
  const thread = source.thread_id ?? source.thread_url ?? `subject:${source.subject ?? ''}`;
  const message = source.message_id ?? `#${source.message_index}`;
  return JSON.stringify([source.provider, thread, message, normaliseSentence(source.sentence)]);
}
