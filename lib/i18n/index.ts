import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

export type UiLang = 'en' | 'fr';
export type { MessageKey };

const DICTIONARIES: Record<UiLang, Record<MessageKey, string>> = { en, fr };

/** The UI language for a browser language tag ("fr-CA" → fr); English otherwise. */
export function uiLangFor(tag: string | null | undefined): UiLang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: UiLang): Translate {
  const dict = DICTIONARIES[lang];
  return (key, vars) => {
    const text = dict[key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
  };
}

/** Local wall time `2026-11-20T17:52` spelled for the UI ("Fri 20 Nov, 17:52" / "ven. 20 nov., 17:52"). */
export function formatWallTime(wall: string, lang: UiLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) return wall;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  // Formatted in UTC so the machine's time zone never shifts a wall time the page showed.
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}
