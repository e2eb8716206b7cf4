import { type Commitment, OwnerSchema } from '../analysis/types.ts';
import type { Person, Provider } from '../mail/thread.ts';
import { todayIn } from './day.ts';
import type { ParoleDB } from './db.ts';
import { dedupeKey, normaliseEmail } from './keys.ts';
import {
  type ClientRecord,
  type HistoryEntry,
  type PromiseRecord,
  type PromiseSource,
  StoreDaySchema,
  type StoredStatus,
} from './records.ts';

/** The thread a commitment was read from. */
export interface ThreadRef {
  provider: Provider;
  thread_id: string | null;
  thread_url: string | null;
  subject: string | null;
}

/** A thread's commitments to log, with the thread's client. */
export interface LogBatch {
  thread: ThreadRef;
  client: Person | null;
  commitments: Commitment[];
}

/** Thrown when an operation names a promise the ledger doesn't hold (deleted meanwhile). */
export class PromiseNotFoundError extends Error {
  constructor(readonly id: number) {
    super(`No promise with id ${id}`);
    this.name = 'PromiseNotFoundError';
  }
}

function sourceOf(commitment: Commitment, thread: ThreadRef): PromiseSource {
  return {
    provider: thread.provider,
    thread_id: thread.thread_id,
    thread_url: thread.thread_url,
    message_id: commitment.message_id,
    message_index: commitment.message_index,
    sentence: commitment.text,
    subject: thread.subject,
  };
}

/** The ledger key of a commitment read in a thread: the key `logAll` dedupes on. */
export function commitmentKey(commitment: Commitment, thread: ThreadRef): string {
  return dedupeKey(sourceOf(commitment, thread));
}

/** The logged promises with these keys (by the unique dedupe index), e.g. a thread's. */
export function promisesByKeys(db: ParoleDB, keys: string[]): Promise<PromiseRecord[]> {
  return db.promises.where('dedupe_key').anyOf(keys).toArray();
}

export async function getPromise(db: ParoleDB, id: number): Promise<PromiseRecord | null> {
  return (await db.promises.get(id)) ?? null;
}

export async function getClient(db: ParoleDB, key: string): Promise<ClientRecord | null> {
  return (await db.clients.get(key)) ?? null;
}

/**
 * Logs one commitment and returns its id. A sentence already logged from the same message
 * returns the existing promise untouched: re-reading a thread must not undo the user's edits.
 */
export async function logCommitment(
  db: ParoleDB,
  commitment: Commitment,
  thread: ThreadRef,
  client: Person | null,
  now: Date,
): Promise<number> {
  const [id] = await logAll(db, { thread, client, commitments: [commitment] }, now);
  if (id === undefined) throw new Error('logAll returned no id for one commitment');
  return id;
}

/** Logs a thread's commitments in one transaction; ids in the order given (existing ones reused). */
export async function logAll(db: ParoleDB, batch: LogBatch, now: Date): Promise<number[]> {
  const at = now.toISOString();
  const clientKey = batch.client?.email ? normaliseEmail(batch.client.email) : null;
  return db.transaction('rw', db.promises, db.clients, async () => {
    if (clientKey !== null) {
      const known = await db.clients.get(clientKey);
      const name = batch.client?.name ?? null;
      if (!known) await db.clients.add({ key: clientKey, name, first_seen: at });
      else if (known.name === null && name !== null) await db.clients.update(clientKey, { name });
    }
    const ids: number[] = [];
    for (const commitment of batch.commitments) {
      const source = sourceOf(commitment, batch.thread);
      const key = dedupeKey(source);
      const existing = await db.promises.where('dedupe_key').equals(key).first();
      if (existing) {
        ids.push(existing.id);
        continue;
      }
      const id = await db.promises.add({
        dedupe_key: key,
        owner: commitment.owner,
        text: commitment.text,
        action: commitment.action,
        due: commitment.due,
        status: 'open',
        kept_on: null,
        snoozed_until: null,
        vague: commitment.vague,
        vague_reasons: [...commitment.vague_reasons],
        lang: commitment.lang,
        source,
        client_key: clientKey,
        history: [],
        created_at: at,
        updated_at: at,
      });
      ids.push(id);
    }
    return ids;
  });
}

export interface PromiseEdit {
  text?: string;
  action?: string | null;
  owner?: PromiseRecord['owner'];
  due?: string | null;
  /** Why the due day changed, kept in the history. */
  note?: string | null;
}

/** Reads, changes and writes one promise inside a single read-write transaction. */
async function change(
  db: ParoleDB,
  id: number,
  apply: (promise: PromiseRecord) => PromiseRecord,
): Promise<PromiseRecord> {
  return db.transaction('rw', db.promises, async () => {
    const promise = await db.promises.get(id);
    if (!promise) throw new PromiseNotFoundError(id);
    const next = apply(promise);
    await db.promises.put(next);
    return next;
  });
}

/**
 * Corrects a promise (a misread owner or day, clearer wording). A changed due day is recorded
 * in the history; the status is kept (fixing a misread date is not a renegotiation).
 */
export async function editPromise(
  db: ParoleDB,
  id: number,
  edit: PromiseEdit,
  now: Date,
): Promise<PromiseRecord> {
  if (edit.owner !== undefined) OwnerSchema.parse(edit.owner);
  if (edit.due !== undefined && edit.due !== null) StoreDaySchema.parse(edit.due);
  const at = now.toISOString();
  return change(db, id, (promise) => {
    const next: PromiseRecord = {
      ...promise,
      text: edit.text ?? promise.text,
      action: edit.action === undefined ? promise.action : edit.action,
      owner: edit.owner ?? promise.owner,
      due: edit.due === undefined ? promise.due : edit.due,
      updated_at: at,
    };
    if (next.due !== promise.due) {
      next.history = [...promise.history, entry(at, promise, promise.status, next.due, edit.note)];
    }
    return next;
  });
}

export type StatusChange =
  | { status: 'open' | 'kept' | 'cancelled'; note?: string | null }
  | { status: 'renegotiated'; due: string; note?: string | null };

function entry(
  at: string,
  promise: PromiseRecord,
  to: StoredStatus,
  toDue: string | null,
  note: string | null | undefined,
): HistoryEntry {
  return { at, from: promise.status, to, from_due: promise.due, to_due: toDue, note: note ?? null };
}

/**
 * Moves a promise to a new status, recording the move in its history. `kept` remembers the
 * user's local day (for "kept on time"); `renegotiated` carries the new due day; `open`
 * reopens a promise closed by mistake.
 */
export async function setStatus(
  db: ParoleDB,
  id: number,
  statusChange: StatusChange,
  now: Date,
  timeZone: string,
): Promise<PromiseRecord> {
  const toDue = statusChange.status === 'renegotiated' ? StoreDaySchema.parse(statusChange.due) : undefined;
  const at = now.toISOString();
  const today = todayIn(timeZone, now);
  return change(db, id, (promise) => {
    const due = toDue ?? promise.due;
    if (promise.status === statusChange.status && due === promise.due) return promise;
    return {
      ...promise,
      status: statusChange.status,
      due,
      kept_on: statusChange.status === 'kept' ? today : null,
      history: [...promise.history, entry(at, promise, statusChange.status, due, statusChange.note)],
      updated_at: at,
    };
  });
}
