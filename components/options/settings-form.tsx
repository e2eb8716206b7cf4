import { type ReactNode, useId, useState } from 'react';
import { paroleDb } from '../../lib/store/db.ts';
import type { Settings } from '../../lib/store/records.ts';
import { saveSettings } from '../../lib/store/settings.ts';
import { useI18n } from '../common/i18n.tsx';
import { browserTimeZone } from '../common/use-settings.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

function Field({
  label,
  hint,
  children,
  id,
}: {
  label: string;
  hint?: string;
  children: ReactNode;
  id: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span className="muted field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

/** Kept as data, not text: saving a new language must say so in that language. */
export type SaveOutcome = { ok: true } | { ok: false; reason: string } | null;

/**
 * Everything in the settings, saved together (validated whole by the store before writing). The
 * outcome lives with the caller: a save remounts this form with the saved values.
 */
export function SettingsForm({
  saved,
  outcome,
  setOutcome,
}: {
  saved: Settings;
  outcome: SaveOutcome;
  setOutcome(outcome: SaveOutcome): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [s, setS] = useState<Settings>(saved);
  const [addresses, setAddresses] = useState(saved.addresses.join('\n'));
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setS({ ...s, [key]: value });
    setOutcome(null);
  };
  const save = async () => {
    const list = addresses
      .split(/[\n,;]+/)
      .map((a) => a.trim())
      .filter(Boolean);
    try {
      await saveSettings(paroleDb(), { ...s, addresses: list }, browserTimeZone());
      setOutcome({ ok: true });
    } catch (e) {
      const issue = (e as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues?.[0];
      const reason = issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : String(e);
      setOutcome({ ok: false, reason });
    }
  };
  const toggleDay = (day: number) =>
    set(
      'working_days',
      s.working_days.includes(day)
        ? s.working_days.filter((d) => d !== day)
        : [...s.working_days, day].sort(),
    );
  return (
    <form
      className="options-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset className="options-card">
        <legend>{t('options.profile')}</legend>
        <Field id={`${id}-name`} label={t('options.myName')}>
          <input
            id={`${id}-name`}
            type="text"
            value={s.my_name}
            onChange={(e) => set('my_name', e.target.value)}
          />
        </Field>
        <Field id={`${id}-addr`} label={t('options.addresses')} hint={t('options.addressesHint')}>
          <textarea
            id={`${id}-addr`}
            rows={2}
            aria-describedby={`${id}-addr-hint`}
            value={addresses}
            onChange={(e) => {
              setAddresses(e.target.value);
              setOutcome(null);
            }}
          />
        </Field>
        <Field id={`${id}-sig`} label={t('options.signature')}>
          <textarea
            id={`${id}-sig`}
            rows={3}
            value={s.signature}
            onChange={(e) => set('signature', e.target.value)}
          />
        </Field>
        <Field id={`${id}-trade`} label={t('options.trade')} hint={t('options.tradeHint')}>
          <input
            id={`${id}-trade`}
            type="text"
            aria-describedby={`${id}-trade-hint`}
            value={s.trade}
            onChange={(e) => set('trade', e.target.value)}
          />
        </Field>
      </fieldset>

      <fieldset className="options-card">
        <legend>{t('options.work')}</legend>
        <fieldset className="choice">
          <legend>{t('options.days')}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} className={s.working_days.includes(day) ? 'selected' : undefined}>
              <input type="checkbox" checked={s.working_days.includes(day)} onChange={() => toggleDay(day)} />
              {t(`weekday.${day}`)}
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <Field id={`${id}-start`} label={t('options.hoursStart')}>
            <input
              id={`${id}-start`}
              type="time"
              value={s.working_hours.start}
              onChange={(e) => set('working_hours', { ...s.working_hours, start: e.target.value })}
            />
          </Field>
          <Field id={`${id}-end`} label={t('options.hoursEnd')}>
            <input
              id={`${id}-end`}
              type="time"
              value={s.working_hours.end}
              onChange={(e) => set('working_hours', { ...s.working_hours, end: e.target.value })}
            />
          </Field>
          <Field id={`${id}-tz`} label={t('options.timeZone')}>
            <select id={`${id}-tz`} value={s.time_zone} onChange={(e) => set('time_zone', e.target.value)}>
              {timeZones(s.time_zone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>

      <fieldset className="options-card">
        <legend>{t('options.writing')}</legend>
        <div className="field-row">
          <Field id={`${id}-lang`} label={t('options.language')}>
            <select
              id={`${id}-lang`}
              value={s.language}
              onChange={(e) => set('language', e.target.value as Settings['language'])}
            >
              {(['auto', 'fr', 'en'] as const).map((l) => (
                <option key={l} value={l}>
                  {t(`uiLang.${l}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-reg`} label={t('options.register')}>
            <select
              id={`${id}-reg`}
              value={s.default_register}
              onChange={(e) => set('default_register', e.target.value as Settings['default_register'])}
            >
              <option value="vous">{t('register.vous')}</option>
              <option value="tu">{t('register.tu')}</option>
            </select>
          </Field>
        </div>
        <div className="field-row">
          <Field id={`${id}-country`} label={t('options.country')}>
            <input
              id={`${id}-country`}
              type="text"
              maxLength={2}
              autoComplete="country"
              value={s.country}
              onChange={(e) => set('country', e.target.value.toUpperCase())}
            />
          </Field>
          <Field id={`${id}-clients`} label={t('options.clients')}>
            <select
              id={`${id}-clients`}
              value={s.clients}
              onChange={(e) => set('clients', e.target.value as Settings['clients'])}
            >
              <option value="b2b">{t('clients.b2b')}</option>
              <option value="b2c">{t('clients.b2c')}</option>
            </select>
          </Field>
        </div>
      </fieldset>

      <fieldset className="options-card">
        <legend>{t('options.reminders')}</legend>
        <div className="field-row">
          <Field id={`${id}-morning`} label={t('options.dueMorning')}>
            <input
              id={`${id}-morning`}
              type="time"
              value={s.reminder_times.due_morning}
              onChange={(e) => set('reminder_times', { ...s.reminder_times, due_morning: e.target.value })}
            />
          </Field>
          <Field id={`${id}-late`} label={t('options.overdueAt')}>
            <input
              id={`${id}-late`}
              type="time"
              value={s.reminder_times.overdue}
              onChange={(e) => set('reminder_times', { ...s.reminder_times, overdue: e.target.value })}
            />
          </Field>
        </div>
      </fieldset>

      <div className="actions sticky-save">
        <button type="submit" className="primary">
          {t('options.save')}
        </button>
        {outcome && (
          <span className={outcome.ok ? 'ok-text' : 'hint'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.ok ? t('options.saved') : t('options.invalid', { reason: outcome.reason })}
          </span>
        )}
      </div>
    </form>
  );
}
