import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/types.ts';
import type { Thread } from '../mail/thread.ts';
import { addresseeOf, greetingName } from './addressee.ts';
import { CHECK_RULES, checkReply } from './check.ts';
import { addWorkingDays, dayOf, formatDay, formatWorkingDays } from './date-format.ts';
import { frenchTypography, NBSP, NNBSP } from './french-typography.ts';
import {
  extractInvoiceFacts,
  findInvoiceFact,
  INVOICE_FACT_PATTERNS,
  parseAmount,
  parseWrittenDay,
} from './invoice-facts.ts';
import { lateFeesApply, latePaymentTerms } from './late-payment.ts';
import { LATE_PAYMENT_RATES } from './late-payment-rates.ts';
import { MOVES } from './playbook.ts';
import { PLAYBOOKS } from './playbooks/index.ts';
import { parseRecapNotes } from './recap-notes.ts';
import { adaptRegister, clientActionAsMine } from './register.ts';

describe('check rules', () => {
  for (const rule of CHECK_RULES) {
    it(`${rule.id} matches its examples`, () => {
      expect(rule.examples.positive.length).toBeGreaterThan(0);
      for (const text of rule.examples.positive)
        expect(new RegExp(rule.pattern.source, 'iu').test(text), text).toBe(true);
      for (const text of rule.examples.negative)
        expect(new RegExp(rule.pattern.source, 'iu').test(text), text).toBe(false);
    });
  }

  it('flags vague words, mixed registers, undated promises and missing required elements', () => {
    const base = { situation: 'confirm_commitment', register: 'vous', lateFees: false } as const;
    expect(checkReply('Je vous envoie la V2 rapidement.', base).map((p) => p.rule)).toEqual([
      'fr-vague-window',
      'fr-promise',
    ]);
    expect(checkReply('Je vous confirme. Peux-tu me dire ?', base).map((p) => p.rule)).toEqual(['fr-tu']);
    expect(
      checkReply('Je te confirme. Pouvez-vous me dire ?', { ...base, register: 'tu' }).map((p) => p.rule),
    ).toEqual(['fr-vous']);
    expect(checkReply('Je vous envoie la V2 le vendredi 27 novembre.', base)).toEqual([]);
    // Quoted words are the client's: their register and vagueness are not the reply's.
    expect(checkReply('Vous m’avez écrit : « je te paie bientôt ».', base)).toEqual([]);
    expect(checkReply('I’ll try to send it soon.', { ...base, register: 'en' }).map((p) => p.rule)).toEqual([
      'en-vague-window',
      'en-vague-hedge',
      'en-promise',
    ]);
    const reminder = { situation: 'payment_reminder_2', register: 'vous', lateFees: true } as const;
    expect(checkReply('La facture est en retard.', reminder).map((p) => p.rule)).toEqual([
      'pr2-fr-indemnity',
      'pr2-fr-article',
    ]);
    expect(
      checkReply('Retard : 40 € (L441-10).', { ...reminder, lateFees: false }).map((p) => p.rule),
    ).toEqual(['pr2-fr-no-fees']);
    const apologies = checkReply('Toutes mes excuses. Je suis désolée.', {
      ...base,
      situation: 'admit_mistake',
    });
    expect(apologies.map((p) => p.rule)).toContain('fr-apology');
  });
});

describe('invoice facts', () => {
  for (const pattern of INVOICE_FACT_PATTERNS) {
    it(`${pattern.id} matches its examples`, () => {
      for (const text of pattern.examples.positive)
        expect(findInvoiceFact(text, pattern.kind)?.pattern.id, text).toBe(pattern.id);
      for (const text of pattern.examples.negative) expect(pattern.pattern.test(text), text).toBe(false);
    });
  }

  it('reads numbers, amounts and days in both languages', () => {
    expect(findInvoiceFact('Voici la facture n° 2026-014.', 'number')?.value).toBe('2026-014');
    expect(findInvoiceFact('Please pay invoice #1043.', 'number')?.value).toBe('1043');
    expect(parseAmount('1 250,00')).toBe(1250);
    expect(parseAmount('1,250')).toBe(1250);
    expect(parseAmount('1.250,50')).toBe(1250.5);
    expect(parseAmount('2,400.00')).toBe(2400);
    expect(parseWrittenDay('15/11', '2026-11-23')).toBe('2026-11-15');
    expect(parseWrittenDay('02/01', '2026-12-20')).toBe('2027-01-02');
    expect(parseWrittenDay('November 15', '2026-11-23')).toBe('2026-11-15');
    expect(parseWrittenDay('1er décembre', '2026-11-23')).toBe('2026-12-01');
    expect(parseWrittenDay('11/30', '2026-11-23')).toBe('2026-11-30');
    expect(parseWrittenDay('31/02/2026', '2026-11-23')).toBeNull();
  });

  it('takes each fact from the newest message that states it', () => {
    const thread: Thread = {
      provider: 'email',
      account: 'me@example.com',
      thread_id: null,
      subject: 'Invoice',
      problems: [],
      messages: [
        {
          id: null,
          from: { name: 'Me', email: 'me@example.com' },
          to: [],
          sent_at: '2026-10-20T10:00',
          collapsed: false,
          text: 'Invoice #1043 for €1,250 is due on November 15.',
        },
        {
          id: null,
          from: { name: 'Ann', email: 'ann@client.example' },
          to: [],
          sent_at: '2026-11-20T10:00',
          collapsed: false,
          text: 'We will pay EUR 1300 soon.',
        },
      ],
    };
    expect(extractInvoiceFacts(thread, '2026-11-23')).toEqual({
      number: '1043',
      amount: 1300,
      currency: 'EUR',
      dueDate: '2026-11-15',
    });
  });
});

