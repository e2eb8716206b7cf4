import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { paroleDb } from '../../lib/store/db.ts';
import { getSettings } from '../../lib/store/settings.ts';
import { Brand } from '../common/brand.tsx';
import { useI18n } from '../common/i18n.tsx';
import { browserTimeZone } from '../common/use-settings.ts';
import { DataSection } from './data-section.tsx';
import { type SaveOutcome, SettingsForm } from './settings-form.tsx';

/** The options page: who I am and how I work, reminders, and my data (export, import, delete). */
export function OptionsApp() {
  const { t } = useI18n();
  const saved = useLiveQuery(() => getSettings(paroleDb(), browserTimeZone()), []);
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  return (
    <main className="options">
      <Brand title={<h1 className="brand-name">{t('options.title')}</h1>} />
      {/* Remounted when the saved settings change (another window, an import), so it shows them. */}
      {saved && (
        <SettingsForm key={JSON.stringify(saved)} saved={saved} outcome={outcome} setOutcome={setOutcome} />
      )}
      <DataSection />
    </main>
  );
}
