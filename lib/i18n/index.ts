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

/** A calendar day `2026-11-27` spelled for the UI: "Friday 27 November" / "vendredi 27 novembre". */
export function formatDay(day: string, lang: UiLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** The current instant as ISO 8601 with this machine's UTC offset (`2026-11-23T10:04:00+01:00`). */
export function nowWithOffset(date = new Date()): string {
  const offset = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
