import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { Analysis, Commitment, Owner } from '../../lib/analysis/types.ts';
import { formatDay } from '../../lib/i18n/index.ts';
import type { Thread } from '../../lib/mail/thread.ts';
import { clientRecord } from '../../lib/store/client-record.ts';
import { paroleDb } from '../../lib/store/db.ts';
import { type DeliveryHint, deliveredHints } from '../../lib/store/delivered-hints.ts';
import { normaliseEmail } from '../../lib/store/keys.ts';
import {
  commitmentKey,
  editPromise,
  logAll,
  promisesByKeys,
  type StatusChange,
  setStatus,
  type ThreadRef,
} from '../../lib/store/ledger.ts';
import type { PromiseRecord } from '../../lib/store/records.ts';
import { displayStatus, isPending } from '../../lib/store/status.ts';
import { useI18n } from '../common/i18n.tsx';
import { useLedgerWrite } from '../common/ledger-write.tsx';
import { useSettings } from '../common/use-settings.ts';

/**
 * The panel's side of the promise ledger: log one commitment or all of a thread's, then follow
 * each logged promise (kept, cancelled, a new day, corrections), the suggestions that a later
 * message delivered one, and the client's record. Reads are live (`useLiveQuery`): a change made
 * in the popup, a notification or another window shows here at once.
 */

function threadRef(thread: Thread): ThreadRef {
  return {
    provider: thread.provider,
    thread_id: thread.thread_id,
    thread_url: thread.url ?? null,
    subject: thread.subject,
  };
}

/** The logged promise of each commitment of the thread, by dedupe key (live). */
export function useLogged(thread: Thread, commitments: Commitment[]): Map<string, PromiseRecord> {
  const ref = threadRef(thread);
  const keys = commitments.map((c) => commitmentKey(c, ref));
  const records = useLiveQuery(() => promisesByKeys(paroleDb(), keys), [keys.join('\n')], []);
  return new Map(records.map((r) => [r.dedupe_key, r]));
}

export function loggedFor(
  logged: Map<string, PromiseRecord>,
  thread: Thread,
  c: Commitment,
): PromiseRecord | undefined {
  return logged.get(commitmentKey(c, threadRef(thread)));
}

/** "Log all (n)": every commitment of the thread in one click; the store skips those already there. */
export function LogAllButton({
  thread,
  analysis,
  logged,
}: {
  thread: Thread;
  analysis: Analysis;
  logged: Map<string, PromiseRecord>;
}) {
  const { t } = useI18n();
  const write = useLedgerWrite();
  const missing = analysis.commitments.filter((c) => !loggedFor(logged, thread, c));
  if (analysis.commitments.length === 0) return null;
  if (missing.length === 0) {
    return (
      <p className="ledger-bar muted" role="status">
        ✓ {t('ledger.allLogged')}
      </p>
    );
  }
  const logMissing = () =>
    write(() =>
      logAll(
        paroleDb(),
        { thread: threadRef(thread), client: analysis.client, commitments: missing },
        new Date(),
      ),
    );
  return (
    <div className="ledger-bar">
      <button
        type="button"
        className="primary"
        onClick={() => void logMissing()}
        title={t('ledger.logAllHint')}
      >
        {t('promises.logAll', { n: missing.length })}
      </button>
    </div>
  );
}

