import { useEffect, useMemo, useState } from 'react';
import type { Analysis, Situation } from '../../lib/analysis/types.ts';
import { SITUATIONS } from '../../lib/analysis/types.ts';
import { nowWithOffset } from '../../lib/i18n/index.ts';
import type { Thread } from '../../lib/mail/thread.ts';
import { generateReply, resolveSituation } from '../../lib/reply/generate.ts';
import { REGISTERS, type Register, type ReplyProfile, TONES, type Tone } from '../../lib/reply/types.ts';
import type { Settings } from '../../lib/store/records.ts';
import { CopyButton, InsertButton } from '../common/action-buttons.tsx';
import { useI18n } from '../common/i18n.tsx';

/** What the reply generator knows of the user: the options, else what the thread shows. */
function profileFrom(settings: Settings, thread: Thread): ReplyProfile {
  const account = thread.account?.toLowerCase();
  const seen =
    thread.messages.find((m) => account && m.from.email?.toLowerCase() === account)?.from.name ?? null;
  const name = settings.my_name.trim() || seen;
  return {
    name,
    signature: settings.signature.trim() || name,
    trade: settings.trade.trim() || null,
    workingDays: settings.working_days,
    workingHours: settings.working_hours,
    country: settings.country,
    clientKind: settings.clients,
  };
}

/**
 * The suggested reply: the situation (the analysis's most pressing one, or the user's choice),
 * tone and register, an editable preview, and Insert / Copy. The text is the playbook's, filled
 * from the thread; the user's edits are kept until they change a control.
 */
export function ReplySection({
  thread,
  analysis,
  settings,
  tabId,
  requested,
  onRequest: setRequested,
}: {
  thread: Thread;
  analysis: Analysis;
  settings: Settings;
  tabId: number;
  /** The situation asked for ('auto': the analysis's most pressing one). */
  requested: Situation | 'auto';
  onRequest(situation: Situation | 'auto'): void;
}) {
  const { t } = useI18n();
  const [tone, setTone] = useState<Tone>('neutral');
  const [register, setRegister] = useState<Register>(analysis.register);
  const [notes, setNotes] = useState('');
  const situation = resolveSituation(requested, analysis);

  const reply = useMemo(
    () =>
      generateReply({
        situation,
        tone,
        register,
        thread,
        analysis,
        now: nowWithOffset(),
        profile: profileFrom(settings, thread),
        notes: notes.trim() || undefined,
      }),
    [situation, tone, register, thread, analysis, settings, notes],
  );
  const [text, setText] = useState(reply.text);
  useEffect(() => setText(reply.text), [reply.text]);

  return (
    <section className="reply" aria-label={t('tabs.reply')}>
      <div className="field">
        <label htmlFor="situation">{t('reply.situation')}</label>
        <select
          id="situation"
          value={requested}
          onChange={(e) => setRequested(e.target.value as Situation | 'auto')}
        >
          <option value="auto">
            {t('reply.suggested', { situation: t(`situation.${resolveSituation('auto', analysis)}`) })}
          </option>
          {SITUATIONS.map((s) => (
            <option key={s} value={s}>
              {t(`situation.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <Choice<Tone>
        legend={t('reply.tone')}
        name="tone"
        options={TONES}
        value={tone}
        onChange={setTone}
        label={(v) => t(`tone.${v}`)}
      />
      <Choice<Register>
        legend={t('reply.register')}
        name="register"
        options={REGISTERS}
        value={register}
        onChange={setRegister}
        label={(v) => t(`register.${v}`)}
      />
      {situation === 'call_recap' && (
        <div className="field">
          <label htmlFor="notes">{t('reply.notes')}</label>
          <textarea id="notes" rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor="reply-text">{t('reply.preview')}</label>
        <textarea
          id="reply-text"
          data-testid="reply-text"
          className="reply-text"
          lang={register === 'en' ? 'en' : 'fr'}
          rows={14}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {reply.blanks.length > 0 && (
        <p className="blanks" data-testid="reply-blanks">
          {t('reply.blanks')}{' '}
          {reply.blanks.map((b) => (
            <code key={b}>{b}</code>
          ))}
        </p>
      )}
      <div className="actions">
        <InsertButton tabId={tabId} text={text} className="primary" />
        <CopyButton text={text} />
        {text !== reply.text && (
          <button type="button" onClick={() => setText(reply.text)}>
            {t('reply.regenerate')}
          </button>
        )}
      </div>
    </section>
  );
}

function Choice<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  label,
}: {
  legend: string;
  name: string;
  options: readonly V[];
  value: V;
  onChange(v: V): void;
  label(v: V): string;
}) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} className={o === value ? 'selected' : undefined}>
          <input type="radio" name={name} value={o} checked={o === value} onChange={() => onChange(o)} />
          {label(o)}
        </label>
      ))}
    </fieldset>
  );
}
