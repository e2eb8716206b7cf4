import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, ParoleDB } from './db.ts';
import { logCommitment } from './ledger.ts';
import { overdueCount } from './popup.ts';
import { commitment, THREAD } from './test-support.ts';

/** A promise as version 1 stored it: the client's address as written, no dedupe key, no snooze. */
function v1Promise(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    owner: 'me',
    text: 'Je vous envoie la V2 vendredi.',
    action: 'envoyer la V2',
    due: '2026-11-27',
    status: 'open',
    kept_on: null,
    vague: false,
    vague_reasons: [],
    lang: 'fr',
    source: {
      provider: 'gmail',
      thread_id: 't1',
      thread_url: null,
      message_id: 'm1',
      message_index: 0,
      sentence: 'Je vous envoie la V2 vendredi.',
      subject: 'Maquettes',
    },
    client: 'Paul.Durand@Client.Example',
    history: [],
    created_at: '2026-11-20T09:00:00.000Z',
    updated_at: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

/** Writes a database exactly as the version 1 code did: its raw schema, not ParoleDB. */
async function createV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    promises: '++id, status, due, client',
    clients: 'key',
    reminders: '[promise_id+kind+day], promise_id',
    settings: 'key',
  });
  await v1.table('promises').bulkAdd([
    v1Promise(1),
    // The same sentence read twice (version 1 did not dedupe); the user later marked this copy kept.
    v1Promise(2, { status: 'kept', kept_on: '2026-11-26', updated_at: '2026-11-26T17:00:00.000Z' }),
    v1Promise(3, {
      owner: 'client',
      text: 'We will pay the invoice on the 15th.',
      due: '2026-11-15',
      source: { ...v1Promise(3).source, message_id: 'm2', sentence: 'We will pay the invoice on the 15th.' },
      client: ' paul.durand@client.example',
    }),
    v1Promise(4, { client: null, due: null, source: { ...v1Promise(4).source, message_id: 'm3' } }),
  ]);
  await v1.table('clients').bulkAdd([
    { key: 'Paul.Durand@Client.Example', name: null, first_seen: '2026-11-20T09:00:00.000Z' },
    { key: 'paul.durand@client.example', name: 'Paul Durand', first_seen: '2026-11-21T09:00:00.000Z' },
  ]);
  await v1.table('reminders').bulkAdd([
    { promise_id: 1, kind: 'due_morning', day: '2026-11-27', sent_at: '2026-11-27T07:30:00.000Z' },
    { promise_id: 3, kind: 'overdue', day: '2026-11-16', sent_at: '2026-11-16T08:00:00.000Z' },
  ]);
  await v1.table('settings').put({ key: 'settings', my_name: 'Léa' });
  v1.close();
}

describe('schema upgrade from version 1', () => {
  it('opens a version 1 database with data and upgrades it', async () => {
    const name = 'parole-upgrade-v1';
    await createV1(name);
    const db = new ParoleDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const promises = await db.promises.toArray();
    // The duplicate pair became one promise: the copy the user updated last (kept) survives.
    expect(promises.map((p) => [p.id, p.status])).toEqual([
      [2, 'kept'],
      [3, 'open'],
      [4, 'open'],
    ]);
    for (const p of promises) {
      expect(p.dedupe_key).toBeTruthy();
      expect(p.snoozed_until).toBeNull();
      expect('client' in p).toBe(false);
    }
    expect(promises.map((p) => p.client_key)).toEqual([
      'paul.durand@client.example',
      'paul.durand@client.example',
      null,
    ]);
    expect(promises[1]?.text).toBe('We will pay the invoice on the 15th.');

    // The two spellings of one mailbox are one client: earliest sighting, first known name.
    expect(await db.clients.toArray()).toEqual([
      { key: 'paul.durand@client.example', name: 'Paul Durand', first_seen: '2026-11-20T09:00:00.000Z' },
    ]);
    // The dropped duplicate's reminders went with it.
    expect((await db.reminders.toArray()).map((r) => r.promise_id)).toEqual([3]);
    expect((await db.settings.get('settings'))?.my_name).toBe('Léa');

    // The new indexes answer: [status+due] for the badge, the unique dedupe key for logging.
    expect(await overdueCount(db, new Date('2026-11-20T12:00:00Z'), 'Europe/Paris')).toBe(1);
    const again = await logCommitment(
      db,
      commitment({ message_id: 'm2', text: 'We will pay the invoice on the 15th.', owner: 'client' }),
      { ...THREAD, thread_url: null, subject: 'Maquettes' },
      null,
      new Date(),
    );
    expect(again).toBe(3);
    db.close();
  });

  it('creates a new database directly at the current version', async () => {
    const db = new ParoleDB('parole-fresh');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.promises.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['[status+due]', 'client_key', 'dedupe_key', 'status'].sort(),
    );
    db.close();
  });
});
