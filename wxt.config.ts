import { defineConfig } from 'wxt';

import { MAIL_HOST_PATTERNS } from './lib/mail/hosts.ts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // PAROLE_OUT_DIR lets several builds (and their end-to-end runs) live side by side.
  outDir: process.env.PAROLE_OUT_DIR ?? '.output',
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Parole',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is listed with its reason in the README; a test fails if one is added.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Host access: the four webmail hosts Parole reads, nothing else.
    host_permissions: MAIL_HOST_PATTERNS,
    action: { default_title: 'Parole' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPopup__' },
      'open-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdPanel__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parole@parole.example',
              strict_min_version: '128.0',
              // Parole collects nothing: everything stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
