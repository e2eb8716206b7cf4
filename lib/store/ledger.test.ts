import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { editPromise, logAll, logCommitment, PromiseNotFoundError, setStatus } from './ledger.ts';
import { commitment, freshDb, THREAD } from './test-support.ts';

const now = new Date('2026-11-23T10:00:00Z');
const later = new Date('2026-11-25T16:00:00Z');
const client = { name: 'Paul Durand', email: ' Paul@Client.Example ' };

describe('logging commitments', () => {
  it('stores a promise as open with its source and normalised client', async () => {
    const db = freshDb();
    const id = await logCommitment(db, commitment(), THREAD, client, now);
    const promise = await db.promises.get(id);
    expect(promise?.status).toBe('open');
    expect(promise?.client_key).toBe('paul@client.example');
    expect(promise?.source).toEqual({
      provider: 'gmail',
      thread_id: 't1',
      thread_url: THREAD.thread_url,
      message_id: 'm1',
      message_index: 0,
      sentence: 'I will send the V2 on Friday.',
      subject: 'Mockups',
    });
    expect(promise?.created_at).toBe(now.toISOString());
    expect(await db.clients.get('paul@client.example')).toEqual({
      key: 'paul@client.example',
      name: 'Paul Durand',
      first_seen: now.toISOString(),
    });
  });

  it('never logs the same sentence of the same message twice, even re-spaced', async () => {
    const db = freshDb();
    const first = await logCommitment(db, commitment(), THREAD, client, now);
    const again = await logCommitment(
      db,
      commitment({ text: '  I will send  the V2 on Friday. ' }),
      THREAD,
      client,
      later,
    );
    expect(again).toBe(first);
    expect(await db.promises.count()).toBe(1);
    const batch = await logAll(
      db,
      { thread: THREAD, client, commitments: [commitment(), commitment()] },
      later,
    );
    expect(batch).toEqual([first, first]);
    expect(await db.promises.count()).toBe(1);
  });

  it('keeps the same sentence from another message or thread apart', async () => {
    const db = freshDb();
    const a = await logCommitment(db, commitment(), THREAD, client, now);
    const b = await logCommitment(
      db,
      commitment({ message_id: 'm2', message_index: 1 }),
      THREAD,
      client,
      now,
    );
    const c = await logCommitment(db, commitment(), { ...THREAD, thread_id: 't2' }, client, now);
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('dedupes Outlook messages without ids by their position', async () => {
    const db = freshDb();
    const outlook = { ...THREAD, provider: 'outlook' as const };
    const a = await logCommitment(db, commitment({ message_id: null, message_index: 2 }), outlook, null, now);
    const b = await logCommitment(db, commitment({ message_id: null, message_index: 2 }), outlook, null, now);
    const c = await logCommitment(db, commitment({ message_id: null, message_index: 3 }), outlook, null, now);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('does not undo the user edits when the thread is read again', async () => {
    const db = freshDb();
    const id = await logCommitment(db, commitment(), THREAD, client, now);
    await setStatus(db, id, { status: 'kept' }, later, 'Europe/Paris');
    await logCommitment(db, commitment(), THREAD, client, later);
    expect((await db.promises.get(id))?.status).toBe('kept');
  });
});

describe('statuses and history', () => {
  it('records every status change with the due days and note', async () => {
    const db = freshDb();
    const id = await logCommitment(db, commitment(), THREAD, client, now);
    await setStatus(
      db,
      id,
      { status: 'renegotiated', due: '2026-12-02', note: 'client late with content' },
      now,
      'UTC',
    );
    const kept = await setStatus(db, id, { status: 'kept' }, later, 'Europe/Paris');
    expect(kept.status).toBe('kept');
    expect(kept.due).toBe('2026-12-02');
    expect(kept.kept_on).toBe('2026-11-25');
    expect(kept.history).toEqual([
      {
        at: now.toISOString(),
        from: 'open',
        to: 'renegotiated',
        from_due: '2026-11-27',
        to_due: '2026-12-02',
        note: 'client late with content',
      },
      {
        at: later.toISOString(),
        from: 'renegotiated',
        to: 'kept',
        from_due: '2026-12-02',
        to_due: '2026-12-02',
        note: null,
      },
    ]);
  });

  it('reopens and cancels, clearing the kept day', async () => {
    const db = freshDb();
    const id = await logCommitment(db, commitment(), THREAD, client, now);
    await setStatus(db, id, { status: 'kept' }, now, 'UTC');
    const reopened = await setStatus(db, id, { status: 'open' }, later, 'UTC');
    expect(reopened.kept_on).toBeNull();
    const cancelled = await setStatus(db, id, { status: 'cancelled' }, later, 'UTC');
    expect(cancelled.history.map((h) => h.to)).toEqual(['kept', 'open', 'cancelled']);
  });

  it('ignores a change to the same status, and refuses a bad day', async () => {
    const db = freshDb();
    const id = await logCommitment(db, commitment(), THREAD, client, now);
    const same = await setStatus(db, id, { status: 'open' }, later, 'UTC');
    expect(same.history).toEqual([]);
    await expect(
      setStatus(db, id, { status: 'renegotiated', due: '2026-02-30' }, later, 'UTC'),
    ).rejects.toThrow();
    await expect(setStatus(db, 999, { status: 'kept' }, later, 'UTC')).rejects.toBeInstanceOf(
      PromiseNotFoundError,
    );
  });

  it('edits text and owner without history, and a due change with history', async () => {
    const db = freshDb();
    const id = await logCommitment(db, commitment(), THREAD, client, now);
    const edited = await editPromise(db, id, { text: 'Send the V2', owner: 'client' }, later);
    expect(edited).toMatchObject({
      text: 'Send the V2',
      owner: 'client',
      history: [],
      updated_at: later.toISOString(),
    });
    const moved = await editPromise(db, id, { due: '2026-11-30', note: 'misread' }, later);
    expect(moved.status).toBe('open');
    expect(moved.history).toEqual([
      {
        at: later.toISOString(),
        from: 'open',
        to: 'open',
        from_due: '2026-11-27',
        to_due: '2026-11-30',
        note: 'misread',
      },
    ]);
    await expect(editPromise(db, id, { due: '30/11/2026' }, later)).rejects.toThrow();
  });
});
