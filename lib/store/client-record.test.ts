import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clientRecord, isPaymentPromise } from './client-record.ts';
import { freshDb, promiseRecord } from './test-support.ts';

const now = new Date('2026-11-25T09:00:00Z');
const key = 'paul@client.example';

describe('client record', () => {
  it('lists both directions and the share kept on time', async () => {
    const db = freshDb();
    const p = (n: number, o: Parameters<typeof promiseRecord>[1]) =>
      db.promises.add(promiseRecord(n, { client_key: key, ...o }));
    await p(1, { due: '2026-11-10', status: 'kept', kept_on: '2026-11-10' });
    await p(2, { due: '2026-11-10', status: 'kept', kept_on: '2026-11-12' });
    await p(3, { due: '2026-11-20' });
    await p(4, { due: '2026-12-20' });
    await p(5, { due: '2026-11-01', status: 'cancelled' });
    await p(6, { owner: 'client', due: '2026-11-15', status: 'kept', kept_on: '2026-11-14' });
    await db.promises.add(promiseRecord(7, { client_key: 'other@example.com' }));
    const record = await clientRecord(db, key, now, 'Europe/Paris');
    expect(record.mine).toHaveLength(5);
    expect(record.theirs).toHaveLength(1);
    expect(record.kept_on_time.mine).toEqual({ on_time: 1, judged: 3, share: 1 / 3 });
    expect(record.kept_on_time.theirs).toEqual({ on_time: 1, judged: 1, share: 1 });
    expect(record.payment_delay_days).toBeNull();
  });

  it('averages the client payment delay over paid and unpaid late payment promises', async () => {
    const db = freshDb();
    const pay = (n: number, text: string, o: Parameters<typeof promiseRecord>[1]) =>
      db.promises.add(promiseRecord(n, { client_key: key, owner: 'client', text, action: null, ...o }));
    await pay(1, 'We will pay the invoice on the 10th.', {
      due: '2026-11-10',
      status: 'kept',
      kept_on: '2026-11-16',
    });
    await pay(2, 'Le virement part le 1er.', { due: '2026-11-01', status: 'kept', kept_on: '2026-10-30' });
    await pay(3, 'Nous réglerons la facture le 15.', { due: '2026-11-15' });
    await pay(4, 'We will send the photos Friday.', {
      due: '2026-11-01',
      status: 'kept',
      kept_on: '2026-11-20',
    });
    const record = await clientRecord(db, key, now, 'UTC');
    // 6 days late, early (0), 10 days and counting; the photos are not a payment.
    expect(record.payment_promises).toBe(3);
    expect(record.payment_delay_days).toBeCloseTo(16 / 3);
  });

  it('recognises payment promises only on the client side', () => {
    expect(isPaymentPromise({ owner: 'client', action: 'pay the invoice', text: '' })).toBe(true);
    expect(
      isPaymentPromise({ owner: 'client', action: null, text: 'Le règlement sera fait à 30 jours.' }),
    ).toBe(true);
    expect(isPaymentPromise({ owner: 'me', action: 'send the invoice', text: '' })).toBe(false);
    expect(isPaymentPromise({ owner: 'client', action: 'send the logo files', text: '' })).toBe(false);
  });
});
