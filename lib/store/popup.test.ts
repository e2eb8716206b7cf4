import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { overdueCount, popupLists } from './popup.ts';
import { freshDb, promiseRecord } from './test-support.ts';

// Wednesday 25 November 2026, 10:00 in Paris.
const now = new Date('2026-11-25T09:00:00Z');
const zone = 'Europe/Paris';

async function filled() {
  const db = freshDb();
  await db.clients.add({ key: 'client1@example.com', name: 'Paul', first_seen: '2026-11-01T09:00:00.000Z' });
  const rows: Array<[string, Parameters<typeof promiseRecord>[1]]> = [
    ['mine overdue', { due: '2026-11-20' }],
    ['theirs overdue renegotiated', { owner: 'client', due: '2026-11-24', status: 'renegotiated' }],
    ['mine today', { due: '2026-11-25' }],
    ['theirs today', { owner: 'client', due: '2026-11-25' }],
    ['mine this week', { due: '2026-11-29' }],
    ['third party this week', { owner: 'third_party', due: '2026-11-26' }],
    ['mine next week', { due: '2026-11-30' }],
    ['mine undated', { due: null }],
    ['kept overdue', { due: '2026-11-20', status: 'kept', kept_on: '2026-11-20' }],
    ['cancelled today', { due: '2026-11-25', status: 'cancelled' }],
  ];
  const ids = new Map<string, number>();
  for (const [i, [label, overrides]] of rows.entries()) {
    ids.set(label, await db.promises.add(promiseRecord(i + 1, { text: label, ...overrides })));
  }
  return { db, ids };
}

const texts = (items: Array<{ promise: { text: string } }>) => items.map((i) => i.promise.text);

describe('popup lists', () => {
  it('splits pending promises by day and by side, leaving kept and cancelled out', async () => {
    const { db } = await filled();
    const lists = await popupLists(db, now, zone);
    expect(lists.today).toBe('2026-11-25');
    expect(texts(lists.overdue.mine)).toEqual(['mine overdue']);
    expect(texts(lists.overdue.theirs)).toEqual(['theirs overdue renegotiated']);
    expect(texts(lists.due_today.mine)).toEqual(['mine today']);
    expect(texts(lists.due_today.theirs)).toEqual(['theirs today']);
    expect(texts(lists.this_week.mine)).toEqual(['mine this week']);
    expect(texts(lists.this_week.theirs)).toEqual(['third party this week']);
    expect(texts(lists.later.mine)).toEqual(['mine next week', 'mine undated']);
    expect(lists.later.theirs).toEqual([]);
    expect([lists.overdue.total, lists.due_today.total, lists.this_week.total, lists.later.total]).toEqual([
      2, 2, 2, 2,
    ]);
  });

  it('caps each list and still counts it whole', async () => {
    const { db } = await filled();
    const lists = await popupLists(db, now, zone, 1);
    expect(texts(lists.overdue.mine)).toEqual(['mine overdue']);
    expect(lists.overdue.theirs).toEqual([]);
    expect(lists.overdue.total).toBe(2);
    expect(texts(lists.later.mine)).toEqual(['mine next week']);
    expect(lists.later.total).toBe(2);
    const undatedOnly = await popupLists(db, new Date('2026-12-20T09:00:00Z'), zone, 5);
    expect(texts(undatedOnly.later.mine)).toEqual(['mine undated']);
  });

  it('gives each item its client, day and days late', async () => {
    const { db } = await filled();
    const [item] = (await popupLists(db, now, zone)).overdue.mine;
    expect(item?.day).toBe('2026-11-20');
    expect(item?.days_late).toBe(5);
    expect(item?.client).toEqual({
      key: 'client1@example.com',
      name: 'Paul',
      first_seen: '2026-11-01T09:00:00.000Z',
    });
  });

  it('moves with the user time zone: late evening in Paris is still the 25th in Montréal', async () => {
    const { db } = await filled();
    const evening = new Date('2026-11-25T23:30:00Z');
    expect(texts((await popupLists(db, evening, 'Europe/Paris')).overdue.mine)).toEqual([
      'mine overdue',
      'mine today',
    ]);
    expect(texts((await popupLists(db, evening, 'America/Montreal')).overdue.mine)).toEqual(['mine overdue']);
  });

  it('counts overdue promises for the badge, both sides', async () => {
    const { db, ids } = await filled();
    expect(await overdueCount(db, now, zone)).toBe(2);
    await db.promises.update(ids.get('mine overdue') ?? 0, { status: 'kept' });
    expect(await overdueCount(db, now, zone)).toBe(1);
    expect(await overdueCount(db, new Date('2026-12-01T09:00:00Z'), zone)).toBe(6);
  });
});
