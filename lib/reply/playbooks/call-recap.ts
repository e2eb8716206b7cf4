import type { SituationPlaybooks } from '../playbook.ts';

/** The written recap after a call: decisions, each action owned and dated, and a request to confirm. */
export const CALL_RECAP: SituationPlaybooks = {
  fr: {
    situation: 'call_recap',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Merci pour notre échange, c’était très utile.',
            neutral: 'Voici le récapitulatif de notre échange.',
            firm: 'Voici, par écrit, ce que nous avons arrêté lors de notre échange.',
          },
        },
      ],
      core: [
        {
          paragraph: true,
          text: {
            warm: 'Ce que nous avons décidé :\n{decisions}',
            neutral: 'Décisions :\n{decisions}',
            firm: 'Décisions arrêtées :\n{decisions}',
          },
        },
        {
          paragraph: true,
          text: {
            warm: 'Qui fait quoi, et pour quand :\n{actions}',
            neutral: 'Actions :\n{actions}',
            firm: 'Actions et échéances :\n{actions}',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: '{{Pourriez-vous|Pourrais-tu}} me confirmer d’ici le {reply_by} que ce récapitulatif {{vous|te}} convient ? S’il manque quelque chose, {{n’hésitez|n’hésite}} pas à compléter.',
            neutral:
              'Merci de me confirmer ce récapitulatif d’ici le {reply_by}, ou de me signaler ce qui serait à corriger.',
            firm: 'Merci de me confirmer ce récapitulatif par écrit d’ici le {reply_by} ; sans retour de {{votre|ta}} part, il fera référence.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'call_recap',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Thank you for our call, it was very helpful.',
            neutral: 'Here is a summary of our call.',
            firm: 'Here, in writing, is what we settled during our call.',
          },
        },
      ],
      core: [
        {
          paragraph: true,
          text: {
            warm: 'What we decided:\n{decisions}',
            neutral: 'Decisions:\n{decisions}',
            firm: 'Decisions made:\n{decisions}',
          },
        },
        {
          paragraph: true,
          text: {
            warm: 'Who does what, and by when:\n{actions}',
            neutral: 'Actions:\n{actions}',
            firm: 'Actions and deadlines:\n{actions}',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: 'Could you confirm by {reply_by} that this summary works for you? If anything is missing, feel free to add it.',
            neutral: 'Please confirm this summary by {reply_by}, or tell me what needs correcting.',
            firm: 'Please confirm this summary in writing by {reply_by}; without a reply from you, it will stand as the reference.',
          },
        },
      ],
    },
  },
};
