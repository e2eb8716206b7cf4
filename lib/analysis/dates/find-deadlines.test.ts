import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { findDeadlines, resolveDeadline } from './index.ts';

/**
 * Behaviour of the date resolver on expressions of our own (not the dev set's), worked out by
 * hand on the 2026/2027 calendar: Wed 25 Nov 2026 is the usual reference.
 */

const WED = '2026-11-25T10:00:00+01:00';
const THU = '2026-11-26T15:00:00+01:00';
const FRI = '2026-11-27T09:00:00+01:00';
const SAT = '2026-11-28T11:00:00+01:00';

type Case = [lang: Lang, ref: string, text: string, due: string | null, vague: boolean];

const CASES: Case[] = [
  // weekdays: the coming one; on that very weekday, a week later
  ['en', WED, 'by Friday', '2026-11-27', false],
  ['en', WED, 'by Wednesday', '2026-12-02', false],
  ['en', WED, 'this Wednesday', '2026-11-25', false],
  ['en', WED, 'next Friday', '2026-12-04', false],
  ['en', WED, 'next Monday', '2026-11-30', false],
  ['en', WED, 'Friday next week', '2026-12-04', false],
  ['en', WED, 'COB Thursday', '2026-11-26', false],
  ['en', WED, 'Thursday at 3pm', '2026-11-26', false],
  ['en', WED, 'Friday the 4th', '2026-12-04', false],
  ['en', WED, 'Monday or Tuesday', '2026-12-01', false],
  ['en', FRI, 'this Friday', '2026-11-27', false],
  ['en', FRI, 'next Thursday', '2026-12-03', false],
  ['en', SAT, 'by Monday', '2026-11-30', false],
  ['fr', WED, 'vendredi', '2026-11-27', false],
  ['fr', WED, 'mercredi', '2026-12-02', false],
  ['fr', WED, 'ce mercredi', '2026-11-25', false],
  ['fr', WED, 'mercredi prochain', '2026-12-02', false],
  ['fr', WED, 'vendredi prochain', '2026-12-04', false],
  ['fr', WED, 'lundi prochain', '2026-11-30', false],
  ['fr', WED, 'mardi en huit', '2026-12-08', false],
  ['fr', WED, 'jeudi à 14h', '2026-11-26', false],
  ['fr', WED, 'lundi ou mardi', '2026-12-01', false],
  ['fr', FRI, "d'ici vendredi", '2026-12-04', false],
  ['fr', SAT, "d'ici vendredi", '2026-12-04', false],
  // days around today
  ['en', WED, 'tomorrow', '2026-11-26', false],
  ['en', WED, 'the day after tomorrow', '2026-11-27', false],
  ['en', WED, 'EOD', '2026-11-25', false],
  ['en', WED, 'close of business tomorrow', '2026-11-26', false],
  ['fr', WED, 'demain matin', '2026-11-26', false],
  ['fr', WED, 'après-demain', '2026-11-27', false],
  ['fr', WED, 'en fin de journée', '2026-11-25', false],
  ['fr', WED, 'ce soir', '2026-11-25', false],
  // weeks
  ['en', WED, 'end of week', '2026-11-27', false],
  ['en', SAT, 'end of the week', '2026-12-04', false],
  ['en', WED, 'end of next week', '2026-12-04', false],
  ['en', WED, 'this week', '2026-11-27', true],
  ['en', THU, 'this week', '2026-11-27', false],
  ['en', WED, 'next week', '2026-12-04', true],
  ['en', WED, 'early next week', '2026-12-02', true],
  ['fr', WED, "d'ici la fin de la semaine", '2026-11-27', false],
  ['fr', SAT, 'fin de semaine', '2026-12-04', false],
  ['fr', WED, 'fin de semaine prochaine', '2026-12-04', false],
  ['fr', WED, 'cette semaine', '2026-11-27', true],
  ['fr', WED, 'la semaine prochaine', '2026-12-04', true],
  ['fr', WED, 'début de semaine prochaine', '2026-12-02', true],
  ['fr', WED, 'la semaine du 7 décembre', '2026-12-11', true],
  // delays
  ['en', WED, 'within 48 hours', '2026-11-27', false],
  ['en', WED, 'within 3 business days', '2026-11-30', false],
  ['en', WED, 'in two weeks', '2026-12-09', false],
  ['en', WED, 'in a month', '2026-12-25', false],
  ['fr', THU, 'sous 48h', '2026-11-28', false],
  ['fr', THU, 'sous 48h ouvrées', '2026-11-30', false],
  ['fr', WED, 'sous huitaine', '2026-12-03', false],
  ['fr', WED, 'sous quinzaine', '2026-12-10', false],
  ['fr', WED, 'dans 15 jours', '2026-12-10', false],
  ['fr', WED, 'dans une semaine', '2026-12-02', false],
  // days of the month, months, quarters
  ['en', WED, 'by the 15th', '2026-12-15', false],
  ['en', WED, 'by the 25th', '2026-11-25', false],
  ['en', WED, 'before the 24th', '2026-12-24', false],
  ['fr', WED, 'avant le 15', '2026-12-15', false],
  ['fr', WED, 'pour le 1er', '2026-12-01', false],
  ['en', WED, 'end of the month', '2026-11-30', false],
  ['en', WED, 'end of January', '2027-01-31', false],
  ['fr', WED, 'fin du mois', '2026-11-30', false],
  ['fr', WED, 'fin janvier', '2027-01-31', false],
  ['fr', WED, "d'ici la fin de l'année", '2026-12-31', false],
  ['en', WED, 'mid-December', '2026-12-18', true],
  ['en', WED, 'early January', '2027-01-08', true],
  ['en', WED, 'in February', '2027-02-26', true],
  ['en', WED, 'first week of December', '2026-12-04', true],
  ['fr', WED, 'mi-décembre', '2026-12-18', true],
  ['fr', WED, 'début janvier', '2027-01-08', true],
  ['fr', WED, 'en février', '2027-02-26', true],
  ['fr', WED, 'la première semaine de décembre', '2026-12-04', true],
  ['en', WED, 'by the end of Q1', '2027-03-31', false],
  ['fr', WED, 'avant Noël', '2026-12-24', false],
  // explicit dates: forward, French day/month order
  ['en', WED, 'Dec 3', '2026-12-03', false],
  ['en', WED, '12/03', '2026-12-03', false],
  ['en', WED, 'January 8', '2027-01-08', false],
  ['fr', WED, 'le 3 décembre', '2026-12-03', false],
  ['fr', WED, '03/12', '2026-12-03', false],
  ['fr', WED, '3/12', '2026-12-03', false],
  ['en', WED, 'Monday 7th December', '2026-12-07', false],
  ['en', WED, 'on Friday, Dec 4', '2026-12-04', false],
  ['en', WED, 'mid-Jan', '2027-01-20', true],
  ['fr', WED, 'le premier décembre', '2026-12-01', false],
  ['fr', WED, 'fin déc.', '2026-12-31', false],
  ['en', WED, 'week 49', '2026-12-04', true],
  ['fr', WED, 'semaine 2', '2027-01-15', true],
  ['en', WED, 'first thing next week', '2026-11-30', false],
  ['en', WED, 'in a day or two', '2026-11-27', false],
  ['en', WED, 'in a week or two', '2026-12-09', true],
  ['fr', WED, 'dans une dizaine de jours', '2026-12-05', true],
  ['fr', WED, 'entre le 10 et le 15', '2026-12-15', false],
  ['fr', WED, 'le 1er du mois prochain', '2026-12-01', false],
  // vague, no day
  ['en', WED, 'ASAP', null, true],
  ['en', WED, 'soon', null, true],
  ['en', WED, 'in the next few days', null, true],
  ['en', WED, 'when I get a chance', null, true],
  ['fr', WED, 'bientôt', null, true],
  ['fr', WED, 'dès que possible', null, true],
  ['fr', WED, 'rapidement', null, true],
  ['fr', WED, 'dans les prochains jours', null, true],
  // clock times, J+n, dotted dates, "within the hour", holidays in business-day counts
  ['fr', WED, "d'ici 18h", '2026-11-25', false],
  ['fr', '2026-11-25T19:00:00+01:00', "d'ici 18h", '2026-11-26', false],
  ['fr', WED, "d'ici 48h", '2026-11-27', false],
  ['fr', WED, 'J+3', '2026-11-28', false],
  ['fr', WED, 'avant le 04.12', '2026-12-04', false],
  ['fr', WED, "rappel dans l'heure", '2026-11-25', false],
  ['en', '2026-11-25T23:30:00+01:00', 'within the hour', '2026-11-26', false],
  ['fr', '2026-12-23T10:00:00+01:00', 'sous 2 jours ouvrés', '2026-12-28', false],
  ['en', '2026-12-31T10:00:00+00:00', 'within 1 business day', '2027-01-04', false],
  ['en', '2026-11-29T18:00:00+00:00', 'early this week', '2026-12-02', true],
  ['en', WED, 'by this time next week', '2026-12-02', false],
  ['en', '2026-12-10T10:00:00+00:00', "after New Year's", null, true],
  ['fr', '2026-12-10T10:00:00+01:00', 'après le nouvel an', null, true],
];

