/**
 * Whether a message was sent outside the writer's working hours. `sent_at` is read as the wall
 * time it shows: an ISO time with an offset is already in the writer's local time (FORMAT.md), and
 * webmail pages give local wall time with no offset, so the offset itself is never applied.
 */

export interface WorkingHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** "HH:MM", inclusive. */
  start: string;
  /** "HH:MM", exclusive: a message at 18:00 sharp is after hours. */
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/;

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m ?? 0);
}

/** The writer's weekday (1 = Monday) and minute of the day, or null when `sentAt` is not a time. */
export function wallTime(sentAt: string): { weekday: number; minute: number } | null {
  const m = WALL_TIME.exec(sentAt.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return null;
  const weekday = ((date.getUTCDay() + 6) % 7) + 1;
  return { weekday, minute: Number(h) * 60 + Number(mi) };
}

/** True when sent on a non-working day or outside [start, end); null when the time is unknown. */
export function isOffHours(sentAt: string, hours: WorkingHours = DEFAULT_WORKING_HOURS): boolean | null {
  const t = wallTime(sentAt);
  if (!t) return null;
  if (!hours.days.includes(t.weekday)) return true;
  return t.minute < minutes(hours.start) || t.minute >= minutes(hours.end);
}
