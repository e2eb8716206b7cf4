import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { dedupeKey, normaliseEmail } from './keys.ts';
import type { ClientRecord, PromiseRecord, ReminderRecord, SettingsRow } from './records.ts';

/**
 * The ledger's one database. The only module in the project that imports Dexie (with the
 * other files of `lib/store`); the rest of the code calls the plain async functions of
 * `lib/store` and never sees a Dexie type.
 *
 * Every `version(n)` stays here forever: a browser that installed any earlier release opens
 * its old database with this code, and Dexie replays the versions it missed in order. When
 * the data changes shape, the version carries an `upgrade()` that rewrites the old records.
 * Upgrades touch only their transaction's tables: no fetch, no timers, no other database,
 * or IndexedDB commits the transaction early.
 */

export const DB_NAME = 'parole';

/** The schema version this code writes (Dexie's `verno` once open). */
export const DB_VERSION = 2;

/** Where Dexie finds IndexedDB: tests and the benchmark pass their own fake-indexeddb. */
export interface IndexedDbDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export class ParoleDB extends Dexie {
  promises!: EntityTable<PromiseRecord, 'id'>;
  clients!: EntityTable<ClientRecord, 'key'>;
  reminders!: Table<ReminderRecord, [number, string, string]>;
  settings!: EntityTable<SettingsRow, 'key'>;

  constructor(name: string = DB_NAME, dependencies?: IndexedDbDependencies) {
    super(name, dependencies);

    // Version 1, the first schema: promises indexed by status and by due day separately, and
    // the client's address stored as written in the thread (`client`).
    this.version(1).stores({
      promises: '++id, status, due, client',
      clients: 'key',
      reminders: '[promise_id+kind+day], promise_id',
      settings: 'key',
    });

    // Version 2: the popup's lists read one compound index [status+due] (a range per list
    // instead of two scans intersected); each promise carries a unique `dedupe_key` so a
    // sentence is never logged twice; the client is keyed by its normalised address
    // (`client_key`, the same key as the clients table); promises can be snoozed.
    this.version(2)
      .stores({
        promises: '++id, &dedupe_key, [status+due], status, client_key',
        clients: 'key',
        reminders: '[promise_id+kind+day], promise_id',
        settings: 'key',
      })
      .upgrade(upgradeToVersion2);
  }
}

/** A version 1 promise: no dedupe key, no snooze, the client's address as written. */
type PromiseRecordV1 = Omit<PromiseRecord, 'dedupe_key' | 'client_key' | 'snoozed_until'> & {
  client: string | null;
};

async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const promises = tx.table<PromiseRecordV1 | PromiseRecord, number>('promises');
  const reminders = tx.table<ReminderRecord>('reminders');
  const clients = tx.table<ClientRecord, string>('clients');

  // Version 1 could log a sentence twice. The new unique index refuses duplicates, so keep one
  // promise per key before writing the keys: the most recently updated, which holds the
  // user's latest decision about it.
  const old = (await promises.toArray()) as PromiseRecordV1[];
  const keep = new Map<string, PromiseRecordV1>();
  for (const promise of old) {
    const key = dedupeKey(promise.source);
    const kept = keep.get(key);
    if (!kept || promise.updated_at > kept.updated_at) keep.set(key, promise);
  }
  const survivors = new Set([...keep.values()].map((p) => p.id));
  const dropped = old.filter((p) => !survivors.has(p.id)).map((p) => p.id);
  await promises.bulkDelete(dropped);
  await reminders.where('promise_id').anyOf(dropped).delete();

  const upgraded: PromiseRecord[] = [...keep.entries()].map(([key, { client, ...rest }]) => ({
    ...rest,
    dedupe_key: key,
    client_key: client === null ? null : normaliseEmail(client),
    snoozed_until: null,
  }));
  await promises.bulkPut(upgraded);

  // Client rows were keyed by whatever the first thread wrote; merge rows that are the same
  // mailbox, keeping the earliest sighting and the first name known.
  const oldClients = await clients.toArray();
  const merged = new Map<string, ClientRecord>();
  for (const client of oldClients.sort((a, b) => a.first_seen.localeCompare(b.first_seen))) {
    const key = normaliseEmail(client.key);
    const known = merged.get(key);
    merged.set(key, known ? { ...known, name: known.name ?? client.name } : { ...client, key });
  }
  await clients.clear();
  await clients.bulkPut([...merged.values()]);
}

let shared: ParoleDB | undefined;

/** The extension's ledger (opened lazily on first use, shared by the page that imports it). */
export function paroleDb(): ParoleDB {
  shared ??= new ParoleDB();
  return shared;
}