describe('resolveDeadline', () => {
  it.each(CASES)('%s %s "%s" → %s (vague %s)', (lang, ref, text, due, vague) => {
    const got = resolveDeadline(text, ref, lang);
    expect(got.due).toBe(due);
    expect(got.vague).toBe(vague);
    expect(got.rule).not.toBeNull();
  });

  it('gives no day for a text with no time expression, or a bad reference', () => {
    expect(resolveDeadline('merci beaucoup', WED, 'fr')).toEqual({ due: null, vague: true, rule: null });
    expect(resolveDeadline('by Friday', 'not a date', 'en').due).toBeNull();
  });
});

describe('the writer’s calendar, whatever the machine’s time zone', () => {
  // Each case is on the other side of midnight in UTC, so reading the day in UTC or in the
  // machine's zone gives a different answer.
  const OFFSET_CASES: Case[] = [
    ['en', '2026-12-03T23:30:00-05:00', 'tomorrow', '2026-12-04', false],
    ['en', '2026-12-04T07:30:00+09:00', 'today', '2026-12-04', false],
    ['en', '2026-12-04T07:30:00+09:00', 'by Friday', '2026-12-11', false],
    ['en', '2026-11-30T23:30:00-08:00', 'within 24 hours', '2026-12-01', false],
    ['fr', '2026-11-01T01:30:00-07:00', 'demain', '2026-11-02', false],
    ['fr', '2027-03-13T23:30:00-08:00', 'le 14 mars', '2027-03-14', false],
    ['fr', '2026-12-31T23:50:00+14:00', 'fin du mois', '2026-12-31', false],
  ];
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });
  for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC', 'Pacific/Kiritimati']) {
    it(`resolves in the offset of ref under TZ=${tz}`, () => {
      process.env.TZ = tz;
      for (const [lang, ref, text, due] of OFFSET_CASES) {
        expect(resolveDeadline(text, ref, lang).due, `${tz} ${ref} ${text}`).toBe(due);
      }
    });
  }
});

