import type { SituationPlaybooks } from '../playbook.ts';

/** Answers aggression calmly: acknowledge, restate the facts, set the limit, propose the next step. */
export const DEESCALATE_AGGRESSIVE: SituationPlaybooks = {
  fr: {
    situation: 'deescalate_aggressive',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Je comprends que la situation {{vous|te}} contrarie, et je prends {{votre|ton}} message au sérieux.',
            neutral: 'J’ai bien reçu {{votre|ton}} message et je comprends {{votre|ton}} mécontentement.',
            firm: 'J’ai pris connaissance de {{votre|ton}} message.',
          },
        },
      ],
      core: [
        {
          when: 'my_promise',
          text: {
            warm: 'Pour y voir clair ensemble, je rappelle mon engagement : {my_commitment}, pour le {my_due}.',
            neutral:
              'Pour revenir aux faits, mon engagement est le suivant : {my_commitment}, pour le {my_due}.',
            firm: 'Les faits sont les suivants. Mon engagement : {my_commitment}, pour le {my_due}.',
          },
        },
        {
          when: '!my_promise',
          text: {
            warm: 'Pour y voir clair ensemble, voici les faits : {facts}.',
            neutral: 'Pour revenir aux faits : {facts}.',
            firm: 'Les faits sont les suivants : {facts}.',
          },
        },
        {
          text: {
            warm: 'Je tiens à ce que nous trouvions une solution, et c’est plus facile dans un échange apaisé.',
            neutral: 'Je reste à {{votre|ton}} écoute pour trouver une solution, dans un échange courtois.',
            firm: 'Je reste disponible pour en parler, mais l’échange ne pourra se poursuivre que dans le respect mutuel.',
          },
        },
      ],
      commitment: [
        {
          paragraph: true,
          text: {
            warm: 'Je {{vous|te}} propose un appel le {next_working_day}, entre {hours_start} et {hours_end}, au moment qui {{vous|te}} convient.',
            neutral:
              'Je {{vous|te}} propose d’en parler par téléphone le {next_working_day}, entre {hours_start} et {hours_end}.',
            firm: 'Je {{vous|te}} propose un appel le {next_working_day} entre {hours_start} et {hours_end} ; d’ici là, je m’en tiens à ce que prévoit le devis.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: '{{Dites-moi|Dis-moi}} quel créneau {{vous|te}} convient.',
            neutral: 'Merci de me confirmer un créneau.',
            firm: 'Merci de me confirmer un créneau d’ici le {reply_by}.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'deescalate_aggressive',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'I understand this situation is frustrating for you, and I take your message seriously.',
            neutral: 'I have received your message and I understand your dissatisfaction.',
            firm: 'I have read your message.',
          },
        },
      ],
      core: [
        {
          when: 'my_promise',
          text: {
            warm: 'To see this clearly together, here is my commitment: {my_commitment}, by {my_due}.',
            neutral: 'To come back to the facts, here is what I committed to: {my_commitment}, by {my_due}.',
            firm: 'The facts are these. My commitment: {my_commitment}, by {my_due}.',
          },
        },
        {
          when: '!my_promise',
          text: {
            warm: 'To see this clearly together, here are the facts: {facts}.',
            neutral: 'To come back to the facts: {facts}.',
            firm: 'The facts are these: {facts}.',
          },
        },
        {
          text: {
            warm: 'I want us to find a solution, and that is easier in a calm exchange.',
            neutral: 'I remain available to find a solution, provided we keep the exchange courteous.',
            firm: 'I am available to discuss it, but this exchange can only continue on the basis of mutual respect.',
          },
        },
      ],
      commitment: [
        {
          paragraph: true,
          text: {
            warm: 'I suggest a call on {next_working_day}, between {hours_start} and {hours_end}, whenever suits you.',
            neutral:
              'I suggest we talk it over by phone on {next_working_day}, between {hours_start} and {hours_end}.',
            firm: 'I suggest a call on {next_working_day} between {hours_start} and {hours_end}; until then, I am keeping to what the quote provides.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: 'Tell me which time suits you.',
            neutral: 'Please confirm a time slot.',
            firm: 'Please confirm a time slot by {reply_by}.',
          },
        },
      ],
    },
  },
};
