import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema, SITUATIONS, type Situation } from '../analysis/types.ts';
import { ThreadSchema } from '../mail/thread.ts';
import { checkReply } from './check.ts';
import { generateReply, resolveSituation } from './generate.ts';
import { lateFeesApply } from './late-payment.ts';
import { COMMON } from './playbooks/common.ts';
import {
  type InvoiceInput,
  type LedgerPromise,
  REGISTERS,
  type ReplyInput,
  type ReplyProfile,
  TONES,
} from './types.ts';

/**
 * Every situation × tone × register on each fixture thread (test/fixtures/replies): the reply must
 * pass Parole's own checks, show its blanks honestly, follow French typography, and change its
 * wording beyond the greeting when the tone changes.
 */

interface Fixture {
  name: string;
  now: string;
  profile: ReplyProfile;
  thread: unknown;
  analysis: unknown;
  invoice?: InvoiceInput;
  ledger?: { promises: LedgerPromise[] };
  notes?: string;
}

const DIR = join(import.meta.dirname, '../../test/fixtures/replies');
const FIXTURES: Fixture[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Fixture);

function input(
  fixture: Fixture,
  situation: Situation,
  tone: ReplyInput['tone'],
  register: ReplyInput['register'],
): ReplyInput {
  return {
    situation,
    tone,
    register,
    thread: ThreadSchema.parse(fixture.thread),
    analysis: AnalysisSchema.parse(fixture.analysis),
    now: fixture.now,
    profile: fixture.profile,
    ...(fixture.invoice ? { invoice: fixture.invoice } : {}),
    ...(fixture.ledger ? { ledger: fixture.ledger } : {}),
    ...(fixture.notes ? { notes: fixture.notes } : {}),
  };
}

/** The body without the greeting (first paragraph) and the closing with the signature (last). */
function body(text: string): string {
  const paragraphs = text.split('\n\n');
  const start = paragraphs[0]?.startsWith('Objet') || paragraphs[0]?.startsWith('Subject') ? 2 : 1;
  return paragraphs.slice(start, -1).join('\n\n');
}

const ALL_LABELS = new Set([...Object.values(COMMON.fr.blanks), ...Object.values(COMMON.en.blanks)]);

it('has fixtures to run on', () => {
  expect(FIXTURES.length).toBeGreaterThanOrEqual(3);
});

for (const fixture of FIXTURES) {
  describe(fixture.name, () => {
    for (const situation of SITUATIONS) {
      for (const register of REGISTERS) {
        it(`${situation} / ${register}`, () => {
          const lateFees = lateFeesApply(fixture.profile.country, fixture.profile.clientKind);
          const texts = TONES.map((tone) => {
            const reply = generateReply(input(fixture, situation, tone, register));
            const { text } = reply;
            expect(reply.situation).toBe(situation);
            // Parole's own checks: vague words, one register, promises with days, required elements.
            expect(checkReply(text, { situation, register, lateFees }), `${tone}:\n${text}`).toEqual([]);
            // No template syntax left, no blank that is not listed, no listed blank that is not there.
            expect(text).not.toMatch(/\{|\}|undefined|null|NaN/);
            for (const match of text.matchAll(/\[[^\]\n]+\]/g)) {
              expect(ALL_LABELS.has(match[0]), `unknown bracket ${match[0]}`).toBe(true);
              expect(reply.blanks).toContain(match[0]);
            }
            for (const blank of reply.blanks) expect(text).toContain(blank);
            if (register !== 'en') {
              // French spacing: no plain space, and always some space, before : ; ? ! and inside « ».
              // Quoted words are left as their writer wrote them (often English): only the reply's own.
              const own = text.replace(/«([^»]*)»/gu, '«\u202fq\u202f»');
              expect(own).not.toMatch(/ [:;?!»]|« /);
              expect(own).not.toMatch(/[\p{L}\d)][;?!]|[\p{L}\d)]:(?=\s)/u);
            }
            return text;
          });
          const [warm = '', neutral = '', firm = ''] = texts.map(body);
          expect(warm).not.toBe(neutral);
          expect(neutral).not.toBe(firm);
          expect(warm).not.toBe(firm);
        });
      }
    }
  });
}

