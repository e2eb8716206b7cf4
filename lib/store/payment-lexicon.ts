import type { LexiconRule } from '../analysis/lexicon-rule.ts';

/**
 * How a client's promise is recognised as a payment promise, for the client's average payment
 * delay. Applied to the client's promises only (action, then text): when a client promises
 * something about an invoice, it is paying it.
 */
export const PAYMENT_RULES: readonly LexiconRule[] = [
  {
    id: 'en-pay',
    lang: 'en',
    pattern: /\b(pay|pays|paid|paying)\b(?! attention)|\bpayments?\b/,
    reason: 'the verb "pay" or the noun "payment"',
    examples: {
      positive: ["We'll pay the invoice on Friday.", 'Payment will be made by the 15th.'],
      negative: ['I will pay attention to the colours.', "We'll send the brief by Friday."],
    },
  },
  {
    id: 'en-settle-invoice',
    lang: 'en',
    pattern: /\b(settle|clear)\b.*\b(invoice|balance|bill|account)\b/,
    reason: 'settling or clearing an invoice, bill or balance',
    examples: {
      positive: ["We'll settle the invoice next week.", 'Accounting will clear the balance on Monday.'],
      negative: ["We'll settle on a design next week."],
    },
  },
  {
    id: 'en-invoice',
    lang: 'en',
    pattern: /\binvoices?\b/,
    reason: "a client's promise about an invoice is about paying it",
    examples: {
      positive: ["I'll get the invoice processed by Friday."],
      negative: ["I'll get the content to you by Friday."],
    },
  },
  {
    id: 'en-transfer-money',
    lang: 'en',
    pattern:
      /\b(bank|wire) transfer\b|\bwire (the )?(money|funds|amount|balance|deposit)\b|\btransfer (the )?(money|funds|amount|balance|deposit)\b|\b(the|a|your) deposit\b/,
    reason: 'moving money: a bank or wire transfer, a deposit',
    examples: {
      positive: ['The wire transfer goes out on Monday.', "We'll transfer the balance tomorrow."],
      negative: ["I'll transfer the files tomorrow."],
    },
  },
  {
    id: 'fr-payer',
    lang: 'fr',
    pattern: /\b(paie\w*|pay(e|er|ons|ez)\w*)\b/,
    reason: 'le verbe « payer » ou le nom « paiement »',
    examples: {
      positive: ['Nous vous paierons le 15.', 'Le paiement sera effectué vendredi.', 'Je vous paye demain.'],
      negative: ['Je vous envoie les maquettes vendredi.', 'Dans quel pays êtes-vous ?'],
    },
  },
  {
    id: 'fr-virement',
    lang: 'fr',
    pattern: /\bvirements?\b|\bvir(er|erai|erons|e)\b.*\b(somme|montant|solde|acompte)\b/,
    reason: 'un virement, ou virer une somme',
    examples: {
      positive: ['Le virement part lundi.', 'On vous vire le solde demain.'],
      negative: ['Je vous envoie le devis demain.'],
    },
  },
  {
    id: 'fr-reglement',
    lang: 'fr',
    pattern:
      /\breglements?\b|\bregl(er|erai|erons|erez|era|e|ee)\b.*\b(facture|solde|montant|somme|acompte|note)\b/,
    reason: 'le règlement, ou régler une facture, un solde, une somme',
    examples: {
      positive: ['Le règlement interviendra à 30 jours.', 'Nous réglerons la facture fin du mois.'],
      negative: ['On va régler ce problème demain.'],
    },
  },
  {
    id: 'fr-facture',
    lang: 'fr',
    pattern: /\bfactures?\b|\bacomptes?\b/,
    reason: 'une promesse du client sur une facture ou un acompte porte sur son paiement',
    examples: {
      positive: ["On s'occupe de la facture vendredi.", "L'acompte part demain."],
      negative: ['On vous envoie le contenu des pages vendredi.'],
    },
  },
];
