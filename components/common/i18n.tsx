import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Translate, translator, type UiLang, uiLangFor } from '../../lib/i18n/index.ts';

interface I18n {
  lang: UiLang;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

/** The UI follows the browser language (French or English). */
function browserUiLang(): UiLang {
  return uiLangFor(typeof navigator === 'undefined' ? null : navigator.language);
}

export function I18nProvider({ lang, children }: { lang?: UiLang; children: ReactNode }) {
  const value = useMemo(() => {
    const chosen = lang ?? browserUiLang();
    return { lang: chosen, t: translator(chosen) };
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
