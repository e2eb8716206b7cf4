import type { SituationPlaybooks } from '../playbook.ts';

/**
 * Restates what is promised, with its day, so both sides hold the same reference. A promise of
 * mine whose day has passed is not restated as if still ahead: kept, it is reported done and the
 * client is asked for the next step; not yet kept, it is named with its planned day and a new
 * date is announced.
 */
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
          when: 'my_delivered',
          text: {
            warm: 'C’est chose faite pour mon engagement du {past_due} : {past_commitment}.',
            neutral: 'Pour mémoire, mon engagement du {past_due} est tenu : {past_commitment}.',
            firm: 'Mon engagement du {past_due} est rempli : {past_commitment}.',
          },
        },
        {
          when: 'my_late',
          text: {
            warm: 'Je reviens vers {{vous|toi}} sur mon engagement : {past_commitment}, prévu pour le {past_due} ; je {{vous|te}} confirme la nouvelle date le {next_working_day}.',
            neutral:
              'Mon engagement : {past_commitment}, prévu pour le {past_due} ; je {{vous|te}} confirme la nouvelle date le {next_working_day}.',
            firm: 'Mon engagement portait sur {past_commitment}, pour le {past_due} ; la nouvelle date {{vous|te}} sera confirmée le {next_working_day}.',
          },
        },
        {
          when: ['!my_delivered', '!my_late'],
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
          when: 'my_delivered',
          text: {
            warm: '{{Dites-moi|Dis-moi}} quelle est la prochaine étape de {{votre|ton}} côté, que je puisse m’organiser.',
            neutral: 'Quelle est la prochaine étape de {{votre|ton}} côté ?',
            firm: 'Merci de me confirmer la prochaine étape d’ici le {reply_by}.',
          },
        },
        {
          when: '!my_delivered',
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
          when: 'my_delivered',
          text: {
            warm: 'Glad to say my commitment for {past_due} is done: {past_commitment}.',
            neutral: 'For the record, my commitment for {past_due} is done: {past_commitment}.',
            firm: 'My commitment for {past_due} has been met: {past_commitment}.',
          },
        },
        {
          when: 'my_late',
          text: {
            warm: 'Coming back to my commitment: {past_commitment}, planned for {past_due}; I will confirm the new date on {next_working_day}.',
            neutral:
              'My commitment: {past_commitment}, planned for {past_due}; I will confirm the new date on {next_working_day}.',
            firm: 'My commitment was {past_commitment}, by {past_due}; the new date will be confirmed on {next_working_day}.',
          },
        },
        {
          when: ['!my_delivered', '!my_late'],
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
          when: 'my_delivered',
          text: {
            warm: 'Do tell me what the next step is on your side, so that I can plan for it.',
            neutral: 'What is the next step on your side?',
            firm: 'Please confirm the next step by {reply_by}.',
          },
        },
        {
          when: '!my_delivered',
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
