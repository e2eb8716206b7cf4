import { ADVICE } from '../../lib/analysis/signals/advice.ts';
import type { Analysis, SignalKind, Situation } from '../../lib/analysis/types.ts';
import { useI18n } from '../common/i18n.tsx';

/**
 * How the client is, message by message: each situation with the words that show it and a line
 * on what to do, then the reply most worth writing.
 */
export function SignalsSection({
  analysis,
  onDraft,
}: {
  analysis: Analysis;
  /** Opens the reply tab on a situation. */
  onDraft(situation: Situation): void;
}) {
  const { t, lang } = useI18n();
  const byKind = new Map<SignalKind, Analysis['signals']>();
  for (const s of analysis.signals) byKind.set(s.signal, [...(byKind.get(s.signal) ?? []), s]);
  const pressing = analysis.situations[0];
  return (
    <section aria-label={t('tabs.signals')}>
      {pressing && (
        <div className="pressing" data-testid="pressing">
          <p>{t('signals.pressing', { situation: t(`situation.${pressing}`) })}</p>
          <button type="button" className="primary" onClick={() => onDraft(pressing)}>
            {t('signals.draftIt')}
          </button>
        </div>
      )}
      {byKind.size === 0 ? (
        <p className="muted empty-line">{t('signals.none')}</p>
      ) : (
        <ul className="cards">
          {[...byKind].map(([kind, signals]) => (
            <li key={kind} className={`card signal ${kind}`} data-testid="signal" data-signal={kind}>
              <h2 className="signal-name">{t(`signal.${kind}`)}</h2>
              {signals.map((s) => (
                <p key={`${s.message_index}:${s.evidence}`} className="evidence">
                  <q>{s.evidence}</q> <code title={s.rule}>{s.rule}</code>
                </p>
              ))}
              <p className="advice">
                <strong>{t('signals.what')}</strong> {ADVICE[kind][lang]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
