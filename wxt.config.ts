import { defineConfig } from 'wxt';

// Host access is limited to the four webmail hosts Parole reads; nothing else.
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Parole',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: MAIL_HOSTS,
    action: { default_title: 'Parole' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P' } },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parole@parole.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
