import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openPanelFor } from '../../lib/background/side-panel.ts';
import { providerOfUrl } from '../../lib/mail/hosts.ts';
import { useI18n } from '../shared/i18n.tsx';
import { useTabState } from '../shared/use-tab-state.ts';

interface ActiveTab {
  id: number;
  provider: 'gmail' | 'outlook' | null;
}

/** The toolbar popup: the active mail tab, a way into its panel, and the promise counts. */
export function PopupApp() {
  const { t } = useI18n();
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id !== undefined) setTab({ id: active.id, provider: providerOfUrl(active.url) });
    });
  }, []);
  const state = useTabState(tab?.provider ? tab.id : null);
  const subject = state?.status === 'ready' ? state.thread.subject : null;

  return (
    <main className="popup">
      <header className="brand">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span className="brand-name">{t('appName')}</span>
      </header>
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
          <div>
            <dt>{t('popup.overdue')}</dt>
            <dd data-testid="count-overdue">0</dd>
          </div>
          <div>
            <dt>{t('popup.today')}</dt>
            <dd data-testid="count-today">0</dd>
          </div>
          <div>
            <dt>{t('popup.week')}</dt>
            <dd data-testid="count-week">0</dd>
          </div>
        </dl>
      </section>
    </main>
  );
}
