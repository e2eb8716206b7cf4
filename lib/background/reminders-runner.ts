import { formatDay, type Translate, translator, type UiLang, uiLangFor } from '../i18n/index.ts';
import type { ParoleDB } from '../store/db.ts';
import { overdueCount } from '../store/popup.ts';
import type { ClientRecord, PromiseRecord, Settings } from '../store/records.ts';
import { markReminderSent, type ReminderDue, remindersDue } from '../store/reminders.ts';
import { getSettings } from '../store/settings.ts';

/**
 * What the background does on each alarm tick: recount the badge, then show the day's reminders.
 * The browser calls (badge, notifications) are injected, so this runs under test with a fake
 * IndexedDB and a list of calls.
 */

export interface ReminderNotice {
  /** `parole:<promise id>:<kind>:<day>`: a click on it names its promise (`promiseIdOf`). */
  id: string;
  title: string;
  message: string;
}

export interface LedgerEffects {
  setBadge(count: number): Promise<void>;
  notify(notice: ReminderNotice): Promise<void>;
  /** The client's name or address, for "for whom". */
  clientOf(promise: PromiseRecord): Promise<ClientRecord | null>;
  /** The browser's language tag and time zone, used when the settings say `auto` / nothing yet. */
  browserLanguage: string;
  browserTimeZone: string;
}

const NOTICE_PREFIX = 'parole:';

export function noticeId(reminder: Pick<ReminderDue, 'kind' | 'day'> & { promise: { id: number } }): string {
  return `${NOTICE_PREFIX}${reminder.promise.id}:${reminder.kind}:${reminder.day}`;
}

/** The promise a notification speaks of, or null for a notification that is not Parole's. */
export function promiseIdOf(id: string): number | null {
  const m = /^parole:(\d+):/.exec(id);
  return m ? Number(m[1]) : null;
}

export function uiLangOf(settings: Settings, browserLanguage: string): UiLang {
  return settings.language === 'auto' ? uiLangFor(browserLanguage) : settings.language;
}

/**
 * A reminder says what (the action, else the sentence), for whom or from whom, and since when.
 * Text is the user's own ledger entry: shown to them, never logged.
 */
export function reminderNotice(
  reminder: ReminderDue,
  client: ClientRecord | null,
  t: Translate,
  lang: UiLang,
): ReminderNotice {
  const { promise, why } = reminder;
  const what = promise.action ?? promise.text;
  const who = client?.name ?? client?.key ?? null;
  const mine = promise.owner === 'me';
  const title =
    why.kind === 'due_morning'
      ? t(mine ? 'reminder.dueMine' : 'reminder.dueTheirs', { what })
      : t(mine ? 'reminder.lateMine' : 'reminder.lateTheirs', { what, n: why.days_late });
  const whom = who === null ? '' : t(mine ? 'reminder.for' : 'reminder.from', { who });
  const since = t(why.kind === 'due_morning' ? 'reminder.dueOn' : 'reminder.since', {
    day: formatDay(why.due, lang),
  });
  return { id: noticeId(reminder), title, message: [whom, since].filter(Boolean).join(' · ') };
}

export async function refreshBadge(db: ParoleDB, now: Date, effects: LedgerEffects): Promise<number> {
  const settings = await getSettings(db, effects.browserTimeZone);
  const count = await overdueCount(db, now, settings.time_zone);
  await effects.setBadge(count);
  return count;
}

/** Shows every reminder due now, once: each is marked sent right after it is shown. */
export async function runReminders(db: ParoleDB, now: Date, effects: LedgerEffects): Promise<number> {
  const settings = await getSettings(db, effects.browserTimeZone);
  const lang = uiLangOf(settings, effects.browserLanguage);
  const t = translator(lang);
  const due = await remindersDue(db, now, settings);
  for (const reminder of due) {
    await effects.notify(reminderNotice(reminder, await effects.clientOf(reminder.promise), t, lang));
    await markReminderSent(db, reminder, now);
  }
  return due.length;
}
