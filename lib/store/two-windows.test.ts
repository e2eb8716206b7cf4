import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ParoleDB } from './db.ts';
import { editPromise, logAll, setStatus } from './ledger.ts';
import { commitment, THREAD } from './test-support.ts';

/**
 * Two panels (two windows) are two connections to the same database. Whatever they do at once,
 * nothing is logged twice and no one's change is lost.
 */
function twoWindows(): [ParoleDB, ParoleDB] {
  const indexedDB = new IDBFactory();
  return [
    new ParoleDB('parole', { indexedDB, IDBKeyRange }),
    new ParoleDB('parole', { indexedDB, IDBKeyRange }),
  ];
}

const NOW = new Date('2026-11-23T09:00:00Z');
const batch = {
  thread: THREAD,
  client: { name: 'Paul Durand', email: 'paul@client.example' },
  commitments: [
    commitment({ message_id: 'm1', text: 'I will send the V2 on Friday.' }),
    commitment({
      message_id: 'm2',
      owner: 'client',
      text: 'We will pay the deposit by Wednesday.',
      due: '2026-11-25',
    }),
  ],
};

describe('two panels at once', () => {
  it('log the same thread at the same moment: each sentence is stored once', async () => {
    const [a, b] = twoWindows();
    const [idsA, idsB] = await Promise.all([logAll(a, batch, NOW), logAll(b, batch, NOW)]);
    expect(idsA).toEqual(idsB);
    expect(await a.promises.count()).toBe(2);
    expect(await b.clients.count()).toBe(1);
  });

  it('edit and change status of the same promise at once: both changes are kept', async () => {
    const [a, b] = twoWindows();
    const [id] = await logAll(a, batch, NOW);
    if (id === undefined) throw new Error('nothing logged');
    await Promise.all([
      editPromise(a, id, { text: 'I will send the V2 with both variants on Friday.' }, NOW),
      setStatus(b, id, { status: 'renegotiated', due: '2026-11-30' }, NOW, 'Europe/Paris'),
    ]);
    const stored = await b.promises.get(id);
    expect(stored?.text).toBe('I will send the V2 with both variants on Friday.');
    expect(stored?.status).toBe('renegotiated');
    expect(stored?.due).toBe('2026-11-30');
    expect(stored?.history.at(-1)).toMatchObject({ from_due: '2026-11-27', to_due: '2026-11-30' });
  });

  it('one window sees what the other wrote', async () => {
    const [a, b] = twoWindows();
    await logAll(a, batch, NOW);
    expect((await b.promises.toArray()).map((p) => p.text).sort()).toEqual([
      'I will send the V2 on Friday.',
      'We will pay the deposit by Wednesday.',
    ]);
  });
});
