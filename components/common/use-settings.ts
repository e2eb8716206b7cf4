import { useLiveQuery } from 'dexie-react-hooks';
import { paroleDb } from '../../lib/store/db.ts';
import { defaultSettings, type Settings } from '../../lib/store/records.ts';
import { getSettings } from '../../lib/store/settings.ts';

/** The browser's time zone: the default until the user sets one in the options. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What pages show until the saved settings are read: one object, so memos keyed on it hold. */
const UNTIL_READ = defaultSettings(browserTimeZone());

/** The user's settings, live across windows (the options page may change them at any time). */
export function useSettings(): Settings {
  return useLiveQuery(() => getSettings(paroleDb(), browserTimeZone()), [], UNTIL_READ);
}
