import { type ReactNode, useEffect } from 'react';
import { I18nProvider, useI18n } from './i18n.tsx';
import { useSettings } from './use-settings.ts';

/** The interface in the language chosen in the options (`auto`: the browser's). */
export function SettingsLanguage({ children }: { children: ReactNode }) {
  const { language } = useSettings();
  return (
    <I18nProvider lang={language === 'auto' ? undefined : language}>
      <DocumentLang />
      {children}
    </I18nProvider>
  );
}

/** Keeps `<html lang>` in step, for screen readers and hyphenation. */
function DocumentLang() {
  const { lang } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}
