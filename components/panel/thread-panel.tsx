import { useEffect, useState } from 'react';
import type { Thread } from '../../lib/mail/thread.ts';
import { sendFromPage } from '../../lib/messages/index.ts';
import { useI18n } from '../shared/i18n.tsx';
import { PromisesSection } from './promises-section.tsx';
import { ReadingReportButton } from './reading-report.tsx';
import { Tabs } from './tabs.tsx';
import { ThreadView } from './thread-view.tsx';
import { useAnalysis } from './use-analysis.ts';

type TabKey = 'promises' | 'thread';

/** A readable thread: what Parole found in it, by tab. */
export function ThreadPanel({ thread, tabId }: { thread: Thread; tabId: number }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<TabKey>('promises');
  const state = useAnalysis(thread, thread.account);
  const analysis = state.status === 'done' ? state.analysis : null;
  // Marks for `npm run bench`: from a thread navigation to the reading, then the analysis, on screen.
  useEffect(() => {
    performance.mark('parole:thread-shown');
  }, [thread]);
  useEffect(() => {
    if (analysis) performance.mark('parole:analysis-shown');
  }, [analysis]);

  return (
    <>
      <h1 id="thread-subject" className="thread-subject">
        {thread.subject ?? '—'}
      </h1>
      <Tabs<TabKey>
        current={tab}
        onChange={setTab}
        tabs={[
          { key: 'promises', label: t('tabs.promises'), badge: analysis?.commitments.length ?? null },
          { key: 'thread', label: t('tabs.thread'), badge: thread.messages.length },
        ]}
      >
        {tab === 'thread' && (
          <>
            <div className="toolbar">
              <button type="button" onClick={() => void sendFromPage({ type: 'thread:expand-all', tabId })}>
                {t('thread.expandAll')}
              </button>
              <ReadingReportButton tabId={tabId} thread={thread} />
            </div>
            <ThreadView thread={thread} />
          </>
        )}
        {tab === 'promises' &&
          (state.status === 'working' ? (
            <p className="empty" role="status" aria-busy="true">
              {t('analysis.working')}
            </p>
          ) : state.status === 'failed' ? (
            <p className="empty" role="alert">
              {t('analysis.failed', { reason: state.reason })}
            </p>
          ) : (
            <PromisesSection analysis={state.analysis} tabId={tabId} />
          ))}
      </Tabs>
    </>
  );
}
