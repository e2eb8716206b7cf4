import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from './records.ts';
import { markReminderSent, remindersDue, snooze } from './reminders.ts';
import { freshDb, promiseRecord } from './test-support.ts';

const settings = {
  ...defaultSettings('Europe/Paris'),
  reminder_times: { due_morning: '08:30', overdue: '09:00' },
};

async function filled() {
  const db = freshDb();
  const today = await db.promises.add(promiseRecord(1, { due: '2026-11-25' }));
  const late = await db.promises.add(promiseRecord(2, { owner: 'client', due: '2026-11-20' }));
  await db.promises.add(promiseRecord(3, { due: '2026-11-25', status: 'kept', kept_on: '2026-11-24' }));
  await db.promises.add(promiseRecord(4, { due: '2026-11-20', status: 'cancelled' }));
  await db.promises.add(promiseRecord(5, { due: '2026-11-26' }));
  return { db, today, late };
}

// Wednesday 25 November 2026 in Paris (UTC+1).
const at = (time: string) => new Date(`2026-11-25T${time}:00+01:00`);

describe('reminders', () => {
  it('waits for each reminder time in the user time zone', async () => {
    const { db, today, late } = await filled();
    expect(await remindersDue(db, at('08:00'), settings)).toEqual([]);
    const morning = await remindersDue(db, at('08:45'), settings);
    expect(morning.map((r) => [r.promise.id, r.kind])).toEqual([[today, 'due_morning']]);
    const nine = await remindersDue(db, at('09:10'), settings);
    expect(nine.map((r) => [r.promise.id, r.kind])).toEqual([
      [today, 'due_morning'],
      [late, 'overdue'],
    ]);
    expect(nine[1]?.why).toEqual({ kind: 'overdue', owner: 'client', due: '2026-11-20', days_late: 5 });
  });

  it('sends each reminder once a day, and again the next working day for what is late by then', async () => {
    const { db, today, late } = await filled();
    for (const reminder of await remindersDue(db, at('09:10'), settings)) {
      await markReminderSent(db, reminder, at('09:10'));
    }
    expect(await remindersDue(db, at('17:00'), settings)).toEqual([]);
    const thursday = await remindersDue(db, new Date('2026-11-26T09:30:00+01:00'), settings);
    expect(thursday.map((r) => [r.promise.id, r.kind])).toEqual([
      [5, 'due_morning'],
      [late, 'overdue'],
      [today, 'overdue'],
    ]);
  });

  it('sends no overdue reminder on a day off, but still the due-day one', async () => {
    const db = freshDb();
    await db.promises.add(promiseRecord(1, { due: '2026-11-20' }));
    const sat = await db.promises.add(promiseRecord(2, { due: '2026-11-28' }));
    const saturday = await remindersDue(db, new Date('2026-11-28T10:00:00+01:00'), settings);
    expect(saturday.map((r) => [r.promise.id, r.kind])).toEqual([[sat, 'due_morning']]);
  });

  it('snoozes a promise until tomorrow', async () => {
    const { db, late } = await filled();
    await snooze(db, late, at('09:10'), 'Europe/Paris');
    expect((await remindersDue(db, at('09:15'), settings)).map((r) => r.promise.id)).not.toContain(late);
    const thursday = await remindersDue(db, new Date('2026-11-26T09:30:00+01:00'), settings);
    expect(thursday.map((r) => r.promise.id)).toContain(late);
  });
});
