import type { SituationPlaybooks } from '../playbook.ts';

/**
 * Mise en demeure: the debt, a final deadline of 8 days, the legal next step (injonction de
 * payer); sent by registered letter with acknowledgement of receipt to keep a legal trace.
 */
export const PAYMENT_FORMAL_NOTICE: SituationPlaybooks = {
  fr: {
    situation: 'payment_formal_notice',
    lang: 'fr',
    subject: 'Objet : mise en demeure de payer – facture n° {invoice_number}',
    closing: {
      warm: '{{Bien cordialement,|Cordialement,}}',
      neutral: '{{Veuillez agréer l’expression de mes salutations distinguées.|Cordialement,}}',
      firm: '{{Veuillez agréer l’expression de mes salutations distinguées.|Cordialement,}}',
    },
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Malgré mes relances, la facture n° {invoice_number} n’est toujours pas réglée, et je dois maintenant passer par une démarche formelle.',
            neutral: 'Malgré mes relances, la facture n° {invoice_number} reste impayée.',
            firm: 'Malgré mes relances restées sans effet, la facture n° {invoice_number} demeure impayée.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'Son montant de {amount} était à régler le {due_date}, il y a {days_late}.',
            neutral: 'Montant : {amount}, exigible depuis le {due_date} ({days_late} de retard).',
            firm: 'La somme de {amount}, exigible depuis le {due_date}, reste due ({days_late} de retard).',
          },
        },
        {
          when: 'late_fees',
          text: {
            warm: 'S’y ajoutent, comme la loi le prévoit entre professionnels (article L441-10 du Code de commerce), les pénalités de retard au taux de {rate}, soit {interest} à ce jour, et l’indemnité forfaitaire pour frais de recouvrement de 40 €, soit un total de {total_due}.',
            neutral:
              'S’y ajoutent les pénalités de retard prévues à l’article L441-10 du Code de commerce, au taux de {rate}, soit {interest} à ce jour, et l’indemnité forfaitaire pour frais de recouvrement de 40 €, soit un total de {total_due}.',
            firm: 'S’y ajoutent de plein droit les pénalités de retard de l’article L441-10 du Code de commerce, au taux de {rate}, soit {interest} à ce jour, et l’indemnité forfaitaire pour frais de recouvrement de 40 € : {total_due} au total.',
          },
        },
        {
          paragraph: true,
          text: {
            warm: 'Je {{vous|te}} demande donc de régler cette somme dans un délai de 8 jours, soit au plus tard le {notice_deadline}.',
            neutral:
              'Par la présente, je {{vous|te}} mets en demeure de régler cette somme dans un délai de 8 jours, soit au plus tard le {notice_deadline}.',
            firm: 'Par la présente, je {{vous|te}} mets en demeure de me régler l’intégralité de cette somme dans un délai de 8 jours, soit au plus tard le {notice_deadline}.',
          },
        },
      ],
      commitment: [
        {
          text: {
            warm: 'À défaut, je devrai saisir le tribunal compétent d’une requête en injonction de payer, ce que je souhaite sincèrement éviter.',
            neutral:
              'À défaut de règlement dans ce délai, je saisirai le tribunal compétent d’une requête en injonction de payer.',
            firm: 'À défaut de règlement intégral dans ce délai, je saisirai sans autre avis le tribunal compétent d’une requête en injonction de payer.',
          },
        },
        {
          text: 'Cette mise en demeure {{vous est|t’est}} également adressée par lettre recommandée avec accusé de réception.',
        },
      ],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: 'Si un paiement est déjà parti, merci de me le signaler pour que je puisse en tenir compte.',
            neutral: 'Si le paiement a été effectué entre-temps, merci de me le signaler.',
            firm: 'Seul un règlement intégral arrêtera la procédure.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'payment_formal_notice',
    lang: 'en',
    subject: 'Subject: formal notice to pay – invoice {invoice_number}',
    closing: { warm: 'Kind regards,', neutral: 'Yours sincerely,', firm: 'Yours faithfully,' },
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Despite my reminders, invoice {invoice_number} has still not been paid, and I now have to take a formal step.',
            neutral: 'Despite my reminders, invoice {invoice_number} remains unpaid.',
            firm: 'My reminders having gone unanswered, invoice {invoice_number} remains unpaid.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'Its amount of {amount} was due on {due_date}, {days_late} ago.',
            neutral: 'Amount: {amount}, due since {due_date} ({days_late} late).',
            firm: 'The sum of {amount}, due since {due_date}, remains owed ({days_late} late).',
          },
        },
        {
          when: 'late_fees',
          text: {
            warm: 'As French law provides between businesses (article L441-10 of the Commercial Code), late-payment interest at {rate} is added, {interest} to date, plus the fixed recovery indemnity of €40, bringing the total to {total_due}.',
            neutral:
              'Late-payment interest under article L441-10 of the French Commercial Code is added at {rate}, {interest} to date, plus the fixed recovery indemnity of €40, bringing the total to {total_due}.',
            firm: 'Late-payment interest under article L441-10 of the French Commercial Code is due by law at {rate}, {interest} to date, plus the fixed recovery indemnity of €40: {total_due} in total.',
          },
        },
        {
          paragraph: true,
          text: {
            warm: 'I therefore ask you to pay this sum within 8 days, that is by {notice_deadline} at the latest.',
            neutral:
              'I hereby give you formal notice to pay this sum within 8 days, that is by {notice_deadline} at the latest.',
            firm: 'I hereby give you formal notice to pay this sum in full within 8 days, that is by {notice_deadline} at the latest.',
          },
        },
      ],
      commitment: [
        {
          text: {
            warm: 'Failing that, I will have to apply to the competent court for an order for payment, which I sincerely wish to avoid.',
            neutral:
              'Failing payment within this period, I will apply to the competent court for an order for payment.',
            firm: 'Failing full payment within this period, I will apply to the competent court for an order for payment without further notice.',
          },
        },
        {
          text: 'This formal notice is also being sent to you by registered letter with acknowledgement of receipt.',
        },
      ],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: 'If a payment has already been made, please tell me so that I can take it into account.',
            neutral: 'If the payment has been made in the meantime, please let me know.',
            firm: 'Only payment in full will stop the procedure.',
          },
        },
      ],
    },
  },
};
