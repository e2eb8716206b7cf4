import type { SituationPlaybooks } from '../playbook.ts';

/** Restates what is promised, with its day, so both sides hold the same reference. */
export const CONFIRM_COMMITMENT: SituationPlaybooks = {
  fr: {
    situation: 'confirm_commitment',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Merci pour {{votre|ton}} message, c’est noté de mon côté.',
            neutral: 'Merci pour {{votre|ton}} message.',
            firm: 'Je {{vous|te}} confirme par écrit ce qui est convenu, pour que nous ayons la même référence.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'Je {{vous|te}} confirme avec plaisir mon engagement : {my_commitment}, d’ici le {my_due}.',
            neutral: 'Pour confirmation, mon engagement : {my_commitment}, d’ici le {my_due}.',
            firm: 'Mon engagement est le suivant : {my_commitment}, au plus tard le {my_due}.',
          },
        },
        {
          when: 'client_promise_dated',
          text: {
            warm: 'Et de {{votre|ton}} côté, je note avec plaisir : {client_commitment}, pour le {client_due}.',
            neutral: 'De {{votre|ton}} côté, je note : {client_commitment}, pour le {client_due}.',
            firm: 'De {{votre|ton}} côté, l’engagement est le suivant : {client_commitment}, au plus tard le {client_due}.',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          text: {
            warm: '{{N’hésitez|N’hésite}} pas à me dire si quelque chose {{vous|te}} manque d’ici là.',
            neutral: 'Merci de me signaler tout écart par retour de message.',
            firm: 'Sans retour contraire de {{votre|ta}} part d’ici le {reply_by}, ce calendrier fait foi.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'confirm_commitment',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Thank you for your message, all noted on my side.',
            neutral: 'Thank you for your message.',
            firm: 'I am confirming in writing what we agreed, so that we share the same reference.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'I’m happy to confirm my commitment: {my_commitment}, by {my_due}.',
            neutral: 'To confirm my commitment: {my_commitment}, by {my_due}.',
            firm: 'My commitment is as follows: {my_commitment}, no later than {my_due}.',
          },
        },
        {
          when: 'client_promise_dated',
          text: {
            warm: 'And on your side, I’ve gladly noted: {client_commitment}, by {client_due}.',
            neutral: 'On your side, I note: {client_commitment}, by {client_due}.',
            firm: 'On your side, the commitment is: {client_commitment}, no later than {client_due}.',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          text: {
            warm: 'Do tell me if you need anything before then.',
            neutral: 'Please let me know by reply if anything differs.',
            firm: 'Unless I hear otherwise from you by {reply_by}, this schedule stands.',
          },
        },
      ],
    },
  },
};
