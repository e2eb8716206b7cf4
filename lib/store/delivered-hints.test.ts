import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deliveredHints } from './delivered-hints.ts';
import { freshDb, promiseRecord } from './test-support.ts';

async function filled() {
  const db = freshDb();
  const add = (n: number, o: Parameters<typeof promiseRecord>[1]) => db.promises.add(promiseRecord(n, o));
  const ids = {
    v2: await add(1, {
      text: 'Je vous envoie la V2 des maquettes vendredi.',
      action: 'envoyer la V2 des maquettes',
    }),
    invoice: await add(2, { text: 'I will send the invoice tomorrow.', action: 'send the invoice' }),
    logo: await add(3, { text: 'I will deliver the logo files Monday.', action: 'deliver the logo files' }),
    pay: await add(4, { owner: 'client', text: 'Nous réglerons la facture le 15.', action: null }),
    payEn: await add(5, { owner: 'client', text: "We'll pay on Friday.", action: 'pay' }),
    content: await add(6, {
      owner: 'client',
      text: 'We will send the page content Monday.',
      action: 'send the content',
    }),
    keptV2: await add(7, {
      text: 'Je vous envoie la V2 du site.',
      action: 'envoyer la V2 du site',
      status: 'kept',
      kept_on: '2026-11-01',
    }),
  };
  return { db, ids };
}

const top = async (db: Awaited<ReturnType<typeof filled>>['db'], text: string, author: 'me' | 'client') =>
  (await deliveredHints(db, { text, author })).map((h) => h.promise.id);

describe('delivered hints', () => {
  it('links "ci-joint la V2" to the open V2 promise, not the kept one', async () => {
    const { db, ids } = await filled();
    const hints = await top(db, 'Bonjour, ci-joint la V2 des maquettes. Bonne journée', 'me');
    expect(hints[0]).toBe(ids.v2);
    expect(hints).not.toContain(ids.keptV2);
  });

  it('links "here is the invoice" to the invoice promise only', async () => {
    const { db, ids } = await filled();
    expect(await top(db, 'Hi Paul, here is the invoice for November.', 'me')).toEqual([ids.invoice]);
  });

  it('links a client payment message to the client payment promises', async () => {
    const { db, ids } = await filled();
    expect(new Set(await top(db, 'Bonjour, virement effectué ce matin.', 'client'))).toEqual(
      new Set([ids.pay, ids.payEn]),
    );
    expect(await top(db, 'Payment sent!', 'client')).toContain(ids.payEn);
  });

  it('suggests nothing without a delivery cue, for a promise in the future, or from the wrong side', async () => {
    const { db, ids } = await filled();
    expect(await top(db, 'Je vous enverrai la V2 des maquettes lundi.', 'me')).toEqual([]);
    expect(await top(db, 'Did you get a chance to look at the logo files?', 'me')).toEqual([]);
    expect(await top(db, 'Here is the content for the pages.', 'me')).not.toContain(ids.content);
    expect(await top(db, 'Here is the content for the pages.', 'client')).toEqual([ids.content]);
  });

  it('points a bare "ci-joint" at the thread single pending promise', async () => {
    const db = freshDb();
    const id = await db.promises.add(
      promiseRecord(1, { text: 'Je vous envoie le devis demain.', action: null }),
    );
    const hints = await deliveredHints(db, { text: 'Ci-joint !', author: 'me', thread_id: 't0' });
    expect(hints.map((h) => [h.promise.id, h.score])).toEqual([[id, 0.3]]);
  });
});
