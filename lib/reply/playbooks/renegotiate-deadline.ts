import type { SituationPlaybooks } from '../playbook.ts';

/** Says early that a day will not be met: the reason, a new concrete day, what comes meanwhile. */
export const RENEGOTIATE_DEADLINE: SituationPlaybooks = {
  fr: {
    situation: 'renegotiate_deadline',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Je préfère {{vous|te}} prévenir dès aujourd’hui, {today}.',
            neutral: 'Je {{vous|te}} préviens dès aujourd’hui d’un changement de calendrier.',
            firm: 'Je {{vous informe|t’informe}} d’un changement de calendrier.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'Je ne pourrai pas tenir la date prévue pour {my_commitment}, le {my_due} : {reason}. Je le regrette sincèrement.',
            neutral: 'La date prévue pour {my_commitment} (le {my_due}) ne pourra pas être tenue : {reason}.',
            firm: 'La livraison prévue le {my_due} ({my_commitment}) est décalée : {reason}.',
          },
        },
      ],
      commitment: [
        {
          text: {
            warm: 'Je {{vous|te}} propose une nouvelle date ferme : le {new_day}.',
            neutral: 'Nouvelle date : le {new_day}, que je m’engage à tenir.',
            firm: 'Nouvelle date de livraison : le {new_day}.',
          },
        },
        {
          text: {
            warm: 'D’ici là, je {{vous envoie|t’envoie}} le {next_working_day} {interim}, pour que {{vous puissiez|tu puisses}} avancer de {{votre|ton}} côté.',
            neutral: 'En attendant, {{vous recevrez|tu recevras}} le {next_working_day} {interim}.',
            firm: 'Le {next_working_day}, {{vous recevrez|tu recevras}} {interim} pour avancer de {{votre|ton}} côté.',
          },
        },
      ],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: '{{Dites-moi|Dis-moi}} si cette nouvelle date {{vous|te}} convient.',
            neutral: 'Merci de me confirmer que cette nouvelle date {{vous|te}} convient.',
            firm: 'Merci de me confirmer {{votre|ton}} accord d’ici le {reply_by}.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'renegotiate_deadline',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'I would rather tell you today, {today}.',
            neutral: 'I am letting you know today about a change of schedule.',
            firm: 'I am informing you of a change of schedule.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'I will not be able to keep the planned date for {my_commitment}, {my_due}: {reason}. I sincerely regret it.',
            neutral: 'The date planned for {my_commitment} ({my_due}) cannot be kept: {reason}.',
            firm: 'The delivery planned for {my_due} ({my_commitment}) is moved: {reason}.',
          },
        },
      ],
      commitment: [
        {
          text: {
            warm: 'I suggest a new, firm date: {new_day}.',
            neutral: 'New date: {new_day}, which I commit to.',
            firm: 'New delivery date: {new_day}.',
          },
        },
        {
          text: {
            warm: 'Meanwhile, I will send you {interim} on {next_working_day}, so that you can move forward on your side.',
            neutral: 'In the meantime, you will receive {interim} on {next_working_day}.',
            firm: 'On {next_working_day}, you will receive {interim} to move forward on your side.',
          },
        },
      ],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: 'Let me know if this new date works for you.',
            neutral: 'Please confirm that this new date works for you.',
            firm: 'Please confirm your agreement by {reply_by}.',
          },
        },
      ],
    },
  },
};
