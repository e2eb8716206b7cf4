import { useState } from 'react';
import { censorDocument } from '../../lib/mail/censor.ts';
import type { Thread } from '../../lib/mail/thread.ts';
import { sendFromPage } from '../../lib/messages/index.ts';
import { useI18n } from '../common/i18n.tsx';

/**
 * "Save a reading report": a censored copy of the page's structure, downloaded as a file the user
 * can attach to a bug report. The page's markup is censored here, in the panel, and goes nowhere
 * else; `npm run fixture -- <report>` turns it into a test fixture (README).
 */
export function ReadingReportButton({ tabId, thread }: { tabId: number; thread: Thread }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const answer = await sendFromPage({ type: 'thread:snapshot', tabId });
    if (!answer.ok) {
      setError(answer.detail);
      return;
    }
    const doc = new DOMParser().parseFromString(answer.detail, 'text/html');
    const html = censorDocument(doc, { keepDates: true });
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `parole-report-${thread.provider}-${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')}.html`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <span className="insert">
      <button type="button" title={t('thread.reportHint')} onClick={() => void save()}>
        {t('thread.report')}
      </button>
      {error && <span className="hint">{error}</span>}
    </span>
  );
}
