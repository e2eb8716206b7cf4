import type { ReactNode } from 'react';
import type { Analysis, Commitment, Owner } from '../../lib/analysis/types.ts';
import { formatDay } from '../../lib/i18n/index.ts';
import type { Thread } from '../../lib/mail/thread.ts';
import { CopyButton, InsertButton } from '../shared/action-buttons.tsx';
import { useI18n } from '../shared/i18n.tsx';

const GROUPS: Array<{ owner: Owner; title: 'promises.mine' | 'promises.client' | 'promises.third' }> = [
  { owner: 'me', title: 'promises.mine' },
  { owner: 'client', title: 'promises.client' },
  { owner: 'third_party', title: 'promises.third' },
];

/** Every commitment of the thread, mine and the client's apart, with why a vague one is vague. */
export function PromisesSection({
  thread: _thread,
  analysis,
  tabId,
  renderLog,
}: {
  thread: Thread;
  analysis: Analysis;
  tabId: number;
  /** The ledger's controls for one commitment (log, status), when the ledger is available. */
  renderLog?: (c: Commitment) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section aria-label={t('tabs.promises')}>
      {analysis.commitments.length === 0 && <p className="muted empty-line">{t('promises.none')}</p>}
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
                    log={renderLog?.(c)}
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
    </section>
  );
}

function CommitmentCard({
  commitment: c,
  tabId,
  log,
}: {
  commitment: Commitment;
  tabId: number;
  log: ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <li className={c.vague ? 'card vague' : 'card'} data-testid="commitment">
      <q className="quote" lang={c.lang}>
        {c.text}
      </q>
      <div className="meta">
        <span className={c.due ? 'due' : 'due none'}>
          {c.due ? t('promises.due', { day: formatDay(c.due, lang) }) : t('promises.noDue')}
        </span>
        <span className={c.vague ? 'badge warn' : 'badge ok'}>
          {c.vague ? t('promises.vague') : t('promises.concrete')}
        </span>
        {log}
      </div>
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
