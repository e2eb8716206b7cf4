import type { ParoleDB } from './db.ts';
import { defaultSettings, SETTINGS_KEY, type Settings, SettingsSchema } from './records.ts';

/**
 * The options, one row. `fallbackTimeZone` fills the time zone before the user has saved any
 * settings: the options page passes the browser's zone once, and from then on the saved one
 * rules every "today". A row missing fields (saved by an older release) is completed with the
 * defaults; a row that no longer validates yields the defaults rather than a broken popup.
 */
export async function getSettings(db: ParoleDB, fallbackTimeZone: string): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  const defaults = defaultSettings(fallbackTimeZone);
  if (!row) return defaults;
  const { key: _key, ...stored } = row;
  const parsed = SettingsSchema.safeParse({ ...defaults, ...stored });
  return parsed.success ? parsed.data : defaults;
}

/** Merges `patch` into the saved settings, validated whole before anything is written. */
export async function saveSettings(
  db: ParoleDB,
  patch: Partial<Settings>,
  fallbackTimeZone: string,
): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const settings = SettingsSchema.parse({ ...(await getSettings(db, fallbackTimeZone)), ...patch });
    await db.settings.put({ ...settings, key: SETTINGS_KEY });
    return settings;
  });
}
