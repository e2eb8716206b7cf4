import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserUiLang, I18nProvider } from './i18n.tsx';
import './styles.css';

/** Mounts an extension page's root component, in the browser's UI language. */
export function mount(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Parole: the page has no #root element');
  document.documentElement.lang = browserUiLang();
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>{app}</I18nProvider>
    </StrictMode>,
  );
}
