import { useMemo, useState } from 'react';
import { checkDraft } from '../../lib/analysis/draft-check/index.ts';
import type { DraftFlag } from '../../lib/analysis/draft-check/types.ts';
import type { Lang } from '../../lib/analysis/types.ts';
import { nowWithOffset } from '../../lib/i18n/index.ts';
import { InsertButton } from '../common/action-buttons.tsx';
import { useI18n } from '../common/i18n.tsx';
import { useDraft } from './use-draft.ts';

const flagKey = (f: DraftFlag) => `${f.rule}:${f.text}`;

/**
 * My own draft, checked as I type: each flag says why and names its rule, can be applied (the
 * span is replaced in the editor) or dismissed for this draft; three meters sum it up.
 */
export function DraftSection({ tabId, lang }: { tabId: number; lang: Lang }) {
  const { t, lang: uiLang } = useI18n();
  const draft = useDraft(tabId);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const check = useMemo(
    () => (draft?.text.trim() ? checkDraft(draft.text, null, { now: nowWithOffset() }) : null),
    [draft],
  );
  if (!draft || !check) return <p className="muted empty">{t('draft.none')}</p>;
  const flags = check.flags.filter((f) => !dismissed.has(flagKey(f)));
  const meters = [
    ['clarity', check.meters.clarity, check.meters.explanations.clarity],
    ['warmth', check.meters.warmth, check.meters.explanations.warmth],
    ['firmness', check.meters.firmness, check.meters.explanations.firmness],
  ] as const;
  return (
    <section className="draft" aria-label={t('tabs.draft')} lang={lang}>
      <div className="meters">
        {meters.map(([name, value, why]) => (
          <div key={name} className="meter" title={why.join('\n')} data-testid={`meter-${name}`}>
            <span className="meter-name">{t(`meter.${name}`)}</span>
            <meter
              min={0}
              max={100}
              low={40}
              high={70}
              optimum={100}
              value={value}
              aria-label={t(`meter.${name}`)}
            />
            <span className="meter-value">{Math.round(value)}</span>
            {why.length > 0 && (
              <ul className="meter-why">
                {why.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      {flags.length === 0 ? (
        <p className="muted empty-line">{t('draft.clean')}</p>
      ) : (
        <>
          <h2 className="section-title">{t('draft.flags', { n: flags.length })}</h2>
          <ul className="cards">
            {flags.map((f) => (
              <li
                key={`${flagKey(f)}:${f.start}`}
                className="card flag"
                data-testid="draft-flag"
                data-kind={f.kind}
              >
                <div className="meta">
                  <span className="badge warn">{t(`kind.${f.kind}`)}</span>
                  <code>{f.rule}</code>
                </div>
                {f.text && <q className="quote">{f.text}</q>}
                <p className="why-line">{f.reason[uiLang]}</p>
                {f.fix !== null && f.fix !== '' && <p className="rewrite-text">{f.fix}</p>}
                <div className="actions">
                  {f.fix !== null && f.end > f.start && (
                    <InsertButton
                      tabId={tabId}
                      text={f.fix || ' '}
                      replace={{ start: f.start, end: f.end }}
                      label={t('draft.apply')}
                    />
                  )}
                  <button type="button" onClick={() => setDismissed(new Set([...dismissed, flagKey(f)]))}>
                    {t('draft.dismiss')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
