import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Commitment } from '../analysis/types.ts';
import { ParoleDB } from './db.ts';
import { dedupeKey } from './keys.ts';
import type { ThreadRef } from './ledger.ts';
import type { PromiseRecord, PromiseSource } from './records.ts';

/**
 * Test and benchmark support: each database lives in its own in-memory fake-indexeddb, so
 * tests never share state and nothing touches a real browser profile.
 */

export function freshDb(name = 'parole'): ParoleDB {
  return new ParoleDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function commitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    message_id: 'm1',
    message_index: 0,
    text: 'I will send the V2 on Friday.',
    owner: 'me',
    action: 'send the V2',
    due: '2026-11-27',
    vague: false,
    vague_reasons: [],
    rules: [],
    rewrite: null,
    lang: 'en',
    ...overrides,
  };
}

export const THREAD: ThreadRef = {
  provider: 'gmail',
  thread_id: 't1',
  thread_url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  subject: 'Mockups',
};

/** A stored promise without its id, for filling a table directly (tests, benchmark). */
export function promiseRecord(
  n: number,
  overrides: Partial<Omit<PromiseRecord, 'id'>> = {},
): Omit<PromiseRecord, 'id'> {
  const source: PromiseSource = {
    provider: 'gmail',
    thread_id: `t${Math.floor(n / 4)}`,
    thread_url: `https://mail.google.com/mail/u/0/#inbox/t${Math.floor(n / 4)}`,
    message_id: `m${n}`,
    message_index: n % 4,
    sentence: `I will send the deliverable number ${n} on the agreed day.`,
    subject: `Project ${Math.floor(n / 40)}`,
  };
  return {
    dedupe_key: dedupeKey(source),
    owner: 'me',
    text: source.sentence,
    action: `send the deliverable number ${n}`,
    due: '2026-11-27',
    status: 'open',
    kept_on: null,
    snoozed_until: null,
    vague: false,
    vague_reasons: [],
    lang: 'en',
    source,
    client_key: `client${n % 50}@example.com`,
    history: [],
    created_at: '2026-11-01T09:00:00.000Z',
    updated_at: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}
