import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openThreadTab } from '../../lib/background/ledger-watch.ts';
import { openPanelFor } from '../../lib/background/side-panel.ts';
import { providerOfUrl } from '../../lib/mail/hosts.ts';
import { paroleDb } from '../../lib/store/db.ts';
import { type StatusChange, setStatus } from '../../lib/store/ledger.ts';
import { type PopupItem, type PopupList, type PopupLists, popupLists } from '../../lib/store/popup.ts';
import { Brand } from '../common/brand.tsx';
import { useI18n } from '../common/i18n.tsx';
import { useLedgerWrite } from '../common/ledger-write.tsx';
import { useSettings } from '../common/use-settings.ts';
import { useTabState } from '../common/use-tab-state.ts';

interface ActiveTab {
  id: number;
  provider: 'gmail' | 'outlook' | null;
}

const LISTS = [
  { key: 'overdue', title: 'popup.overdue' },
  { key: 'due_today', title: 'popup.today' },
  { key: 'this_week', title: 'popup.week' },
  { key: 'later', title: 'popup.later' },
] as const;

/**
 * The toolbar popup: the active mail tab and a way into its panel, then the ledger — overdue, due
 * today, this week, later; mine and the clients' apart — each promise one click from its thread
 * or a new status. Live: a change in the panel or a notification shows here at once.
 */
export function PopupApp() {
  const { t } = useI18n();
  const settings = useSettings();
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id !== undefined) setTab({ id: active.id, provider: providerOfUrl(active.url) });
    });
  }, []);
  const state = useTabState(tab?.provider ? tab.id : null);
  const subject = state?.status === 'ready' ? state.thread.subject : null;
  const lists = useLiveQuery(
    () => popupLists(paroleDb(), new Date(), settings.time_zone),
    [settings.time_zone],
  );
  const pending = lists ? LISTS.reduce((n, { key }) => n + lists[key].total, 0) : 0;

  return (
    <main className="popup">
      <Brand motto={false}>
        <button
          type="button"
          className="link brand-link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popup.options')}
        </button>
      </Brand>
      <section aria-labelledby="active-tab">
        <h2 id="active-tab" className="section-title">
          {t('popup.activeTab')}
        </h2>
        {tab?.provider ? (
          <>
            <p data-testid="active-provider">
              <strong>{t(`provider.${tab.provider}`)}</strong>
              {subject && <> · {subject}</>}
            </p>
            <button
              type="button"
              className="primary"
              onClick={() => void openPanelFor(tab.id).then(() => window.close())}
            >
              {t('popup.openPanel')}
            </button>
          </>
        ) : (
          <p className="muted" data-testid="active-provider">
            {t('popup.notMail')}
          </p>
        )}
      </section>
      <section aria-labelledby="promises">
        <h2 id="promises" className="section-title">
          {t('popup.promises')}
        </h2>
        <dl className="counts">
          <div className={lists && lists.overdue.total > 0 ? 'late' : undefined}>
            <dt>{t('popup.overdue')}</dt>
            <dd data-testid="count-overdue">{lists?.overdue.total ?? 0}</dd>
          </div>
          <div>
            <dt>{t('popup.today')}</dt>
            <dd data-testid="count-today">{lists?.due_today.total ?? 0}</dd>
          </div>
          <div>
            <dt>{t('popup.week')}</dt>
            <dd data-testid="count-week">{lists?.this_week.total ?? 0}</dd>
          </div>
        </dl>
        {lists && pending === 0 && <p className="muted empty-line popup-empty">{t('popup.empty')}</p>}
        {lists &&
          LISTS.map(({ key, title }) =>
            lists[key].total === 0 ? null : (
              <PopupListView key={key} id={key} title={t(title)} list={lists[key]} lists={lists} />
            ),
          )}
      </section>
    </main>
  );
}

function PopupListView({
  id,
  title,
  list,
  lists,
}: {
  id: string;
  title: string;
  list: PopupList;
  lists: PopupLists;
}) {
  const { t } = useI18n();
  const shown = list.mine.length + list.theirs.length;
  return (
    <section className="popup-list" aria-labelledby={`list-${id}`} data-testid={`list-${id}`}>
      <h3 id={`list-${id}`} className="list-title">
        {title} <span className="count">{list.total}</span>
      </h3>
      {(
        [
          ['mine', 'popup.listMine'],
          ['theirs', 'popup.listTheirs'],
        ] as const
      ).map(([side, label]) =>
        list[side].length === 0 ? null : (
          <div key={side} className="side" data-testid={`${id}-${side}`}>
            <h4 className="side-title">{t(label)}</h4>
            <ul className="items">
              {list[side].map((item) => (
                <PopupRow key={item.promise.id} item={item} today={lists.today} />
              ))}
            </ul>
          </div>
        ),
      )}
      {list.total > shown && <p className="muted more">{t('popup.more', { n: list.total - shown })}</p>}
    </section>
  );
}

function shortDay(day: string, lang: 'en' | 'fr'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

function PopupRow({ item, today }: { item: PopupItem; today: string }) {
  const { t, lang } = useI18n();
  const settings = useSettings();
  const { promise } = item;
  const what = promise.action ?? promise.text;
  const url = promise.source.thread_url;
  const write = useLedgerWrite();
  const change = (next: StatusChange) =>
    write(() => setStatus(paroleDb(), promise.id, next, new Date(), settings.time_zone));
  return (
    <li className="item" data-testid="popup-item">
      <p className="item-what" title={promise.text} lang={promise.lang}>
        {what}
      </p>
      <p className="item-meta">
        <span>{item.client?.name ?? item.client?.key ?? t('popup.noClient')}</span>
        {' · '}
        <span className={item.days_late > 0 ? 'late-day' : undefined}>
          {item.day ? (item.day === today ? t('popup.today') : shortDay(item.day, lang)) : t('popup.noDay')}
          {item.days_late > 0 && <> ({t('popup.daysLate', { n: item.days_late })})</>}
        </span>
      </p>
      <div className="item-actions">
        {url && (
          <button type="button" className="small" onClick={() => void openThreadTab(url)}>
            {t('popup.openThread')}
          </button>
        )}
        <button type="button" className="small" onClick={() => void change({ status: 'kept' })}>
          {t('popup.kept')}
        </button>
        <button type="button" className="small" onClick={() => void change({ status: 'cancelled' })}>
          {t('ledger.cancel')}
        </button>
      </div>
    </li>
  );
}