describe('late-payment terms', () => {
  it('applies to French professionals only', () => {
    expect(lateFeesApply('FR', 'b2b')).toBe(true);
    expect(lateFeesApply('FR', 'b2c')).toBe(false);
    expect(lateFeesApply('BE', 'b2b')).toBe(false);
  });

  it('defaults to the ECB rate + 10 points, computes amount × rate × days / 365 and adds 40 €', () => {
    const terms = latePaymentTerms({ amount: 1250, dueDate: '2026-11-02', today: '2026-11-23' });
    expect(terms).toEqual({
      daysLate: 21,
      ratePercent: 12.15,
      rateSource: 'ecb_plus_margin',
      interest: 8.74,
      indemnity: 40,
    });
  });

  it('uses the invoice’s rate, never below three times the legal interest rate', () => {
    expect(
      latePaymentTerms({ amount: 1000, dueDate: '2026-03-01', today: '2026-03-31', invoiceRate: 15 })
        .ratePercent,
    ).toBe(15);
    const floored = latePaymentTerms({
      amount: 1000,
      dueDate: '2026-03-01',
      today: '2026-03-31',
      invoiceRate: 3,
    });
    expect(floored.rateSource).toBe('legal_floor');
    expect(floored.ratePercent).toBe(7.86);
    expect(floored.interest).toBe(6.46);
  });

  it('takes overridable, dated rates', () => {
    const rates = {
      ...LATE_PAYMENT_RATES,
      ecbMainRefinancing: [{ from: '2026-07-01', percent: 3, source: 'test' }],
    };
    expect(
      latePaymentTerms({ amount: 100, dueDate: '2026-11-02', today: '2026-11-02' }, rates),
    ).toMatchObject({
      ratePercent: 13,
      daysLate: 0,
      interest: 0,
    });
  });
});

describe('dates and typography', () => {
  it('spells the calendar day in the language, whatever the machine’s time zone', () => {
    expect(formatDay('2026-11-27', 'fr')).toBe('vendredi 27 novembre');
    expect(formatDay('2026-11-27', 'en')).toBe('Friday, November 27');
    expect(formatDay('2026-12-01', 'fr')).toBe('mardi 1er décembre');
    expect(formatDay('2027-01-04', 'fr', '2026-11-23')).toBe('lundi 4 janvier 2027');
    // The day of an ISO time is the writer's local day, not UTC's.
    expect(dayOf('2026-11-23T23:30:00-05:00')).toBe('2026-11-23');
    expect(dayOf('2026-11-23T00:30:00+09:00')).toBe('2026-11-23');
  });

  it('counts working days from the profile', () => {
    expect(addWorkingDays('2026-11-27', 1, [1, 2, 3, 4, 5])).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-23', 1, [2, 3, 4, 5, 6])).toBe('2026-11-24');
    expect(addWorkingDays('2026-11-28', 1, [0, 6])).toBe('2026-11-29');
    expect(formatWorkingDays([1, 2, 3, 4, 5], 'fr')).toBe('du lundi au vendredi');
    expect(formatWorkingDays([1, 3, 5], 'en')).toBe('on Mondays, Wednesdays and Fridays');
  });

  it('puts no-break spaces where French wants them, and is idempotent', () => {
    const text = 'Objet: facture n° 12 ? Oui ! Montant : 40 € ; « bien » https://x.example/a?b=1 à 9:30';
    const once = frenchTypography(text);
    expect(once).toBe(
      `Objet${NBSP}: facture n°${NBSP}12${NNBSP}? Oui${NNBSP}! Montant${NBSP}: 40${NBSP}€${NNBSP}; «${NNBSP}bien${NNBSP}» https://x.example/a?b=1 à 9:30`,
    );
    expect(frenchTypography(once)).toBe(once);
    expect(frenchTypography("l'acompte")).toBe('l’acompte');
  });

  it('leaves quoted words as written, only giving the guillemets and existing spaces their no-break form', () => {
    expect(frenchTypography("Votre demande : « could you design a few templates? » l'a surpris ?")).toBe(
      `Votre demande${NBSP}: «${NNBSP}could you design a few templates?${NNBSP}» l’a surpris${NNBSP}?`,
    );
    expect(frenchTypography("« c'est possible ? »")).toBe(`«${NNBSP}c'est possible${NNBSP}?${NNBSP}»`);
  });
});