describe('what the replies say', () => {
  const [formal, tu, english] = ['fr-vous-formal', 'fr-tu-consumer', 'en-invoice'].map((name) => {
    const found = FIXTURES.find((f) => f.name === name);
    if (!found) throw new Error(`missing fixture ${name}`);
    return found;
  }) as [Fixture, Fixture, Fixture];

  /** amount × rate × days / 365, rounded to cents, in the language's money format. */
  function interest(amount: number, ratePercent: number, days: number, locale: string): string {
    const value = Math.round(((amount * ratePercent) / 100) * (days / 365) * 100) / 100;
    return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
  }

  it('payment_reminder_2 in French B2B states the interest for the days late and the 40 € indemnity', () => {
    // Invoice read from the thread: 1 250,00 €, due 02/11; today 23 November: 21 days late.
    // Default rate: ECB 2.15 % + 10 points = 12.15 % (above 3 × 2.62 %).
    const { text } = generateReply(input(formal, 'payment_reminder_2', 'neutral', 'vous'));
    const expected = interest(1250, 12.15, 21, 'fr-FR');
    expect(expected.replace(/\s/g, ' ')).toBe('8,74 €');
    expect(
      checkReply(text, {
        situation: 'payment_reminder_2',
        register: 'vous',
        lateFees: true,
        expected: [expected, '40 €', '2026-014', '21 jours', 'lundi 2 novembre', '12,15 %'],
      }),
    ).toEqual([]);
    expect(text).toContain('indemnité forfaitaire pour frais de recouvrement');
  });

  it('payment_reminder_2 in English for a French B2B client computes the same way, in English format', () => {
    const { text } = generateReply(input(english, 'payment_reminder_2', 'firm', 'en'));
    const expected = interest(2400, 12.15, 21, 'en-US');
    expect(expected).toBe('€16.78');
    expect(text).toContain(expected);
    expect(text).toContain('#1043'.slice(1));
    expect(text).toContain('Monday, November 2');
    expect(text).toContain('21 days');
  });

  it('gives a consumer neither late-payment interest nor the indemnity', () => {
    for (const situation of ['payment_reminder_2', 'payment_formal_notice'] as const) {
      const { text } = generateReply(input(tu, situation, 'firm', 'tu'));
      expect(text).not.toMatch(/40 €|L441-10|pénalités/);
      expect(text).toContain('F-2026-031');
      expect(text).toContain('480,00');
    }
  });

  it('the formal notice gives 8 days, the legal next step, and says it goes by registered letter', () => {
    const fr = generateReply(input(formal, 'payment_formal_notice', 'neutral', 'vous')).text;
    expect(fr).toMatch(/8 jours/);
    expect(fr).toContain('lettre recommandée avec accusé de réception');
    expect(fr).toContain('injonction de payer');
    expect(fr).toContain('mardi 1er décembre');
    const en = generateReply(input(english, 'payment_formal_notice', 'neutral', 'en')).text;
    expect(en).toContain('within 8 days');
    expect(en).toContain('registered letter with acknowledgement of receipt');
  });

  it('names a formal client Madame + last name, and by first name in tu', () => {
    expect(generateReply(input(formal, 'confirm_commitment', 'neutral', 'vous')).text).toMatch(
      /^Bonjour Madame Roy,/,
    );
    expect(generateReply(input(formal, 'confirm_commitment', 'neutral', 'tu')).text).toMatch(
      /^Bonjour Claire,/,
    );
    expect(generateReply(input(tu, 'confirm_commitment', 'warm', 'tu')).text).toMatch(/^Bonjour Julien,/);
    expect(generateReply(input(english, 'confirm_commitment', 'warm', 'en')).text).toMatch(/^Hi Rachel,/);
  });

  it('restates my promise with its day, spelled in the language, and moves its words to the register', () => {
    const vous = generateReply(input(formal, 'confirm_commitment', 'neutral', 'vous')).text;
    expect(vous).toContain('vous envoyer la V2');
    expect(vous).toContain('vendredi 27 novembre');
    expect(vous).toContain('mercredi 25 novembre');
    const tuText = generateReply(input(formal, 'confirm_commitment', 'neutral', 'tu')).text;
    expect(tuText).toContain('t’envoyer la V2');
    const en = generateReply(input(formal, 'confirm_commitment', 'neutral', 'en')).text;
    expect(en).toContain('Friday, November 27');
  });

  it('asks the client for a day on their vague promise, quoting it', () => {
    const text = generateReply(input(formal, 'ask_client_for_date', 'neutral', 'vous')).text;
    expect(text).toContain('nous vous ferons un retour sur les textes dans les prochains jours');
    expect(text).toContain('jeudi 26 novembre');
  });

  it('boundary setting states the profile’s days, hours, channel and answer delay, and handles the request on a working day', () => {
    const text = generateReply(input(formal, 'boundary_setting', 'firm', 'vous')).text;
    expect(text).toContain('du lundi au vendredi, de 9\u00a0h à 18\u00a0h');
    expect(text).toContain('24 heures ouvrées');
    expect(text).toContain('samedi 21 novembre à 22\u00a0h\u00a047');
    expect(text).toContain('mardi 24 novembre');
    const tuText = generateReply(input(tu, 'boundary_setting', 'neutral', 'tu')).text;
    expect(tuText).toContain('du mardi au samedi, de 9\u00a0h\u00a030 à 17\u00a0h');
    const en = generateReply(input(english, 'boundary_setting', 'neutral', 'en')).text;
    expect(en).toContain('Monday to Friday, 8:30 am to 5:30 pm');
    expect(en).toContain('one working day');
  });

  it('scope change names the request and leaves cost and time as blanks', () => {
    const reply = generateReply(input(english, 'scope_change_quote', 'neutral', 'en'));
    expect(reply.text).toContain('translate the press kit');
    expect(reply.blanks).toEqual(['[cost excl. VAT]', '[number of days]']);
  });

  it('call recap turns notes into decisions and owned, dated actions', () => {
    const fr = generateReply(input(formal, 'call_recap', 'neutral', 'vous')).text;
    expect(fr).toContain('- on garde la variante B du bouton');
    expect(fr).toContain('- Léa\u00a0: envoyer la V3 des maquettes, d’ici le vendredi 27 novembre');
    expect(fr).toContain('- Claire\u00a0: valider les textes de la page Tarifs, d’ici le lundi 30 novembre');
    const en = generateReply(input(english, 'call_recap', 'neutral', 'en'));
    expect(en.text).toContain('- Tom: send the revised chapter 3, by Friday, November 27');
    expect(en.text).toContain('- Rachel: approve the invoice, by Monday, November 30');
    expect(en.text).toContain('- Tom: book the review call, by [day]');
  });

  it('weekly status lists done, next with days, waiting since, and late items as risks', () => {
    const text = generateReply(input(formal, 'weekly_status', 'neutral', 'vous')).text;
    expect(text).toContain('- envoyer la V2 des maquettes');
    expect(text).toContain('- livrer la V3 des maquettes\u00a0: vendredi 27 novembre');
    expect(text).toContain(
      '- envoyer les textes de la page Tarifs (en attente depuis le mercredi 18 novembre)',
    );
    expect(text).toMatch(/Risques\u00a0:\n- livrer le guide de style\u00a0: prévu le lundi 16 novembre/);
  });

  it('admitting a mistake apologises once', () => {
    for (const tone of TONES) {
      const text = generateReply(input(formal, 'admit_mistake', tone, 'vous')).text;
      expect(text.match(/excus|désolé|pardon/gi)?.length).toBe(1);
    }
  });

  it('resolves auto to the most pressing situation, or to confirming a commitment', () => {
    const analysis = AnalysisSchema.parse(formal.analysis);
    expect(resolveSituation('auto', analysis)).toBe('scope_change_quote');
    expect(resolveSituation('auto', { ...analysis, situations: [] })).toBe('confirm_commitment');
    expect(resolveSituation('end_mission', analysis)).toBe('end_mission');
  });
});
