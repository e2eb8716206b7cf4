import { useState } from 'react';
import { sendFromPage } from '../../lib/messages/index.ts';
import { useI18n } from './i18n.tsx';

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setDone(true);
    setTimeout(() => setDone(false), 1500);
  };
  return (
    <button type="button" onClick={() => void copy()}>
      {done ? t('action.copied') : (label ?? t('action.copy'))}
    </button>
  );
}

/**
 * Inserts text into the page's reply box (above the quoted history), or replaces a span of the
 * draft. Says plainly when there is no reply box to write into.
 */
export function InsertButton({
  tabId,
  text,
  replace = null,
  label,
  className,
}: {
  tabId: number;
  text: string;
  replace?: { start: number; end: number } | null;
  label?: string;
  className?: string;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');
  const insert = async () => {
    const result = await sendFromPage({ type: 'compose:insert', tabId, text, replace });
    setStatus(result.ok ? 'done' : 'failed');
    if (result.ok) setTimeout(() => setStatus('idle'), 1500);
  };
  return (
    <span className="insert">
      <button type="button" className={className} onClick={() => void insert()}>
        {status === 'done' ? t('action.inserted') : (label ?? t('action.insert'))}
      </button>
      {status === 'failed' && (
        <span className="hint" role="status">
          {t('action.noComposer')}
        </span>
      )}
    </span>
  );
}
