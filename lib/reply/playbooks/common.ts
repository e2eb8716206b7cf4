import type { Lang } from '../../analysis/types.ts';
import type { ByTone } from '../playbook.ts';

/**
 * Wording shared by every situation, per language: greetings, closings, list items and the
 * labels of blanks. French lines carry both registers: `{{vous|tu}}`.
 */

export interface CommonWording {
  greeting: ByTone;
  greetingNoName: ByTone;
  closing: ByTone;
  /** List items; slots as in playbooks. */
  items: {
    action: string;
    decision: string;
    done: string;
    next: string;
    waiting: string;
    risk: string;
    none: string;
  };
  /** How the reply names the user and the client in lists. */
  owners: { client: string; other: string };
  /** Where the late-payment rate comes from, by `LatePaymentTerms.rateSource`. */
  rateBasis: { invoice: string; ecb_plus_margin: string; legal_floor: string };
  /** "12 jours" / "12 days". */
  days: { one: string; many: string };
  /** The blank written for each slot that has no value. */
  blanks: Readonly<Record<string, string>>;
}

export const COMMON: Readonly<Record<Lang, CommonWording>> = {
  fr: {
    greeting: { warm: 'Bonjour {name},', neutral: 'Bonjour {name},', firm: 'Bonjour {name},' },
    greetingNoName: { warm: 'Bonjour,', neutral: 'Bonjour,', firm: '{{Madame, Monsieur,|Bonjour,}}' },
    closing: {
      warm: '{{Belle journée à vous,|Belle journée,}}',
      neutral: '{{Bien cordialement,|Bonne journée,}}',
      firm: '{{Cordialement,|Cordialement,}}',
    },
    items: {
      action: '- {owner} : {action}, d’ici le {due}',
      decision: '- {decision}',
      done: '- {action}',
      next: '- {action} : {due}',
      waiting: '- {action} (en attente depuis le {since})',
      risk: '- {action} : prévu le {due}, {{à revoir ensemble|à revoir ensemble}}',
      none: '- rien à signaler',
    },
    owners: { client: '{{vous|toi}}', other: '{name}' },
    rateBasis: {
      invoice: 'taux prévu sur la facture',
      ecb_plus_margin: 'taux de refinancement de la BCE majoré de 10 points',
      legal_floor: 'trois fois le taux de l’intérêt légal',
    },
    days: { one: '{n} jour', many: '{n} jours' },
    blanks: {
      my_promise: '[ce que je livre]',
      my_commitment: '[ce que je livre]',
      client_promise: '[ce qui est attendu]',
      client_commitment: '[ce qui est attendu]',
      interim: '[livrable intermédiaire]',
      subject: '[objet]',
      my_action: '[ce que je livre]',
      my_due: '[jour]',
      client_action: '[ce qui est attendu]',
      client_due: '[jour]',
      proposed_day: '[jour]',
      invoice_number: '[numéro de facture]',
      amount: '[montant]',
      due_date: '[date d’échéance]',
      days_late: '[nombre de jours de retard]',
      interest: '[intérêts de retard]',
      rate: '[taux]',
      total_due: '[montant total dû]',
      request: '[nouvelle demande]',
      cost: '[montant HT]',
      extra_days: '[nombre de jours]',
      reason: '[raison]',
      new_day: '[nouvelle date]',
      issue: '[ce qui s’est passé]',
      impact: '[conséquence]',
      fix: '[correctif]',
      fix_day: '[date du correctif]',
      agreed: '[ce qui était convenu]',
      happened: '[ce qui s’est passé]',
      notice: '[durée du préavis]',
      end_day: '[date de fin]',
      peer: '[nom d’un confrère ou d’une consœur]',
      deliverables: '[livrables restants]',
      facts: '[rappel des faits]',
      past_commitment: '[ce que je livre]',
      past_due: '[jour]',
      off_hours_when: '[jour et heure du message]',
      decisions: '[décision]',
      actions: '[action]',
      name: '[nom]',
      signature: '[signature]',
      trade: '[métier]',
    },
  },
  en: {
    greeting: { warm: 'Hi {name},', neutral: 'Hello {name},', firm: 'Dear {name},' },
    greetingNoName: { warm: 'Hello,', neutral: 'Hello,', firm: 'Dear Sir or Madam,' },
    closing: { warm: 'Best wishes,', neutral: 'Kind regards,', firm: 'Regards,' },
    items: {
      action: '- {owner}: {action}, by {due}',
      decision: '- {decision}',
      done: '- {action}',
      next: '- {action}: {due}',
      waiting: '- {action} (waiting since {since})',
      risk: '- {action}: planned for {due}, to review together',
      none: '- nothing to report',
    },
    owners: { client: 'you', other: '{name}' },
    rateBasis: {
      invoice: 'the rate stated on the invoice',
      ecb_plus_margin: 'the ECB refinancing rate plus 10 points',
      legal_floor: 'three times the French legal interest rate',
    },
    days: { one: '{n} day', many: '{n} days' },
    blanks: {
      my_promise: '[what I deliver]',
      my_commitment: '[what I deliver]',
      client_promise: '[what is expected]',
      client_commitment: '[what is expected]',
      interim: '[interim deliverable]',
      subject: '[subject]',
      my_action: '[what I deliver]',
      my_due: '[day]',
      client_action: '[what is expected]',
      client_due: '[day]',
      proposed_day: '[day]',
      invoice_number: '[invoice number]',
      amount: '[amount]',
      due_date: '[due date]',
      days_late: '[days late]',
      interest: '[late-payment interest]',
      rate: '[rate]',
      total_due: '[total due]',
      request: '[new request]',
      cost: '[cost excl. VAT]',
      extra_days: '[number of days]',
      reason: '[reason]',
      new_day: '[new date]',
      issue: '[what happened]',
      impact: '[impact on you]',
      fix: '[fix]',
      fix_day: '[fix date]',
      agreed: '[what we agreed]',
      happened: '[what happened]',
      notice: '[notice period]',
      end_day: '[end date]',
      peer: '[name of a colleague]',
      deliverables: '[remaining deliverables]',
      facts: '[the facts]',
      past_commitment: '[what I deliver]',
      past_due: '[day]',
      off_hours_when: '[day and time of the message]',
      decisions: '[decision]',
      actions: '[action]',
      name: '[name]',
      signature: '[signature]',
      trade: '[trade]',
    },
  },
};
