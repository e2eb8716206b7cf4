import { sendFromPage } from '../../lib/messages/index.ts';
import { Brand } from '../common/brand.tsx';
import { useI18n } from '../common/i18n.tsx';
import { usePanelTabId, useTabState } from '../common/use-tab-state.ts';
import { ThreadPanel } from './thread-panel.tsx';

/** The side panel: what Parole read in its tab, or plainly why it could not. */
export function PanelApp() {
  const { t } = useI18n();
  const tabId = usePanelTabId();
  const state = useTabState(tabId);
  const reread = () => tabId !== null && void sendFromPage({ type: 'thread:reread', tabId });

  let body: React.ReactNode;
  if (tabId === null || state === null) {
    body = (
      <div className="empty" role="status">
        <p>{tabId === null ? t('panel.noTab') : t('panel.none')}</p>
        {tabId !== null && <p className="muted">{t('panel.noneHint')}</p>}
      </div>
    );
  } else if (state === undefined || state.status === 'reading') {
    body = (
      <p className="empty" role="status" aria-busy="true">
        {t('panel.reading')}
      </p>
    );
  } else if (state.status === 'none') {
    body = (
      <div className="empty" role="status">
        <p>{t('panel.none')}</p>
        <p className="muted">{t('panel.noneHint')}</p>
      </div>
    );
  } else if (state.status === 'unreadable') {
    body = (
      <div className="unreadable" role="alert" data-testid="unreadable">
        <h1>{t('panel.unreadable')}</h1>
        <p>{state.failure.reason}</p>
        {state.failure.tried.length > 0 && (
          <>
            <p className="muted">{t('panel.unreadableHint')}</p>
            <ul className="tried">
              {state.failure.tried.map((s) => (
                <li key={s}>
                  <code>{s}</code>
                </li>
              ))}
            </ul>
          </>
        )}
        <button type="button" onClick={reread}>
          {t('panel.reread')}
        </button>
      </div>
    );
  } else {
    body = <ThreadPanel thread={state.thread} tabId={tabId} />;
  }

  return (
    <main className="panel">
      <Brand />
      {body}
    </main>
  );
}
