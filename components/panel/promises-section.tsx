import { browser } from 'wxt/browser';
import type { Analysis, Commitment, Owner } from '../../lib/analysis/types.ts';
import { formatDay } from '../../lib/i18n/index.ts';
import type { Thread } from '../../lib/mail/thread.ts';
import type { PromiseRecord } from '../../lib/store/records.ts';
import { CopyButton, InsertButton } from '../common/action-buttons.tsx';
import { useI18n } from '../common/i18n.tsx';
import {
  ClientRecordBlock,
  DeliveredHints,
  LedgerControls,
  LedgerEditor,
  LogAllButton,
  loggedFor,
  useLogged,
} from './ledger-controls.tsx';

const GROUPS: Array<{ owner: Owner; title: 'promises.mine' | 'promises.client' | 'promises.third' }> = [
  { owner: 'me', title: 'promises.mine' },
  { owner: 'client', title: 'promises.client' },
  { owner: 'third_party', title: 'promises.third' },
];

/**
 * Every commitment of the thread, mine and the client's apart, with why a vague one is vague,
 * and the ledger: log them, follow them, the client's record.
 */
export function PromisesSection({
  thread,
  analysis,
  tabId,
}: {
  thread: Thread;
  analysis: Analysis;
  tabId: number;
}) {
  const { t } = useI18n();
  const logged = useLogged(thread, analysis.commitments);
  return (
    <section aria-label={t('tabs.promises')}>
      {analysis.commitments.length === 0 && <p className="muted empty-line">{t('promises.none')}</p>}
      <LogAllButton thread={thread} analysis={analysis} logged={logged} />
      <DeliveredHints thread={thread} analysis={analysis} />
      {GROUPS.map(({ owner, title }) => {
        const items = analysis.commitments.filter((c) => c.owner === owner);
        if (items.length === 0 && owner === 'third_party') return null;
        return (
          <div key={owner} className="group" data-testid={`promises-${owner}`}>
            <h2 className="section-title">
              {t(title)} <span className="count">{items.length}</span>
            </h2>
            {items.length === 0 ? (
              <p className="muted empty-line">{t('promises.noneGroup')}</p>
            ) : (
              <ul className="cards">
                {items.map((c) => (
                  <CommitmentCard
                    key={`${c.message_index}:${c.text}`}
                    commitment={c}
                    tabId={tabId}
                    thread={thread}
                    analysis={analysis}
                    record={loggedFor(logged, thread, c)}
                  />
                ))}
              </ul>
            )}
          </div>
        );
      })}
      <h2 className="section-title">{t('promises.requests')}</h2>
      {analysis.requests.length === 0 ? (
        <p className="muted empty-line">{t('promises.noRequests')}</p>
      ) : (
        <ul className="cards" data-testid="requests">
          {analysis.requests.map((r) => (
            <li key={`${r.message_index}:${r.text}`} className="card">
              <q className="quote">{r.text}</q>
            </li>
          ))}
        </ul>
      )}
      <ClientRecordBlock clientEmail={analysis.client?.email ?? null} />
      <p className="ledger-footer">
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('ledger.options')}
        </button>
      </p>
    </section>
  );
}

function CommitmentCard({
  commitment: c,
  tabId,
  thread,
  analysis,
  record,
}: {
  commitment: Commitment;
  tabId: number;
  thread: Thread;
  analysis: Analysis;
  record: PromiseRecord | undefined;
}) {
  const { t, lang } = useI18n();
  // Once logged, the ledger's day wins: the user may have corrected or renegotiated it.
  const due = record ? record.due : c.due;
  return (
    <li className={c.vague ? 'card vague' : 'card'} data-testid="commitment">
      <q className="quote" lang={c.lang}>
        {c.text}
      </q>
      <div className="meta">
        <span className={due ? 'due' : 'due none'}>
          {due ? t('promises.due', { day: formatDay(due, lang) }) : t('promises.noDue')}
        </span>
        <span className={c.vague ? 'badge warn' : 'badge ok'}>
          {c.vague ? t('promises.vague') : t('promises.concrete')}
        </span>
        <LedgerControls thread={thread} analysis={analysis} commitment={c} record={record} />
      </div>
      {record && <LedgerEditor record={record} />}
      {c.vague && (
        <details className="why">
          <summary>{t('promises.why')}</summary>
          <ul>
            {c.vague_reasons.map((r) => (
              <li key={r}>{t(`reason.${r}`)}</li>
            ))}
          </ul>
          {c.rules.length > 0 && (
            <p className="rules">
              {t('promises.rule')}:{' '}
              {c.rules.map((id) => (
                <code key={id}>{id}</code>
              ))}
            </p>
          )}
        </details>
      )}
      {c.rewrite && (
        <div className="rewrite" data-testid="rewrite">
          <p className="rewrite-label">
            {c.owner === 'me' ? t('promises.rewriteMine') : t('promises.rewriteClient')}
          </p>
          <p className="rewrite-text" lang={c.lang}>
            {c.rewrite}
          </p>
          <div className="actions">
            <CopyButton text={c.rewrite} />
            <InsertButton tabId={tabId} text={c.rewrite} />
          </div>
        </div>
      )}
    </li>
  );
}
