import { lazy, Suspense, useEffect, useState } from 'react';
import type { Situation } from '../../lib/analysis/types.ts';
import type { Thread } from '../../lib/mail/thread.ts';
import { sendFromPage } from '../../lib/messages/index.ts';
import { useI18n } from '../common/i18n.tsx';
import { useSettings } from '../common/use-settings.ts';
import { PromisesSection } from './promises-section.tsx';
import { ReadingReportButton } from './reading-report.tsx';
import { SignalsSection } from './signals-section.tsx';
import { Tabs } from './tabs.tsx';
import { ThreadView } from './thread-view.tsx';
import { useAnalysis } from './use-analysis.ts';

// The reply playbooks and the draft check load after the panel's first paint.
const ReplySection = lazy(() => import('./reply-section.tsx').then((m) => ({ default: m.ReplySection })));
const DraftSection = lazy(() => import('./draft-section.tsx').then((m) => ({ default: m.DraftSection })));

type TabKey = 'reply' | 'promises' | 'signals' | 'draft' | 'thread';

/** A readable thread: what Parole found in it, by tab. The suggested reply comes first. */
export function ThreadPanel({ thread, tabId }: { thread: Thread; tabId: number }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<TabKey>('reply');
  const [situation, setSituation] = useState<Situation | 'auto'>('auto');
  const settings = useSettings();
  const me = settings.addresses[0] ?? thread.account;
  const state = useAnalysis(thread, me);
  const analysis = state.status === 'done' ? state.analysis : null;
  // Marks for `npm run bench`: from a thread navigation to the reading, then the analysis, on screen.
  useEffect(() => {
    performance.mark('parole:thread-shown', { detail: { messages: thread.messages.length } });
  }, [thread]);
  useEffect(() => {
    if (analysis) performance.mark('parole:analysis-shown');
  }, [analysis]);

  const waiting =
    state.status === 'working' ? (
      <p className="empty" role="status" aria-busy="true">
        {t('analysis.working')}
      </p>
    ) : state.status === 'failed' ? (
      <p className="empty" role="alert">
        {t('analysis.failed', { reason: state.reason })}
      </p>
    ) : null;

  return (
    <>
      <h1 id="thread-subject" className="thread-subject">
        {thread.subject ?? '—'}
      </h1>
      <Tabs<TabKey>
        current={tab}
        onChange={setTab}
        tabs={[
          { key: 'reply', label: t('tabs.reply') },
          { key: 'promises', label: t('tabs.promises'), badge: analysis?.commitments.length ?? null },
          { key: 'signals', label: t('tabs.signals'), badge: analysis?.signals.length ?? null },
          { key: 'draft', label: t('tabs.draft') },
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
          (analysis ? <PromisesSection thread={thread} analysis={analysis} tabId={tabId} /> : waiting)}
        {tab === 'signals' &&
          (analysis ? (
            <SignalsSection
              analysis={analysis}
              onDraft={(s) => {
                setSituation(s);
                setTab('reply');
              }}
            />
          ) : (
            waiting
          ))}
        {tab === 'draft' && (
          <Suspense fallback={waiting}>
            <DraftSection tabId={tabId} lang={analysis?.language ?? 'en'} />
          </Suspense>
        )}
        {tab === 'reply' &&
          (analysis ? (
            <Suspense fallback={waiting}>
              <ReplySection
                thread={thread}
                analysis={analysis}
                settings={settings}
                tabId={tabId}
                requested={situation}
                onRequest={setSituation}
              />
            </Suspense>
          ) : (
            waiting
          ))}
      </Tabs>
    </>
  );
}
