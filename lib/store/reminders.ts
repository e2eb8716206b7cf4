import { addDays, daysBetween, isoWeekday, todayIn, wallClock } from './day.ts';
import type { ParoleDB } from './db.ts';
import { PromiseNotFoundError } from './ledger.ts';
import { overduePromises, pendingDueOn } from './popup.ts';
import type { PromiseRecord, ReminderKind, Settings } from './records.ts';

/**
 * Which notifications are due now. The background's alarm calls `remindersDue`, shows one
 * notification per entry (its `why` says why), then `markReminderSent`, so an alarm firing
 * twice, or a browser restarting, never repeats a reminder the same day.
 *
 * - `due_morning`: on the due day, from the morning reminder time, whatever the weekday (a day
 *   promised is a day promised).
 * - `overdue`: once a day from the overdue reminder time, on working days only: a late promise
 *   can wait for Monday rather than ping the freelancer on a Sunday.
 * Kept and cancelled promises get none; a snoozed promise gets none before its snooze ends.
 */

export interface ReminderDue {
  promise: PromiseRecord;
  kind: ReminderKind;
  /** The user's local day this reminder belongs to. */
  day: string;
  why: { kind: ReminderKind; owner: PromiseRecord['owner']; due: string; days_late: number };
}

export async function remindersDue(db: ParoleDB, now: Date, settings: Settings): Promise<ReminderDue[]> {
  const { day: today, time } = wallClock(now, settings.time_zone);
  return db.transaction('r', db.promises, db.reminders, async () => {
    const wanted: Array<{ promise: PromiseRecord; kind: ReminderKind }> = [];
    if (time >= settings.reminder_times.due_morning) {
      for (const promise of await pendingDueOn(db, today)) wanted.push({ promise, kind: 'due_morning' });
    }
    if (time >= settings.reminder_times.overdue && settings.working_days.includes(isoWeekday(today))) {
      for (const promise of await overduePromises(db, today)) wanted.push({ promise, kind: 'overdue' });
    }
    const awake = wanted.filter(
      ({ promise }) => promise.snoozed_until === null || promise.snoozed_until <= today,
    );
    const sent = await db.reminders.bulkGet(awake.map(({ promise, kind }) => [promise.id, kind, today]));
    return awake
      .filter((_, i) => sent[i] === undefined)
      .map(({ promise, kind }) => {
        const due = promise.due ?? today;
        return {
          promise,
          kind,
          day: today,
          why: { kind, owner: promise.owner, due, days_late: Math.max(0, daysBetween(due, today)) },
        };
      });
  });
}

export async function markReminderSent(
  db: ParoleDB,
  reminder: Pick<ReminderDue, 'kind' | 'day'> & { promise: Pick<PromiseRecord, 'id'> },
  now: Date,
): Promise<void> {
  await db.reminders.put({
    promise_id: reminder.promise.id,
    kind: reminder.kind,
    day: reminder.day,
    sent_at: now.toISOString(),
  });
}

/** Silences a promise's reminders until tomorrow in the user's time zone. */
export async function snooze(db: ParoleDB, id: number, now: Date, timeZone: string): Promise<void> {
  const tomorrow = addDays(todayIn(timeZone, now), 1);
  const changed = await db.promises.update(id, { snoozed_until: tomorrow, updated_at: now.toISOString() });
  if (changed === 0) throw new PromiseNotFoundError(id);
}
