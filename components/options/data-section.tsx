import { useState } from 'react';
import { paroleDb } from '../../lib/store/db.ts';
import { getSettings } from '../../lib/store/settings.ts';
import { deleteEverything, exportCsv, exportIcs, exportJson, importJson } from '../../lib/store/transfer.ts';
import { useI18n } from '../common/i18n.tsx';
import { useLedgerWrite } from '../common/ledger-write.tsx';
import { browserTimeZone } from '../common/use-settings.ts';
import { downloadText } from './download.ts';

type Outcome = { ok: boolean; text: string } | null;

const stamp = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Export (JSON backup, CSV, calendar), import of a JSON backup, delete everything. Import and
 * delete replace or erase the whole ledger, so each asks first, in the page, and says what happened.
 */
export function DataSection() {
  const { t } = useI18n();
  const write = useLedgerWrite();
  const [pending, setPending] = useState<{ name: string; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [inputKey, setInputKey] = useState(0);

  const exportAs = async (kind: 'json' | 'csv' | 'ics') => {
    const db = paroleDb();
    const now = new Date();
    if (kind === 'json') {
      downloadText(`parole-export-${stamp(now)}.json`, await exportJson(db, now), 'application/json');
    } else if (kind === 'csv') {
      const { time_zone } = await getSettings(db, browserTimeZone());
      downloadText(`parole-${stamp(now)}.csv`, await exportCsv(db, { now, timeZone: time_zone }), 'text/csv');
    } else {
      downloadText(`parole-${stamp(now)}.ics`, await exportIcs(db, now), 'text/calendar');
    }
  };

  const choose = async (file: File | undefined) => {
    setOutcome(null);
    setConfirmDelete(false);
    if (file) setPending({ name: file.name, text: await file.text() });
  };

  const replace = async () => {
    if (!pending) return;
    const { text } = pending;
    setPending(null);
    setInputKey((k) => k + 1);
    let said: Outcome = null;
    await write(async () => {
      const result = await importJson(paroleDb(), text);
      said = result.ok
        ? { ok: true, text: t('options.imported', { n: result.counts.promises }) }
        : { ok: false, text: t('options.importRefused', { reason: result.error }) };
    });
    setOutcome(said);
  };

  const erase = async () => {
    setConfirmDelete(false);
    if (await write(() => deleteEverything(paroleDb()))) setOutcome({ ok: true, text: t('options.deleted') });
  };

  return (
    <section className="options-card data" aria-labelledby="data-title">
      <h2 id="data-title" className="card-title">
        {t('options.data')}
      </h2>
      <p className="muted">{t('options.dataHint')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void exportAs('json')}>
          {t('options.exportJson')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('options.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('ics')}>
          {t('options.exportIcs')}
        </button>
      </div>
      <div className="field import">
        <label htmlFor="import-file">{t('options.import')}</label>
        <input
          key={inputKey}
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {pending && (
        <div className="confirm" role="alertdialog" aria-labelledby="import-confirm">
          <p id="import-confirm">{t('options.importConfirm', { file: pending.name })}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void replace()}>
              {t('options.importYes')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                setInputKey((k) => k + 1);
              }}
            >
              {t('ledger.dismiss')}
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="danger-outline"
          onClick={() => {
            setOutcome(null);
            setPending(null);
            setConfirmDelete(true);
          }}
        >
          {t('options.delete')}
        </button>
      </div>
      {confirmDelete && (
        <div className="confirm" role="alertdialog" aria-labelledby="delete-confirm">
          <p id="delete-confirm">{t('options.deleteConfirm')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void erase()}>
              {t('options.deleteYes')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('ledger.dismiss')}
            </button>
          </div>
        </div>
      )}
      {outcome && (
        <p
          className={outcome.ok ? 'ok-text' : 'error-text'}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="data-outcome"
        >
          {outcome.text}
        </p>
      )}
    </section>
  );
}
