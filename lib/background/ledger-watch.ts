import { browser } from 'wxt/browser';
import { translator } from '../i18n/index.ts';
import { paroleDb } from '../store/db.ts';
import { getClient, getPromise, setStatus } from '../store/ledger.ts';
import { snooze } from '../store/reminders.ts';
import { getSettings } from '../store/settings.ts';
import { type LedgerEffects, promiseIdOf, refreshBadge, runReminders, uiLangOf } from './reminders-runner.ts';

/**
 * The background's side of the ledger: the badge (overdue count) and the reminders. One alarm
 * ticks every minute — the badge changes at midnight and reminders fire at the minute set in the
 * options — and pages announce their writes (`ledger:changed`) so the badge follows at once.
 * Notification buttons: "Mark kept" and "Snooze a day"; a click on the notification opens the thread.
 */

const ALARM = 'parole:ledger';

/** MV3 `action`, MV2 (Firefox) `browserAction`. */
function badgeApi() {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return api.action ?? api.browserAction;
}

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const effects: LedgerEffects = {
  async setBadge(count) {
    const api = badgeApi();
    if (!api) return;
    await api.setBadgeBackgroundColor({ color: '#a32020' });
    await api.setBadgeText({ text: count > 0 ? String(count) : '' });
  },
  async notify(notice) {
    const settings = await getSettings(paroleDb(), browserTimeZone());
    const t = translator(uiLangOf(settings, navigator.language));
    const base = {
      type: 'basic' as const,
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
    };
    try {
      await browser.notifications.create(notice.id, {
        ...base,
        buttons: [{ title: t('reminder.markKept') }, { title: t('reminder.snooze') }],
      });
    } catch {
      // Firefox has no notification buttons: the notification still opens its thread.
      await browser.notifications.create(notice.id, base);
    }
  },
  async clientOf(promise) {
    return promise.client_key === null ? null : getClient(paroleDb(), promise.client_key);
  },
  browserLanguage: typeof navigator === 'undefined' ? 'en' : navigator.language,
  browserTimeZone: browserTimeZone(),
};

/** Recounts the overdue promises onto the toolbar badge. */
export async function recountBadge(): Promise<void> {
  await refreshBadge(paroleDb(), new Date(), effects);
}

async function tick(): Promise<void> {
  await recountBadge();
  await runReminders(paroleDb(), new Date(), effects);
}

/**
 * Brings the thread's webmail tab to the front, or opens it: a tab already showing that exact
 * address is reused rather than opening a second Gmail.
 */
export async function openThreadTab(url: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => tab.url === url);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

async function onNotificationClicked(id: string): Promise<void> {
  const promiseId = promiseIdOf(id);
  if (promiseId === null) return;
  await browser.notifications.clear(id);
  const promise = await getPromise(paroleDb(), promiseId);
  if (promise?.source.thread_url) await openThreadTab(promise.source.thread_url);
}

async function onButtonClicked(id: string, button: number): Promise<void> {
  const promiseId = promiseIdOf(id);
  if (promiseId === null) return;
  const db = paroleDb();
  const { time_zone } = await getSettings(db, browserTimeZone());
  if (button === 0) await setStatus(db, promiseId, { status: 'kept' }, new Date(), time_zone);
  else await snooze(db, promiseId, new Date(), time_zone);
  await browser.notifications.clear(id);
  await recountBadge();
}

/** Wires the alarm and notification listeners; called once when the background starts. */
export function watchLedger(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void tick();
  });
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: 1 });
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  browser.notifications.onButtonClicked?.addListener((id, button) => void onButtonClicked(id, button));
  void tick();
}
