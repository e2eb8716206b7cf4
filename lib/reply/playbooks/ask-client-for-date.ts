import type { SituationPlaybooks } from '../playbook.ts';

/** Asks the client, politely, to put a day on a promise they left vague. */
export const ASK_CLIENT_FOR_DATE: SituationPlaybooks = {
  fr: {
    situation: 'ask_client_for_date',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Merci beaucoup pour {{votre|ton}} message.',
            neutral: 'Merci pour {{votre|ton}} retour.',
            firm: 'Un point de {{votre|ton}} dernier message reste à préciser.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: '{{Vous m’avez écrit|Tu m’as écrit}} : {client_promise}. Pour que je puisse organiser la suite de mon côté, {{pourriez-vous|pourrais-tu}} me dire quel jour précis cela est prévu ?',
            neutral:
              'À propos de ce point, {client_promise} : {{pouvez-vous|peux-tu}} me confirmer le jour exact ?',
            firm: 'J’ai besoin d’une date précise pour ce point, {client_promise} : mon planning en dépend.',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          text: {
            warm: 'Si le {proposed_day} {{vous|te}} convient, ce serait parfait.',
            neutral: 'Le {proposed_day} {{vous|te}} conviendrait-il ?',
            firm: 'Merci de me l’indiquer d’ici le {reply_by} ; à défaut, je retiendrai le {proposed_day}.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'ask_client_for_date',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Thanks so much for your message.',
            neutral: 'Thank you for your reply.',
            firm: 'One point in your last message still needs a date.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'You wrote: {client_promise}. So that I can plan my side, could you tell me which day exactly you have in mind?',
            neutral: 'About this point, {client_promise}: could you confirm the exact day?',
            firm: 'I need a firm date for this point, {client_promise}: my schedule depends on it.',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          text: {
            warm: 'If {proposed_day} works for you, that would be perfect.',
            neutral: 'Would {proposed_day} work for you?',
            firm: 'Please let me know by {reply_by}; otherwise I will plan on {proposed_day}.',
          },
        },
      ],
    },
  },
};
