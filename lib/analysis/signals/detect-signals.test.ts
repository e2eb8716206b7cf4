import { describe, expect, it } from 'vitest';
import { ADVICE } from './advice.ts';
import { detectSignals, SENT_OFF_HOURS_RULE } from './detect-signals.ts';
import { isOffHours, wallTime } from './working-hours.ts';

const kinds = (text: string, sentAt: string, lang: 'en' | 'fr') =>
  detectSignals(text, sentAt, lang).map((s) => s.signal);

describe('detectSignals', () => {
  it('finds several signals with the sentence that shows each and its rule', () => {
    const text =
      'Hello Tom,\nThe landing page is brilliant. While you’re at it, could you redo the pricing page?\nThanks';
    const found = detectSignals(text, '2026-11-24T11:00:00+01:00', 'en');
    expect(found.map((s) => s.signal)).toEqual(['scope_creep', 'appreciation']);
    expect(found[0]?.evidence).toBe('While you’re at it, could you redo the pricing page?');
    expect(found[0]?.rule).toBe('en.scope.while-at-it');
    expect(found[1]?.evidence).toBe('The landing page is brilliant.');
  });

  it('reads French without accents as well as with them', () => {
    expect(kinds('Je suis tres decu du resultat.', '2026-11-24T11:00:00+01:00', 'fr')).toEqual([
      'dissatisfied',
    ]);
    expect(kinds('Je suis très déçu du résultat.', '2026-11-24T11:00:00+01:00', 'fr')).toEqual([
      'dissatisfied',
    ]);
  });

  it('honours negations and cancelling rules', () => {
    expect(kinds('No rush at all, could you send it next week?', '2026-11-24T11:00:00+01:00', 'en')).toEqual(
      [],
    );
    expect(
      kinds('Pas d’urgence, vous pouvez l’envoyer la semaine prochaine ?', '2026-11-24T11:00:00+01:00', 'fr'),
    ).toEqual([]);
    // The client asks for a quote for the extra page: the extra work is framed, not creeping.
    expect(
      kinds('Could you add a FAQ page? Please send me a quote for it.', '2026-11-24T11:00:00+01:00', 'en'),
    ).toEqual([]);
  });

  it('flags off-hours from the send time only when the message asks for something', () => {
    const ask = 'Can you send me the logo files?';
    expect(kinds(ask, '2026-11-24T20:30:00+01:00', 'en')).toEqual(['off_hours']);
    expect(kinds(ask, '2026-11-24T14:30:00+01:00', 'en')).toEqual([]);
    expect(kinds(ask, '2026-11-28T14:30:00+01:00', 'en')).toEqual(['off_hours']); // a Saturday
    expect(
      kinds('Payment went out tonight, have a good evening.', '2026-11-24T21:00:00+01:00', 'en'),
    ).toEqual([]);
    const [off] = detectSignals(`Hi.\n${ask}`, '2026-11-24T20:30', 'en');
    expect(off).toEqual({ signal: 'off_hours', evidence: ask, rule: SENT_OFF_HOURS_RULE });
  });

  it('uses the working hours it is given', () => {
    const text = 'Tu peux m’envoyer le fichier ?';
    const late = { workingHours: { days: [1, 2, 3, 4, 5], start: '10:00', end: '20:00' } };
    expect(detectSignals(text, '2026-11-24T19:00:00+01:00', 'fr').map((s) => s.signal)).toEqual([
      'off_hours',
    ]);
    expect(detectSignals(text, '2026-11-24T19:00:00+01:00', 'fr', late)).toEqual([]);
  });

  it('flags asking for evening or weekend work whatever the send time', () => {
    expect(kinds('Could you look at the bug this weekend?', '2026-11-24T11:00:00+01:00', 'en')).toEqual([
      'off_hours',
    ]);
    expect(kinds('Vous pourriez regarder ça samedi matin ?', '2026-11-24T11:00:00+01:00', 'fr')).toEqual([
      'off_hours',
    ]);
    expect(kinds('Have a great weekend!', '2026-11-24T11:00:00+01:00', 'en')).toEqual([]);
  });
});

describe('working hours', () => {
  it('reads the wall time as written, offset or not', () => {
    expect(wallTime('2026-11-23T18:40:00+01:00')).toEqual({ weekday: 1, minute: 18 * 60 + 40 });
    expect(wallTime('2026-11-22T11:00')).toEqual({ weekday: 7, minute: 11 * 60 });
    expect(wallTime('not a date')).toBeNull();
  });

  it('treats the end of the day as already outside', () => {
    expect(isOffHours('2026-11-24T09:00:00+01:00')).toBe(false);
    expect(isOffHours('2026-11-24T17:59:00+01:00')).toBe(false);
    expect(isOffHours('2026-11-24T18:00:00+01:00')).toBe(true);
    expect(isOffHours('2026-11-24T08:59:00-05:00')).toBe(true);
    expect(isOffHours('garbage')).toBeNull();
  });
});

describe('ADVICE', () => {
  it('has a line per signal in both languages, French with no-break spaces before : ; ? !', () => {
    for (const [signal, advice] of Object.entries(ADVICE)) {
      expect(advice.en.length, signal).toBeGreaterThan(20);
      expect(advice.fr.length, signal).toBeGreaterThan(20);
      expect(advice.fr, signal).not.toMatch(/(?:^|[^\u00a0\u202f])[:;?!]/);
    }
  });
});
