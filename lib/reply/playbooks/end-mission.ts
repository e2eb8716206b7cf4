import type { SituationPlaybooks } from '../playbook.ts';

/** Ends the collaboration professionally: notice, what will be delivered, handover, a peer, a good parting. */
export const END_MISSION: SituationPlaybooks = {
  fr: {
    situation: 'end_mission',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Je tiens d’abord à {{vous|te}} remercier pour cette collaboration.',
            neutral: 'Je {{vous écris|t’écris}} au sujet de la suite de notre collaboration.',
            firm: 'Je {{vous informe|t’informe}} de ma décision de mettre fin à notre collaboration.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'Après réflexion, j’ai décidé de ne pas poursuivre la mission au-delà du préavis de {notice} prévu au contrat : notre collaboration s’achèvera le {end_day}.',
            neutral:
              'Conformément au préavis de {notice} prévu au contrat, je mets fin à la mission, qui prendra fin le {end_day}.',
            firm: 'Conformément au préavis de {notice} prévu au contrat, la mission prendra fin le {end_day}. Cette décision est définitive.',
          },
        },
      ],
      commitment: [
        {
          when: 'deliverables',
          paragraph: true,
          text: {
            warm: 'D’ici le {end_day}, il me reste à {deliverables} ; je {{vous|te}} transmettrai ensuite les fichiers sources, les accès et une note de passation pour que la suite se passe sans accroc.',
            neutral:
              'D’ici le {end_day}, il me reste à {deliverables} ; je {{vous|te}} remettrai aussi les fichiers sources, les accès et une note de passation.',
            firm: 'Le {end_day} au plus tard, le travail restant sera livré ({deliverables}), avec les fichiers sources, les accès et une note de passation.',
          },
        },
        {
          when: '!deliverables',
          paragraph: true,
          text: {
            warm: 'D’ici le {end_day}, je termine {deliverables}, puis je {{vous|te}} transmets les fichiers sources, les accès et une note de passation pour que la suite se passe sans accroc.',
            neutral:
              'D’ici le {end_day}, je livre {deliverables}, ainsi que les fichiers sources, les accès et une note de passation.',
            firm: 'Je livrerai {deliverables} d’ici le {end_day}, avec les fichiers sources, les accès et une note de passation.',
          },
        },
        {
          text: {
            warm: 'Si {{vous cherchez|tu cherches}} quelqu’un pour prendre le relais, je {{vous|te}} recommande volontiers {peer}, en qui j’ai toute confiance.',
            neutral:
              'Pour la suite, je peux {{vous|te}} recommander {peer}, qui connaît bien ce type de projet.',
            firm: 'Pour la reprise, je {{vous|te}} recommande {peer}.',
          },
        },
      ],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: 'Ce fut un plaisir de travailler avec {{vous|toi}}, et je {{vous|te}} souhaite le meilleur pour la suite du projet.',
            neutral:
              'Je {{vous|te}} remercie pour cette collaboration et {{vous|te}} souhaite une bonne continuation.',
            firm: 'Je {{vous|te}} souhaite une bonne continuation.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'end_mission',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'First of all, thank you for this collaboration.',
            neutral: 'I am writing about the future of our collaboration.',
            firm: 'I am informing you of my decision to end our collaboration.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'After some thought, I have decided not to continue the engagement beyond the {notice} notice set in our contract: our collaboration will end on {end_day}.',
            neutral:
              'In line with the {notice} notice set in our contract, I am ending the engagement, which will close on {end_day}.',
            firm: 'In line with the {notice} notice set in our contract, the engagement will end on {end_day}. This decision is final.',
          },
        },
      ],
      commitment: [
        {
          when: 'deliverables',
          paragraph: true,
          text: {
            warm: 'By {end_day}, I still have to {deliverables}; I will then hand over the source files, the accesses and a handover note so that everything carries on smoothly.',
            neutral:
              'By {end_day}, I still have to {deliverables}; I will also hand over the source files, the accesses and a handover note.',
            firm: 'By {end_day} at the latest, the remaining work will be delivered ({deliverables}), with the source files, the accesses and a handover note.',
          },
        },
        {
          when: '!deliverables',
          paragraph: true,
          text: {
            warm: 'By {end_day}, I will finish {deliverables}, then hand over the source files, the accesses and a handover note so that everything carries on smoothly.',
            neutral:
              'By {end_day}, I will deliver {deliverables}, along with the source files, the accesses and a handover note.',
            firm: 'I will deliver {deliverables} by {end_day}, with the source files, the accesses and a handover note.',
          },
        },
        {
          text: {
            warm: 'If you are looking for someone to take over, I warmly recommend {peer}, whom I trust completely.',
            neutral: 'For what comes next, I can recommend {peer}, who knows this kind of project well.',
            firm: 'For the handover, I recommend {peer}.',
          },
        },
      ],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: 'It has been a pleasure working with you, and I wish you the very best for the rest of the project.',
            neutral: 'Thank you for this collaboration, and all the best going forward.',
            firm: 'I wish you all the best going forward.',
          },
        },
      ],
    },
  },
};