/** One commitment's ledger controls: "Log" until logged, then its status and what can change it. */
export function LedgerControls({
  thread,
  analysis,
  commitment,
  record,
}: {
  thread: Thread;
  analysis: Analysis;
  commitment: Commitment;
  record: PromiseRecord | undefined;
}) {
  const { t } = useI18n();
  const write = useLedgerWrite();
  const settings = useSettings();
  if (!record) {
    const log = () =>
      write(() =>
        logAll(
          paroleDb(),
          { thread: threadRef(thread), client: analysis.client, commitments: [commitment] },
          new Date(),
        ),
      );
    return (
      <button type="button" className="small" onClick={() => void log()}>
        {t('promises.log')}
      </button>
    );
  }
  const status = displayStatus(record, new Date(), settings.time_zone);
  const change = (next: StatusChange) =>
    write(() => setStatus(paroleDb(), record.id, next, new Date(), settings.time_zone));
  return (
    <span className="ledger-controls">
      <span className={`status status-${status}`} data-testid="ledger-status">
        {t(`status.${status}`)}
      </span>
      {isPending(record.status) ? (
        <>
          <button type="button" className="small" onClick={() => void change({ status: 'kept' })}>
            {t('ledger.kept')}
          </button>
          <button type="button" className="small" onClick={() => void change({ status: 'cancelled' })}>
            {t('ledger.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="small" onClick={() => void change({ status: 'open' })}>
          {t('ledger.reopen')}
        </button>
      )}
    </span>
  );
}

/** Correct a logged promise (wording, owner, day) or give it a new day (renegotiated), with its history. */
export function LedgerEditor({ record }: { record: PromiseRecord }) {
  const { t, lang } = useI18n();
  const write = useLedgerWrite();
  const settings = useSettings();
  const id = useId();
  const [text, setText] = useState(record.text);
  const [owner, setOwner] = useState<Owner>(record.owner);
  const [due, setDue] = useState(record.due ?? '');
  const [newDay, setNewDay] = useState('');
  // A change saved anywhere (here, the popup, another window) refills the fields: derived state,
  // reset during render as React recommends, so an open editor never shows a stale day.
  const [shown, setShown] = useState(record.updated_at);
  if (shown !== record.updated_at) {
    setShown(record.updated_at);
    setText(record.text);
    setOwner(record.owner);
    setDue(record.due ?? '');
  }
  const save = () =>
    write(() =>
      editPromise(paroleDb(), record.id, { text, owner, due: due === '' ? null : due }, new Date()),
    );
  const renegotiate = () =>
    newDay !== '' &&
    write(() =>
      setStatus(
        paroleDb(),
        record.id,
        { status: 'renegotiated', due: newDay },
        new Date(),
        settings.time_zone,
      ),
    ).then(() => setNewDay(''));
  const dayOf = (day: string | null) => (day ? formatDay(day, lang) : t('ledger.noDay'));
  return (
    <details className="ledger-edit">
      <summary>{t('ledger.edit')}</summary>
      <form
        className="ledger-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('ledger.text')}</label>
          <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-owner`}>{t('ledger.owner')}</label>
            <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value as Owner)}>
              {(['me', 'client', 'third_party'] as const).map((o) => (
                <option key={o} value={o}>
                  {t(`owner.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('ledger.due')}</label>
            <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="small primary">
            {t('ledger.save')}
          </button>
        </div>
      </form>
      {isPending(record.status) && (
        <form
          className="field-row ledger-form"
          onSubmit={(e) => {
            e.preventDefault();
            void renegotiate();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-new`}>{t('ledger.newDay')}</label>
            <input id={`${id}-new`} type="date" value={newDay} onChange={(e) => setNewDay(e.target.value)} />
          </div>
          <button type="submit" className="small" disabled={newDay === ''}>
            {t('ledger.move')}
          </button>
        </form>
      )}
      {record.history.length > 0 && (
        <>
          <h3 className="section-title">{t('ledger.history')}</h3>
          <ol className="history">
            {record.history.map((h) => (
              <li key={h.at + h.to}>
                <time dateTime={h.at}>{formatDay(h.at.slice(0, 10), lang)}</time> · {t(`status.${h.to}`)}
                {h.from_due !== h.to_due && (
                  <>
                    {' '}
                    · {dayOf(h.from_due)} → {dayOf(h.to_due)}
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}

/**
 * "Delivered?": a later message from a promise's owner that seems to deliver it ("ci-joint la
 * V2", "payment sent") suggests marking it kept. Only this thread's promises, only messages
 * written after the promise; the user confirms or dismisses (for this panel's life).
 */
export function DeliveredHints({ thread, analysis }: { thread: Thread; analysis: Analysis }) {
  const { t } = useI18n();
  const write = useLedgerWrite();
  const settings = useSettings();
  const [dismissed, setDismissed] = useState<Set<number>>(new Set());
  const mine = new Set(
    [...settings.addresses, analysis.me ?? '', thread.account ?? ''].filter(Boolean).map(normaliseEmail),
  );
  const hints = useLiveQuery(
    async () => {
      if (!thread.thread_id) return [];
      const best = new Map<number, DeliveryHint>();
      for (const [index, message] of thread.messages.entries()) {
        const author = message.from.email && mine.has(normaliseEmail(message.from.email)) ? 'me' : 'client';
        const found = await deliveredHints(paroleDb(), {
          text: message.text,
          author,
          thread_id: thread.thread_id,
        });
        for (const hint of found) {
          if (hint.promise.source.message_index >= index) continue;
          const known = best.get(hint.promise.id);
          if (!known || hint.score > known.score) best.set(hint.promise.id, hint);
        }
      }
      return [...best.values()];
    },
    [thread, [...mine].join(',')],
    [],
  );
  const shown = hints.filter((h) => !dismissed.has(h.promise.id));
  if (shown.length === 0) return null;
  const keep = (hint: DeliveryHint) =>
    write(() => setStatus(paroleDb(), hint.promise.id, { status: 'kept' }, new Date(), settings.time_zone));
  return (
    <section className="delivered" aria-label={t('hint.title')} data-testid="delivered-hints">
      <h2 className="section-title">{t('hint.title')}</h2>
      <ul className="cards">
        {shown.map((hint) => (
          <li key={hint.promise.id} className="card hint-card">
            <p>{t('hint.text', { what: hint.promise.action ?? hint.promise.text })}</p>
            <div className="actions">
              <button type="button" className="small primary" onClick={() => void keep(hint)}>
                {t('hint.markKept')}
              </button>
              <button
                type="button"
                className="small"
                onClick={() => setDismissed(new Set([...dismissed, hint.promise.id]))}
              >
                {t('hint.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The thread's client, across every thread: promises both ways, share kept on time, payment delay. */
export function ClientRecordBlock({ clientEmail }: { clientEmail: string | null }) {
  const { t } = useI18n();
  const settings = useSettings();
  const key = clientEmail ? normaliseEmail(clientEmail) : null;
  const record = useLiveQuery(
    async () => (key ? clientRecord(paroleDb(), key, new Date(), settings.time_zone) : null),
    [key, settings.time_zone],
  );
  if (!record || (record.mine.length === 0 && record.theirs.length === 0)) return null;
  const share = (s: { on_time: number; judged: number; share: number | null }) =>
    s.share === null
      ? t('record.none')
      : t('record.share', { on: s.on_time, judged: s.judged, pct: Math.round(s.share * 100) });
  return (
    <section className="client-record" aria-labelledby="client-record-title" data-testid="client-record">
      <h2 id="client-record-title" className="section-title">
        {t('record.title')} · {record.client?.name ?? key}
      </h2>
      <p className="muted">{t('record.count', { mine: record.mine.length, theirs: record.theirs.length })}</p>
      <dl className="record">
        <div>
          <dt>{t('record.mine')}</dt>
          <dd>{share(record.kept_on_time.mine)}</dd>
        </div>
        <div>
          <dt>{t('record.theirs')}</dt>
          <dd>{share(record.kept_on_time.theirs)}</dd>
        </div>
        <div>
          <dt>{t('record.payment')}</dt>
          <dd>
            {record.payment_delay_days === null
              ? t('record.noPayment')
              : t('record.paymentDays', {
                  n: Math.round(record.payment_delay_days * 10) / 10,
                  count: record.payment_promises,
                })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
