import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { LedgerWriteProvider } from './ledger-write.tsx';
import { SettingsLanguage } from './settings-language.tsx';
import './styles.css';

// Extension pages forbid eval (MV3 CSP): zod must not even probe for it.
z.config({ jitless: true });

/** Mounts an extension page's root component, in the language chosen in the options. */
export function mount(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Parole: the page has no #root element');
  createRoot(root).render(
    <StrictMode>
      <SettingsLanguage>
        <LedgerWriteProvider>{app}</LedgerWriteProvider>
      </SettingsLanguage>
    </StrictMode>,
  );
}