describe('findDeadlines in sentences', () => {
  it('finds each expression with its span', () => {
    const text = "Je vous envoie la V2 d'ici vendredi, et la facture dès que possible.";
    const found = findDeadlines(text, WED, 'fr');
    expect(found.map((m) => [m.text, m.due, m.vague])).toEqual([
      ["d'ici vendredi", '2026-11-27', false],
      ['dès que possible', null, true],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('recognises vague expressions before chrono can turn them into dates', () => {
    const found = findDeadlines("I'll be in touch in the next few days.", WED, 'en');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ due: null, vague: true, rule: 'en.vague.coming-days' });
  });

  it('does not read a length ("de 30 secondes", "for 2 hours") as a deadline', () => {
    for (const [lang, text] of [
      ['fr', 'un spot de 30 secondes'],
      ['fr', 'une réunion de 2 heures'],
      ['en', 'we talked for 2 hours'],
    ] as const) {
      expect(findDeadlines(text, WED, lang), text).toEqual([]);
    }
  });

  it('leaves words chrono alone would misread', () => {
    for (const text of [
      'I sat down with the team.',
      'The sun is out.',
      'Good morning Paul',
      'Now that we agree.',
    ])
      expect(findDeadlines(text, WED, 'en'), text).toEqual([]);
    for (const text of ['La mer est belle.', 'Sam vous enverra le fichier.', 'La version 3.12 est en ligne.'])
      expect(findDeadlines(text, WED, 'fr'), text).toEqual([]);
    expect(findDeadlines('At the end of the day, it is your call.', WED, 'en')).toEqual([]);
  });

  it('does not take greetings for deadlines', () => {
    expect(findDeadlines('Bonne fin de journée !', WED, 'fr')).toEqual([]);
    expect(findDeadlines('Bonne fin de semaine', WED, 'fr')).toEqual([]);
    expect(findDeadlines('Have a great end of the week!', WED, 'en')).toEqual([]);
  });

  it('keeps offsets right around emoji and survives impossible dates', () => {
    const text = '🎉 je vous envoie ça demain 🚀 ou le 31/02 ?';
    const found = findDeadlines(text, WED, 'fr');
    const demain = found.find((m) => m.text === 'demain');
    expect(demain?.due).toBe('2026-11-26');
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.due === null || /^\d{4}-\d{2}-\d{2}$/.test(m.due)).toBe(true);
      expect(m.due).not.toMatch(/-02-3[01]$/);
    }
    expect(() => findDeadlines('31/02', WED, 'en')).not.toThrow();
  });

  it('never throws and returns valid spans on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom<Lang>('en', 'fr'), (text, lang) => {
        for (const m of findDeadlines(text, WED, lang)) {
          if (!(m.start >= 0 && m.start < m.end && m.end <= text.length)) return false;
          if (text.slice(m.start, m.end) !== m.text) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on 10,000 sentences and on repetitive input', () => {
    const sentences = Array.from(
      { length: 10_000 },
      (_, i) => `Je vous envoie la V${i} d'ici vendredi 😀, le reste rapidement.`,
    );
    let t = performance.now();
    const found = findDeadlines(sentences.join(' '), WED, 'fr');
    expect(found.filter((m) => m.due === '2026-11-27')).toHaveLength(10_000);
    expect(found.filter((m) => m.due === null && m.vague)).toHaveLength(10_000);
    expect(performance.now() - t).toBeLessThan(15_000);
    for (const bad of [
      'le '.repeat(20_000),
      'in the next '.repeat(5_000),
      '1'.repeat(50_000),
      'sous '.repeat(10_000),
    ]) {
      t = performance.now();
      findDeadlines(bad, WED, 'fr');
      findDeadlines(bad, WED, 'en');
      expect(performance.now() - t, bad.slice(0, 20)).toBeLessThan(5_000);
    }
  });
});

describe('the due days the commitments dev set implies', () => {
  // Helper D reads the due day of a commitment from findDeadlines: the last dated match of the
  // sentence must be one of the gold days.
  const lines = readFileSync('test/fixtures/eval/commitments.dev.jsonl', 'utf8').trim().split('\n');
  const items = lines
    .map(
      (l) =>
        JSON.parse(l) as {
          id: string;
          lang: Lang;
          sent_at: string;
          text: string;
          commitment: { due: string | string[] | null } | null;
        },
    )
    .filter((it) => it.commitment?.due != null);
  it('has sentences with dues to check', () => {
    expect(items.length).toBeGreaterThan(40);
  });
  it.each(items.map((it) => [it.id, it] as const))('%s', (_id, item) => {
    const gold = item.commitment?.due;
    const accepted = Array.isArray(gold) ? gold : [gold];
    const dated = findDeadlines(item.text, item.sent_at, item.lang).filter((m) => m.due !== null);
    expect(accepted).toContain(dated.at(-1)?.due);
  });
});
