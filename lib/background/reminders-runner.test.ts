import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/index.ts';
import { saveSettings } from '../store/settings.ts';
import { freshDb, promiseRecord } from '../store/test-support.ts';
import {
  type LedgerEffects,
  noticeId,
  promiseIdOf,
  type ReminderNotice,
  refreshBadge,
  reminderNotice,
  runReminders,
} from './reminders-runner.ts';
import { route } from './router.ts';

// Wednesday 25 November 2026, 09:30 in Paris.
const NOW = new Date('2026-11-25T09:30:00+01:00');
const PAUL = {
  key: 'paul@maison-durand.example',
  name: 'Paul Durand',
  first_seen: '2026-11-01T09:00:00.000Z',
};

function effects(): LedgerEffects & { notices: ReminderNotice[]; badge: number[] } {
  const notices: ReminderNotice[] = [];
  const badge: number[] = [];
  return {
    notices,
    badge,
    setBadge: async (n) => void badge.push(n),
    notify: async (notice) => void notices.push(notice),
    clientOf: async (p) => (p.client_key === PAUL.key ? PAUL : null),
    browserLanguage: 'en-GB',
    browserTimeZone: 'Europe/Paris',
  };
}

async function ledger() {
  const db = freshDb();
  await saveSettings(db, { time_zone: 'Europe/Paris' }, 'Europe/Paris');
  const late = await db.promises.add(
    promiseRecord(1, { due: '2026-11-20', action: 'send the V2', client_key: PAUL.key }),
  );
  const today = await db.promises.add(
    promiseRecord(2, { owner: 'client', due: '2026-11-25', action: 'pay the deposit', client_key: PAUL.key }),
  );
  await db.promises.add(promiseRecord(3, { due: '2026-11-19', status: 'kept', kept_on: '2026-11-19' }));
  await db.promises.add(promiseRecord(4, { due: '2026-11-18', status: 'cancelled' }));
  return { db, late, today };
}

describe('reminders runner', () => {
  it('counts only pending promises past their day onto the badge', async () => {
    const { db } = await ledger();
    const fx = effects();
    expect(await refreshBadge(db, NOW, fx)).toBe(1);
    expect(fx.badge).toEqual([1]);
  });

  it('shows each due reminder once, none for kept or cancelled promises', async () => {
    const { db, late, today } = await ledger();
    const fx = effects();
    expect(await runReminders(db, NOW, fx)).toBe(2);
    expect(fx.notices.map((n) => promiseIdOf(n.id)).sort()).toEqual([late, today].sort());
    expect(await runReminders(db, NOW, fx)).toBe(0);
    expect(fx.notices).toHaveLength(2);
  });

  it('says what, for whom and since when, in the chosen language', async () => {
    const { db, late } = await ledger();
    await saveSettings(db, { language: 'fr' }, 'Europe/Paris');
    const fx = effects();
    await runReminders(db, NOW, fx);
    const notice = fx.notices.find((n) => promiseIdOf(n.id) === late);
    expect(notice?.title).toBe('5\u00a0jours de retard\u00a0: send the V2');
    expect(notice?.message).toBe('pour Paul Durand · prévu depuis vendredi 20 novembre');
  });

  it("words the client's promise due today as awaited from them", () => {
    const promise = { ...promiseRecord(2, { owner: 'client', action: 'pay the deposit' }), id: 9 };
    const notice = reminderNotice(
      {
        promise,
        kind: 'due_morning',
        day: '2026-11-25',
        why: { kind: 'due_morning', owner: 'client', due: '2026-11-25', days_late: 0 },
      },
      PAUL,
      translator('en'),
      'en',
    );
    expect(notice).toEqual({
      id: 'parole:9:due_morning:2026-11-25',
      title: 'Expected today: pay the deposit',
      message: 'from Paul Durand · due Wednesday 25 November',
    });
  });

  it("reads a notification's promise back, and ignores other notifications", () => {
    expect(promiseIdOf(noticeId({ promise: { id: 42 }, kind: 'overdue', day: '2026-11-25' }))).toBe(42);
    expect(promiseIdOf('someone-else:42')).toBeNull();
  });

  it('recounts the badge when a page announces a ledger change', async () => {
    const ledgerChanged = vi.fn(async () => {});
    const none = vi.fn();
    const answer = await route({ type: 'ledger:changed' }, undefined, {
      saveTabState: none,
      saveDraft: none,
      openPanel: none,
      sendToTab: none,
      ledgerChanged,
    });
    expect(answer).toEqual({ ok: true, detail: 'recounted' });
    expect(ledgerChanged).toHaveBeenCalledOnce();
    expect(none).not.toHaveBeenCalled();
  });
});