describe('people and registers', () => {
  const analysis: Analysis = {
    language: 'fr',
    me: 'lea@example.com',
    client: { name: 'Paul Durand', email: 'paul@client.example' },
    register: 'vous',
    commitments: [],
    signals: [],
    requests: [],
    situations: [],
  };
  const thread = (text: string): Thread => ({
    provider: 'email',
    account: 'lea@example.com',
    thread_id: null,
    subject: null,
    problems: [],
    messages: [
      {
        id: null,
        from: { name: 'Paul Durand', email: 'paul@client.example' },
        to: [],
        sent_at: null,
        collapsed: false,
        text,
      },
    ],
  });

  it('uses Monsieur + last name for a client who writes formally, the first name otherwise', () => {
    const formal = addresseeOf(
      thread('Madame,\n\nVeuillez trouver le bon de commande.\n\nCordialement,\nPaul Durand'),
      analysis,
      'Léa',
    );
    expect(greetingName(formal, 'fr', 'vous')).toBe('Monsieur Durand');
    expect(greetingName(formal, 'en', 'en')).toBe('Mr Durand');
    expect(greetingName(formal, 'fr', 'tu')).toBe('Paul');
    const informal = addresseeOf(thread('Bonjour Léa,\n\nMerci !\n\nPaul'), analysis, 'Léa');
    expect(greetingName(informal, 'fr', 'vous')).toBe('Paul');
  });

  it('moves a phrase between tu and vous, and a client’s action to my side', () => {
    expect(adaptRegister('vous envoyer la V2', 'tu')).toBe('t’envoyer la V2');
    expect(adaptRegister('vous faire un retour', 'tu')).toBe('te faire un retour');
    expect(adaptRegister('votre maquette', 'tu')).toBeNull();
    expect(adaptRegister('t’envoyer ta facture', 'vous')).toBe('vous envoyer votre facture');
    expect(clientActionAsMine('te payer la facture', 'fr')).toBe('me payer la facture');
    expect(clientActionAsMine('vous envoyer les textes', 'fr')).toBe('m’envoyer les textes');
    expect(clientActionAsMine('send you the texts', 'en')).toBe('send me the texts');
    expect(clientActionAsMine('valider votre devis', 'fr')).toBeNull();
  });
});

describe('call notes', () => {
  it('splits decisions from owned, dated actions', () => {
    const notes = parseRecapNotes(
      'Décision : on garde la V2\n- Paul : valider les textes d’ici le 30/11\n- moi: envoyer la V3 vendredi\nLe blog attendra',
      '2026-11-23',
      { me: 'Léa', client: 'Paul' },
      'fr',
    );
    expect(notes.decisions).toEqual(['on garde la V2', 'Le blog attendra']);
    expect(notes.actions).toEqual([
      { owner: 'client', ownerName: null, action: 'valider les textes', due: '2026-11-30' },
      { owner: 'me', ownerName: null, action: 'envoyer la V3', due: '2026-11-27' },
    ]);
  });
});

describe('playbooks', () => {
  it('word every core line differently for each tone, in both languages', () => {
    for (const [situation, byLang] of Object.entries(PLAYBOOKS)) {
      for (const playbook of Object.values(byLang)) {
        expect(playbook.situation).toBe(situation);
        expect(playbook.moves.core.length, situation).toBeGreaterThan(0);
        for (const line of playbook.moves.core) {
          expect(typeof line.text, `${situation} core`).toBe('object');
          if (typeof line.text === 'string') continue;
          expect(
            new Set([line.text.warm, line.text.neutral, line.text.firm]).size,
            `${situation}: ${line.text.neutral}`,
          ).toBe(3);
        }
        for (const move of MOVES) expect(Array.isArray(playbook.moves[move])).toBe(true);
      }
    }
  });
});
