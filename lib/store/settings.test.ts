import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from './records.ts';
import { getSettings, saveSettings } from './settings.ts';
import { freshDb } from './test-support.ts';

describe('settings', () => {
  it('starts from the defaults with the zone the caller gives', async () => {
    expect(await getSettings(freshDb(), 'America/Montreal')).toEqual(defaultSettings('America/Montreal'));
  });

  it('merges and keeps what was saved, whatever zone is offered later', async () => {
    const db = freshDb();
    await saveSettings(db, { my_name: 'Léa', time_zone: 'Europe/Paris', default_register: 'tu' }, 'UTC');
    const settings = await getSettings(db, 'Asia/Tokyo');
    expect(settings).toMatchObject({
      my_name: 'Léa',
      time_zone: 'Europe/Paris',
      default_register: 'tu',
      country: 'FR',
    });
  });

  it('refuses invalid values and writes nothing', async () => {
    const db = freshDb();
    await expect(saveSettings(db, { time_zone: 'Nowhere/Land' }, 'UTC')).rejects.toThrow(/IANA/);
    await expect(
      saveSettings(db, { reminder_times: { due_morning: '25:00', overdue: '09:00' } }, 'UTC'),
    ).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });

  it('completes a row saved by an older release with the defaults', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'settings', my_name: 'Léa' } as never);
    expect(await getSettings(db, 'UTC')).toEqual({ ...defaultSettings('UTC'), my_name: 'Léa' });
  });
});
