import type { SituationPlaybooks } from '../playbook.ts';

/**
 * A friendly first reminder around the due day: maybe an oversight, ask for the payment date.
 * When the client has just answered about the payment, thank them first (no "oversight" then).
 */
export const PAYMENT_REMINDER_1: SituationPlaybooks = {
  fr: {
    situation: 'payment_reminder_1',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          when: 'client_payment_reply',
          text: {
            warm: 'Merci pour {{votre|ton}} retour au sujet de la facture n° {invoice_number}, c’est bien noté.',
            neutral: 'Merci pour {{votre|ton}} retour au sujet de la facture n° {invoice_number}.',
            firm: 'Merci pour {{votre|ton}} retour. Je reviens vers {{vous|toi}} au sujet de la facture n° {invoice_number}.',
          },
        },
        {
          when: '!client_payment_reply',
          text: {
            warm: 'J’espère que tout va bien de {{votre|ton}} côté.',
            neutral: 'Je me permets un rappel au sujet de la facture n° {invoice_number}.',
            firm: 'Je {{vous|te}} contacte au sujet de la facture n° {invoice_number}.',
          },
        },
      ],
      core: [
        {
          when: ['overdue', 'client_payment_reply'],
          text: {
            warm: 'D’un montant de {amount}, elle était à régler le {due_date}, et je ne vois pas encore le paiement de mon côté.',
            neutral:
              'D’un montant de {amount}, elle était à régler le {due_date} et je n’ai pas encore reçu le paiement.',
            firm: 'D’un montant de {amount}, elle est échue depuis le {due_date} et reste impayée.',
          },
        },
        {
          when: ['overdue', '!client_payment_reply'],
          text: {
            warm: 'Petit rappel amical : la facture n° {invoice_number} de {amount} était à régler le {due_date}, et je ne vois pas encore le paiement de mon côté. Il s’agit peut-être d’un simple oubli.',
            neutral:
              'D’un montant de {amount}, elle était à régler le {due_date} et je n’ai pas encore reçu le paiement.',
            firm: 'D’un montant de {amount}, elle est échue depuis le {due_date} et reste impayée à ce jour.',
          },
        },
        {
          when: ['!overdue', 'client_payment_reply'],
          text: {
            warm: 'D’un montant de {amount}, elle arrive à échéance le {due_date}.',
            neutral: 'Pour mémoire, son montant est de {amount}, à régler le {due_date}.',
            firm: 'D’un montant de {amount}, elle est payable au plus tard le {due_date}.',
          },
        },
        {
          when: ['!overdue', '!client_payment_reply'],
          text: {
            warm: 'Petit rappel amical : la facture n° {invoice_number} de {amount} arrive à échéance le {due_date}.',
            neutral: 'D’un montant de {amount}, elle arrive à échéance le {due_date}.',
            firm: 'D’un montant de {amount}, elle est payable au plus tard le {due_date}.',
          },
        },
        {
          when: 'client_promise',
          text: {
            warm: '{{Vous m’aviez écrit|Tu m’avais écrit}} : {client_promise}. Est-ce toujours d’actualité ?',
            neutral:
              '{{Vous m’aviez indiqué|Tu m’avais indiqué}} : {client_promise}. Est-ce toujours prévu ainsi ?',
            firm: 'Pour mémoire, {{vous m’aviez indiqué|tu m’avais indiqué}} : {client_promise}.',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          text: {
            warm: '{{Pourriez-vous|Pourrais-tu}} me dire quel jour le virement est prévu ? Merci beaucoup !',
            neutral: '{{Pouvez-vous|Peux-tu}} me confirmer la date du virement ?',
            firm: 'Merci de me confirmer la date de paiement d’ici le {reply_by}.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'payment_reminder_1',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          when: 'client_payment_reply',
          text: {
            warm: 'Thank you for letting me know about invoice {invoice_number}, all noted.',
            neutral: 'Thank you for letting me know about invoice {invoice_number}.',
            firm: 'Thank you for your reply. I am writing back about invoice {invoice_number}.',
          },
        },
        {
          when: '!client_payment_reply',
          text: {
            warm: 'I hope all is well with you.',
            neutral: 'A quick reminder about invoice {invoice_number}.',
            firm: 'I am writing about invoice {invoice_number}.',
          },
        },
      ],
      core: [
        {
          when: ['overdue', 'client_payment_reply'],
          text: {
            warm: 'It is for {amount} and was due on {due_date}, and I can’t see the payment on my side yet.',
            neutral: 'For {amount}, it was due on {due_date} and I have not received the payment yet.',
            firm: 'For {amount}, it has been due since {due_date} and remains unpaid.',
          },
        },
        {
          when: ['overdue', '!client_payment_reply'],
          text: {
            warm: 'A friendly reminder: invoice {invoice_number} for {amount} was due on {due_date}, and I can’t see the payment on my side yet. It may simply have slipped through.',
            neutral: 'For {amount}, it was due on {due_date} and I have not received the payment yet.',
            firm: 'For {amount}, it has been due since {due_date} and remains unpaid to date.',
          },
        },
        {
          when: ['!overdue', 'client_payment_reply'],
          text: {
            warm: 'It is for {amount}, due on {due_date}.',
            neutral: 'As a reminder, it is for {amount}, due on {due_date}.',
            firm: 'For {amount}, it is payable no later than {due_date}.',
          },
        },
        {
          when: ['!overdue', '!client_payment_reply'],
          text: {
            warm: 'A friendly reminder: invoice {invoice_number} for {amount} is due on {due_date}.',
            neutral: 'For {amount}, it is due on {due_date}.',
            firm: 'For {amount}, it is payable no later than {due_date}.',
          },
        },
        {
          when: 'client_promise',
          text: {
            warm: 'You wrote: {client_promise}. Is that still the plan?',
            neutral: 'You mentioned: {client_promise}. Is that still the case?',
            firm: 'For the record, you wrote: {client_promise}.',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          text: {
            warm: 'Could you let me know which day the transfer is planned? Many thanks!',
            neutral: 'Could you confirm the date of the transfer?',
            firm: 'Please confirm the payment date by {reply_by}.',
          },
        },
      ],
    },
  },
};
