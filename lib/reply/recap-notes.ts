import type { Lang } from '../analysis/types.ts';
import { addDays, isoWeekday } from './date-format.ts';
import { parseWrittenDay } from './invoice-facts.ts';

/**
 * The user's call notes, one point a line: "Décision : on garde la variante B",
 * "Paul : valider les textes d'ici le 30/11", "Action moi: send the V3 Friday". A line with an
 * owner ("Name:") is an action; a line marked as a decision, or with no owner, is a decision.
 */

export interface RecapAction {
  owner: 'me' | 'client' | 'other';
  /** The owner as written, for someone who is neither the user nor the client. */
  ownerName: string | null;
  action: string;
  due: string | null;
}

export interface RecapNotes {
  decisions: string[];
  actions: RecapAction[];
}

const DECISION = /^(?:décision|decision|décidé|decided|validé|agreed|convenu|on a convenu)\s*:?\s*/iu;
const ACTION_MARK = /^(?:action|todo|to do|à faire|next step)\s*:?\s*/iu;
const OWNED = /^([\p{L}][\p{L}' .-]{0,30}?)\s*:\s*(.+)$/u;
const ME_WORDS = new Set(['moi', 'me', 'je', 'i', 'myself']);
const CLIENT_WORDS = new Set(['client', 'cliente', 'vous', 'you', 'toi']);

const WEEKDAYS: Record<string, number> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

const DAY_WORDS =
  /(?:\s*,?\s*(?:d['’]ici|avant|pour|by|before|on|due|le|the)\s+)*(?:(?:le\s+)?(aujourd['’]hui|demain|today|tomorrow)|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:,?\s+(?:le\s+)?(\d{1,2}(?:er)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?))?|(\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?))/iu;

/** The day a note line names, resolved against `today`, and the line without it. */
export function takeDay(text: string, today: string): { rest: string; due: string | null } {
  const match = DAY_WORDS.exec(text);
  if (!match) return { rest: text, due: null };
  const [whole, relative, weekday, weekdayDate, written] = match;
  let due: string | null = null;
  if (relative) due = /aujourd|today/iu.test(relative) ? today : addDays(today, 1);
  else if (weekdayDate) due = parseWrittenDay(weekdayDate, today);
  else if (weekday) {
    const target = WEEKDAYS[weekday.toLowerCase()] ?? 1;
    const ahead = (target - isoWeekday(today) + 7) % 7 || 7;
    due = addDays(today, ahead);
  } else if (written) due = parseWrittenDay(written, today);
  const rest = `${text.slice(0, match.index)}${text.slice(match.index + whole.length)}`
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s,.;]+$/u, '')
    .trim();
  return { rest, due };
}

export function parseRecapNotes(
  notes: string,
  today: string,
  names: { me: string | null; client: string | null },
  _lang: Lang,
): RecapNotes {
  const result: RecapNotes = { decisions: [], actions: [] };
  const me = names.me?.toLowerCase() ?? null;
  const client = names.client?.toLowerCase() ?? null;
  for (const raw of notes.split(/\n+/)) {
    const line = raw.replace(/^\s*(?:[-*•–]|\d+[.)])\s*/u, '').trim();
    if (!line) continue;
    if (DECISION.test(line)) {
      result.decisions.push(line.replace(DECISION, '').replace(/[.\s]+$/u, ''));
      continue;
    }
    const marked = ACTION_MARK.test(line);
    const body = line.replace(ACTION_MARK, '');
    const owned = OWNED.exec(body);
    if (owned?.[1] && owned[2]) {
      const who = owned[1].trim().toLowerCase();
      const owner =
        ME_WORDS.has(who) || who === me ? 'me' : CLIENT_WORDS.has(who) || who === client ? 'client' : 'other';
      const { rest, due } = takeDay(owned[2], today);
      result.actions.push({
        owner,
        ownerName: owner === 'other' ? owned[1].trim() : null,
        action: rest,
        due,
      });
    } else if (marked) {
      const { rest, due } = takeDay(body, today);
      result.actions.push({ owner: 'me', ownerName: null, action: rest, due });
    } else result.decisions.push(line.replace(/[.\s]+$/u, ''));
  }
  return result;
}
