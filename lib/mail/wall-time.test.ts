import { describe, expect, it } from 'vitest';
import { parseWallTime } from './wall-time.ts';

describe('parseWallTime', () => {
  const cases: [string, string][] = [
    // Gmail `span.g3[title]`
    ['Fri, Nov 20, 2026, 5:52 PM', '2026-11-20T17:52'],
    ['Fri, Nov 20, 2026, 5:52\u202fPM', '2026-11-20T17:52'],
    ['Mon, Nov 9, 2026, 12:04 AM', '2026-11-09T00:04'],
    ['Mon, Nov 9, 2026, 12:04 PM', '2026-11-09T12:04'],
    ['Fri, 20 Nov 2026, 17:52', '2026-11-20T17:52'],
    ['ven. 20 nov. 2026, 17:52', '2026-11-20T17:52'],
    ['mar. 3 mars 2026, 08:05', '2026-03-03T08:05'],
    ['Tue, Mar 3, 2026, 8:05 AM', '2026-03-03T08:05'],
    ['jeu. 1 oct. 2026 à 09:30', '2026-10-01T09:30'],
    ['lun. 7 déc. 2026, 14:00', '2026-12-07T14:00'],
    // OWA date label
    ['Fri 11/20/2026 5:52 PM', '2026-11-20T17:52'],
    ['Fri 20/11/2026 17:52', '2026-11-20T17:52'],
    ['ven. 20/11/2026 17:52', '2026-11-20T17:52'],
    // Ambiguous day/month settled by the weekday: 12 Nov 2026 is a Thursday, 11 Dec a Friday.
    ['Thu 12/11/2026 08:15', '2026-11-12T08:15'],
    ['Fri 12/11/2026 8:15 AM', '2026-12-11T08:15'],
    // No weekday: AM/PM means US order, a 24-hour clock the day first.
    ['12/11/2026 8:15 AM', '2026-12-11T08:15'],
    ['12/11/2026 08:15', '2026-11-12T08:15'],
    ['2026-11-20 17:52', '2026-11-20T17:52'],
    ['Friday, November 20, 2026 5:52 PM', '2026-11-20T17:52'],
    ['vendredi 20 novembre 2026 17:52', '2026-11-20T17:52'],
    ['Fri, Nov 20, 2026 at 5:52 PM', '2026-11-20T17:52'],
    ['Fr., 20. März 2026, 17:52', '2026-03-20T17:52'],
    ['vie, 20 dic 2026, 17:52', '2026-12-20T17:52'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(parseWallTime(input)).toEqual({ ok: true, value: expected });
  });

  const bad = [
    '',
    'yesterday',
    '5:52 PM (3 days ago)',
    'Fri, Nov 20, 5:52 PM',
    '31/02/2026 10:00',
    'Fri 20/11/2026',
    'x'.repeat(5000),
  ];
  it.each(bad)('rejects %j with a reason', (input) => {
    const result = parseWallTime(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });
});
