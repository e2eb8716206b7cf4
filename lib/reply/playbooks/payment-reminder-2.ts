import type { SituationPlaybooks } from '../playbook.ts';

/**
 * The second, firm reminder after the due day: invoice, amount, due day, days late; between French
 * professionals, the late-payment interest and the 40 € recovery indemnity (art. L441-10). When
 * the client has just answered about the payment, the reply thanks them for it and asks for a
 * firm payment date: they already said what holds it up.
 */
export const PAYMENT_REMINDER_2: SituationPlaybooks = {
  fr: {
    situation: 'payment_reminder_2',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          when: 'client_payment_reply',
          text: {
            warm: 'Merci pour {{votre|ton}} retour et pour ces explications. Je comprends, mais la facture n° {invoice_number} reste en attente de règlement malgré mon premier rappel.',
            neutral:
              'Merci pour {{votre|ton}} retour. La facture n° {invoice_number} reste néanmoins en attente de règlement, malgré mon premier rappel.',
            firm: 'Merci pour {{votre|ton}} retour. La facture n° {invoice_number} n’est toutefois toujours pas réglée, malgré mon premier rappel.',
          },
        },
        {
          when: '!client_payment_reply',
          text: {
            warm: 'Je {{vous|te}} relance au sujet de la facture n° {invoice_number}, toujours en attente de règlement malgré mon premier rappel.',
            neutral:
              'Sauf erreur de ma part, la facture n° {invoice_number} reste impayée malgré mon premier rappel.',
            firm: 'Malgré mon premier rappel, la facture n° {invoice_number} n’est toujours pas réglée.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'Il s’agit de {amount}, à régler le {due_date} : le paiement a maintenant {days_late} de retard.',
            neutral: 'Montant : {amount}, échéance : le {due_date}, soit {days_late} de retard.',
            firm: 'Son montant de {amount} était exigible le {due_date} ; le retard atteint {days_late}.',
          },
        },
        {
          when: 'late_fees',
          paragraph: true,
          text: {
            warm: 'Comme le prévoit l’article L441-10 du Code de commerce entre professionnels, ce retard fait courir des pénalités au taux de {rate} ({rate_basis}), soit {interest} à ce jour, ainsi que l’indemnité forfaitaire pour frais de recouvrement de 40 € ; je préférerais ne pas avoir à les appliquer.',
            neutral:
              'Conformément à l’article L441-10 du Code de commerce, ce retard fait courir des pénalités au taux de {rate} ({rate_basis}), soit {interest} à ce jour, auxquelles s’ajoute l’indemnité forfaitaire pour frais de recouvrement de 40 € : le total dû s’élève à {total_due}.',
            firm: 'En application de l’article L441-10 du Code de commerce, sont dues de plein droit des pénalités de retard au taux de {rate} ({rate_basis}), soit {interest} à ce jour, ainsi que l’indemnité forfaitaire pour frais de recouvrement de 40 € : le montant dû s’élève donc à {total_due}.',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          when: 'client_payment_reply',
          paragraph: true,
          text: {
            warm: 'Pour que je puisse m’organiser, {{pourriez-vous|pourrais-tu}} me donner la date précise du virement ? Je {{vous|te}} remercie de faire le nécessaire au plus tard le {pay_by}.',
            neutral:
              '{{Pouvez-vous|Peux-tu}} me confirmer la date précise du virement ? Le règlement est attendu au plus tard le {pay_by}.',
            firm: 'Merci de me confirmer par retour la date précise du virement, qui devra intervenir au plus tard le {pay_by}. Sans règlement à cette date, je {{vous adresserai|t’adresserai}} une mise en demeure.',
          },
        },
        {
          when: '!client_payment_reply',
          paragraph: true,
          text: {
            warm: '{{Pourriez-vous|Pourrais-tu}} procéder au règlement d’ici le {pay_by} ? Si quelque chose bloque de {{votre|ton}} côté, {{dites-le-moi|dis-le-moi}} et nous trouverons une solution.',
            neutral:
              'Merci de procéder au règlement d’ici le {pay_by}, ou de me dire ce qui bloque si un problème se pose.',
            firm: 'Je {{vous|te}} demande de régler cette somme au plus tard le {pay_by}. Sans règlement à cette date, je {{vous adresserai|t’adresserai}} une mise en demeure.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'payment_reminder_2',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          when: 'client_payment_reply',
          text: {
            warm: 'Thank you for letting me know, and for explaining. I understand, but invoice {invoice_number} is still awaiting payment despite my first reminder.',
            neutral:
              'Thank you for letting me know. Invoice {invoice_number} nonetheless remains unpaid, despite my first reminder.',
            firm: 'Thank you for your reply. Invoice {invoice_number} has nevertheless still not been paid, despite my first reminder.',
          },
        },
        {
          when: '!client_payment_reply',
          text: {
            warm: 'I’m following up on invoice {invoice_number}, which is still awaiting payment despite my first reminder.',
            neutral:
              'Unless I am mistaken, invoice {invoice_number} remains unpaid despite my first reminder.',
            firm: 'Despite my first reminder, invoice {invoice_number} has still not been paid.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'It is for {amount}, due on {due_date}: the payment is now {days_late} late.',
            neutral: 'Amount: {amount}; due date: {due_date}; the payment is now {days_late} late.',
            firm: 'Its amount of {amount} fell due on {due_date}; the delay has reached {days_late}.',
          },
        },
        {
          when: 'late_fees',
          paragraph: true,
          text: {
            warm: 'As French law provides between businesses (article L441-10 of the Commercial Code), this delay accrues late-payment interest at {rate} ({rate_basis}), {interest} to date, plus the fixed recovery indemnity of €40; I would rather not have to apply them.',
            neutral:
              'Under article L441-10 of the French Commercial Code, this delay incurs late-payment interest at {rate} ({rate_basis}), {interest} to date, plus the fixed recovery indemnity of €40, bringing the total due to {total_due}.',
            firm: 'Under article L441-10 of the French Commercial Code, late-payment interest at {rate} ({rate_basis}) is due by law, {interest} to date, plus the fixed recovery indemnity of €40: the amount due is therefore {total_due}.',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          when: 'client_payment_reply',
          paragraph: true,
          text: {
            warm: 'So that I can plan ahead, could you tell me the exact date of the transfer? I would ask you to settle it by {pay_by} at the latest.',
            neutral:
              'Could you confirm the exact date of the transfer? Payment is expected by {pay_by} at the latest.',
            firm: 'Please confirm the exact date of the transfer by reply; payment must reach me by {pay_by} at the latest. Without payment by that date, I will send you a formal notice.',
          },
        },
        {
          when: '!client_payment_reply',
          paragraph: true,
          text: {
            warm: 'Could you settle it by {pay_by}? If something is holding it up on your side, tell me and we will find a solution.',
            neutral: 'Please settle it by {pay_by}, or tell me what is holding it up if there is a problem.',
            firm: 'I ask you to pay this amount no later than {pay_by}. Without payment by that date, I will send you a formal notice.',
          },
        },
      ],
    },
  },
};
